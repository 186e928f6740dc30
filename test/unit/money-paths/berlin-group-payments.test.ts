/**
 * The Berlin Group adapter's payment path against the nock bank: what reaches the bank for an
 * order, that one idempotency key never initiates a second payment, how statuses are read, and
 * that an approval, a cancellation or a status check for something unknown finds nothing.
 */
import nock from 'nock';
import { approvalStatusOf, transferStatusOf } from '../../../fulfillment/banks/berlin-group/payments';
import type { BankAdapter } from '../../../fulfillment/banks/bank-adapter';
import { accountId, payeeId } from '../../../fulfillment/kit/ids';
import { money } from '../../../fulfillment/kit/money';
import { BG_BOOKS, BG_SESSION, berlinGroupBank, healthyBank, lockDown, type NockBank } from '../../support/berlin-group-bank';

beforeAll(lockDown);
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

const toAnna = { kind: 'payee' as const, payeeId: payeeId('tb-anna-2') };
const order = (key: string, extra: Record<string, unknown> = {}) => ({ idempotencyKey: key, from: accountId(BG_BOOKS.current.id), to: toAnna, amount: money(4200, 'EUR'), ...extra });

function setUp(options: { rejectPayments?: boolean } = {}): { bank: NockBank; adapter: BankAdapter; bodies: unknown[]; transfers: NonNullable<BankAdapter['transfers']>; approvals: NonNullable<BankAdapter['approvals']> } {
  const bank = healthyBank(options);
  const bodies: unknown[] = [];
  bank.scope.on('request', (req: { method: string }, _interceptor: unknown, body: string) => {
    if (req.method === 'POST' && body) bodies.push(JSON.parse(body));
  });
  const adapter = berlinGroupBank();
  const { transfers, approvals } = adapter;
  if (!transfers || !approvals) throw new Error('the Berlin Group adapter lost its payment capabilities');
  return { bank, adapter, bodies, transfers, approvals };
}

describe('the ISO 20022 and SCA statuses in the core\'s words', () => {
  it('reads settled, rejected and cancelled payments, and everything else as pending', () => {
    expect(['ACSC', 'ACCC', 'RJCT', 'CANC', 'RCVD', 'ACTC', 'PDNG', ''].map(transferStatusOf)).toEqual(['completed', 'completed', 'rejected', 'cancelled', 'pending', 'pending', 'pending', 'pending']);
  });

  it('reads finalised and exempted authorisations as approved, failed as refused, the rest as pending', () => {
    expect(['finalised', 'exempted', 'failed', 'received', 'started', 'scaMethodSelected'].map(approvalStatusOf)).toEqual(['approved', 'approved', 'refused', 'pending', 'pending', 'pending']);
  });
});

describe('a direct transfer', () => {
  it('sends the bank the order in decimal euros between the two IBANs, once per key', async () => {
    const { bank, bodies, transfers } = setUp();
    const first = await transfers.submit(BG_SESSION, order('key-1'));
    expect(first).toEqual({ ok: true, value: { transferId: 'pay-1', idempotencyKey: 'key-1', status: 'pending' } });
    expect(bodies).toEqual([{
      instructedAmount: { currency: 'EUR', amount: '42.00' },
      debtorAccount: { iban: BG_BOOKS.current.iban },
      creditorAccount: { iban: 'DE12500105170648489890' },
      creditorName: 'Anna Lee',
      remittanceInformationUnstructured: 'Voice transfer',
    }]);
    expect(await transfers.submit(BG_SESSION, order('key-1'))).toEqual(first);
    expect(bank.initiated()).toBe(1);
    await transfers.submit(BG_SESSION, order('key-2'));
    expect(bank.initiated()).toBe(2);
  });

  it('pays an own account by its IBAN, named as the customer\'s own', async () => {
    const { bodies, transfers } = setUp();
    const toSavings = order('key-own', { to: { kind: 'own-account', accountId: accountId(BG_BOOKS.savings.id) } });
    expect((await transfers.submit(BG_SESSION, toSavings)).ok).toBe(true);
    expect(bodies).toEqual([expect.objectContaining({ creditorAccount: { iban: BG_BOOKS.savings.iban }, creditorName: 'own account' })]);
  });

  it('initiates nothing for a payee or an account the bank does not know', async () => {
    const { bank, transfers } = setUp();
    expect(await transfers.submit(BG_SESSION, order('k', { to: { kind: 'payee', payeeId: payeeId('tb-nobody') } }))).toEqual({ ok: false, error: { kind: 'not-found' } });
    expect((await transfers.submit(BG_SESSION, order('k2', { from: accountId('acc-unknown') }))).ok).toBe(false);
    expect(bank.initiated()).toBe(0);
  });

  it('calls a payment the bank rejects on arrival rejected, and keeps no record of it', async () => {
    const { transfers } = setUp({ rejectPayments: true });
    expect(await transfers.submit(BG_SESSION, order('key-r'))).toEqual({ ok: false, error: { kind: 'rejected' } });
    expect(await transfers.status(BG_SESSION, 'key-r')).toEqual({ ok: false, error: { kind: 'not-found' } });
  });

  it('knows the status of a key only once a payment was initiated for it', async () => {
    const { transfers } = setUp();
    expect(await transfers.status(BG_SESSION, 'key-s')).toEqual({ ok: false, error: { kind: 'not-found' } });
    await transfers.submit(BG_SESSION, order('key-s'));
    expect(await transfers.status(BG_SESSION, 'key-s')).toEqual({ ok: true, value: { transferId: 'pay-1', idempotencyKey: 'key-s', status: 'pending' } });
  });

  it('cancels a payment it initiated, and finds nothing to cancel under another id', async () => {
    const { transfers } = setUp();
    const cancel = transfers.cancel;
    if (!cancel) throw new Error('no cancel');
    await transfers.submit(BG_SESSION, order('key-c'));
    expect(await cancel(BG_SESSION, 'pay-9')).toEqual({ ok: false, error: { kind: 'not-found' } });
    expect(await cancel(BG_SESSION, 'pay-1')).toEqual({ ok: true, value: { transferId: 'pay-1', idempotencyKey: 'key-c', status: 'cancelled' } });
    expect(await transfers.status(BG_SESSION, 'key-c')).toEqual({ ok: true, value: { transferId: 'pay-1', idempotencyKey: 'key-c', status: 'cancelled' } });
  });
});

describe('a transfer approved in the bank\'s app', () => {
  it('starts one payment with its authorisation, and sends it once the app approved it', async () => {
    const { bank, approvals, transfers } = setUp();
    const started = await approvals.start(BG_SESSION, { from: accountId(BG_BOOKS.current.id), to: toAnna, amount: money(4200, 'EUR') });
    expect(started).toEqual({ ok: true, value: { approvalId: 'pay-1~auth-pay-1', status: 'pending' } });
    const approvalId = started.ok ? started.value.approvalId : '';
    expect(await approvals.status(BG_SESSION, approvalId)).toEqual({ ok: true, value: { approvalId, status: 'pending' } });
    expect(await transfers.submit(BG_SESSION, order('key-a', { approvalId }))).toEqual({ ok: false, error: { kind: 'rejected', reason: 'not approved' } });

    bank.decide(approvalId, 'finalised');
    expect(await approvals.status(BG_SESSION, approvalId)).toEqual({ ok: true, value: { approvalId, status: 'approved' } });
    expect(await transfers.submit(BG_SESSION, order('key-a', { approvalId }))).toEqual({ ok: true, value: { transferId: 'pay-1', idempotencyKey: 'key-a', status: 'completed' } });
    expect(await transfers.submit(BG_SESSION, order('key-a', { approvalId }))).toEqual({ ok: true, value: { transferId: 'pay-1', idempotencyKey: 'key-a', status: 'completed' } });
    expect(bank.initiated()).toBe(1);
  });

  it('says refused when the app refused', async () => {
    const { bank, approvals } = setUp();
    const started = await approvals.start(BG_SESSION, { from: accountId(BG_BOOKS.current.id), to: toAnna, amount: money(100, 'EUR') });
    const approvalId = started.ok ? started.value.approvalId : '';
    bank.decide(approvalId, 'failed');
    expect(await approvals.status(BG_SESSION, approvalId)).toEqual({ ok: true, value: { approvalId, status: 'refused' } });
  });

  it('finds nothing behind an approval id that is not one of its own', async () => {
    const { bank, approvals, transfers } = setUp();
    for (const approvalId of ['pay-1', 'pay-1~auth~extra', '~auth-pay-1', 'pay-1~']) {
      expect(await approvals.status(BG_SESSION, approvalId)).toEqual({ ok: false, error: { kind: 'not-found' } });
      expect(await transfers.submit(BG_SESSION, order(`key-${approvalId}`, { approvalId }))).toEqual({ ok: false, error: { kind: 'not-found' } });
    }
    expect(bank.initiated()).toBe(0);
  });
});
