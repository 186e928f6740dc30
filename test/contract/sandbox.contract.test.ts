import { randomUUID } from 'node:crypto';
import { fixedClock } from '../../fulfillment/kit/clock';
import { customerId } from '../../fulfillment/kit/ids';
import { createSandboxBank } from '../../fulfillment/banks/sandbox/sandbox-bank';
import { describeBankAdapterContract } from './bank-adapter.contract';

describeBankAdapterContract('sandbox', async () => {
  const bank = createSandboxBank({ clock: fixedClock('2026-11-20T15:30:00Z') });
  return {
    adapter: bank,
    link: { customer: { id: customerId('cust-alex'), firstName: 'Alex' }, credentials: { token: 'demo' } },
    unknownLink: { customer: { id: customerId('cust-nobody'), firstName: 'Nobody' }, credentials: { token: 'not-a-customer' } },
    capabilities: ['transactions', 'payees', 'transfers', 'approvals', 'cards', 'alerts'],
    approve: async (id) => void bank.control.decide(id, 'approved'),
    nextKey: () => randomUUID(),
  };
});
