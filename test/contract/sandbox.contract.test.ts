import { randomUUID } from 'node:crypto';
import { fixedClock } from '../../fulfillment/kit/clock';
import { createSandboxBank } from '../../fulfillment/banks/sandbox/sandbox-bank';
import { describeBankAdapterContract } from './bank-adapter.contract';

describeBankAdapterContract('sandbox', async () => {
  const bank = createSandboxBank({ clock: fixedClock('2026-11-20T15:30:00Z') });
  return {
    adapter: bank,
    token: 'demo',
    unknownToken: 'not-a-customer',
    capabilities: ['transactions', 'payees', 'transfers', 'approvals', 'cards', 'alerts'],
    approve: async (id) => void bank.control.decide(id, 'approved'),
    nextKey: () => randomUUID(),
  };
});
