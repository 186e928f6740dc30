import { randomUUID } from 'node:crypto';
import { fixedClock } from '../../fulfillment/kit/clock';
import { customerId } from '../../fulfillment/kit/ids';
import { createSandboxBank, SANDBOX_LATE_MS } from '../../fulfillment/banks/sandbox/sandbox-bank';
import { describeBankFaultContract } from './bank-faults.contract';
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

const SANDBOX_FAULTS = { 'server-error': 'unavailable', 'too-many-requests': 'unavailable', silent: 'timeout', dropped: 'timeout-after-commit', late: 'late' } as const;

describeBankFaultContract('sandbox', async () => {
  const bank = createSandboxBank({ clock: fixedClock('2026-11-20T15:30:00Z') });
  const link = { customer: { id: customerId('cust-alex'), firstName: 'Alex' }, credentials: { token: 'demo' } };
  return {
    adapter: bank,
    link,
    writes: ['transfers.submit', 'approvals.start', 'transfers.cancel', 'cards.setLocked', 'alerts.resolve', 'messages.send'],
    inject: (call, fault) => bank.control.failNext(call, SANDBOX_FAULTS[fault]),
    reached: (call) => bank.control.calls()[call] ?? 0,
    payments: () => bank.control.books('demo')?.transfers.size ?? 0,
    settle: () => new Promise((resolve) => setTimeout(resolve, SANDBOX_LATE_MS + 20)),
    nextKey: () => randomUUID(),
  };
});
