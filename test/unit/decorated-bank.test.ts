/** A decorated bank passes its capabilities' plain values on: how far back the history goes. */
import { decorateBank } from '../../fulfillment/banks/decorate';
import { createSandboxBank } from '../../fulfillment/banks/sandbox/sandbox-bank';
import { HISTORY_DAYS } from '../../fulfillment/banks/sandbox/history';
import { customerId } from '../../fulfillment/kit/ids';

it('keeps the history depth of the bank it wraps, and still passes every call through', async () => {
  const operations: string[] = [];
  const bank = decorateBank(createSandboxBank(), (operation, call) => {
    operations.push(operation);
    return call();
  });
  expect(bank.transactions?.historyDays).toBe(HISTORY_DAYS);
  const accounts = await bank.accounts.list({ customer: { id: customerId('cust-alex'), firstName: 'Alex' }, credentials: { token: 'demo' } });
  expect(accounts.ok).toBe(true);
  expect(operations).toEqual(['accounts.list']);
});
