/**
 * The fault contract on the Berlin Group adapter, over the nock bank: faults on the payment
 * POST (a payment, or the payment an approval starts) and on the DELETE that cancels one.
 * The network is locked down; the adapter waits a second, a late answer comes when the test lets
 * it. A shorter wait (it was 150 ms) let the reads before the payment POST (the debtor's IBAN, the
 * payee list) time out on a busy two-core machine, so the POST the fault was put on never left.
 */
import { randomUUID } from 'node:crypto';
import nock from 'nock';
import { describeBankFaultContract, type WriteCall } from '../contract/bank-faults.contract';
import { berlinGroupBank, BG_ROOT, BG_SESSION, healthyBank, lockDown } from '../support/berlin-group-bank';
import { faultyFetch } from '../support/faulty-fetch';

beforeAll(lockDown);
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

const PAYMENTS = new RegExp(`^${BG_ROOT}/v1/payments/sepa-credit-transfers$`);
const ONE_PAYMENT = new RegExp(`^${BG_ROOT}/v1/payments/sepa-credit-transfers/[^/]+$`);

describeBankFaultContract('berlin-group over nock', async () => {
  const bank = healthyBank();
  let current: WriteCall = 'transfers.submit';
  // The payment POST is the write of both a payment and an approval's start.
  const line = faultyFetch<WriteCall>((method, url) => {
    if (method === 'POST' && PAYMENTS.test(url.pathname)) return current === 'approvals.start' ? 'approvals.start' : 'transfers.submit';
    if (method === 'DELETE' && ONE_PAYMENT.test(url.pathname)) return 'transfers.cancel';
    return undefined;
  });
  return {
    adapter: berlinGroupBank({ timeoutMs: 1000, fetch: line.fetch }),
    link: BG_SESSION,
    writes: ['transfers.submit', 'approvals.start', 'transfers.cancel'],
    inject(call, fault) {
      current = call;
      line.inject(call, fault);
    },
    reached: (call) => line.reached(call),
    payments: () => bank.initiated(),
    settle: () => line.settle(),
    nextKey: () => randomUUID(),
  };
});
