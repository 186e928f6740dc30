/**
 * The sandbox bank's transfer engine, as a customer's money sees it: one key moves money once,
 * an order is refused before anything moves when it is wrong or the money is not there, a payee
 * transfer is pending for five minutes and can be undone inside them, and an approval binds
 * exactly the order it was given for.
 */
import { cancelTransfer, PENDING_WINDOW_MS, settle, submitTransfer } from '../../../fulfillment/banks/sandbox/transfers';
import { SEED_CUSTOMERS } from '../../../fulfillment/banks/sandbox/seed';
import { openBooks, type Books, type PendingApproval } from '../../../fulfillment/banks/sandbox/state';
import type { TransferOrder } from '../../../fulfillment/banks/transfer-types';
import { accountId, customerId, payeeId } from '../../../fulfillment/kit/ids';
import { money } from '../../../fulfillment/kit/money';

const NOW = Date.parse('2026-11-20T15:30:00Z');
const CHECKING = accountId('acc-alex-chk');
const SAVINGS = accountId('acc-alex-sav');
const CARD = accountId('acc-alex-cc');
const BOB = { kind: 'payee' as const, payeeId: payeeId('pay-alex-bob') };

function setUp(): { books: Books; balance: (id: string) => number; available: (id: string) => number | undefined } {
  const seed = SEED_CUSTOMERS[0];
  if (!seed) throw new Error('no seed customer');
  const books = openBooks(seed, new Date(NOW));
  const account = (id: string) => books.accounts.find((a) => a.id === id);
  return { books, balance: (id) => account(id)?.balance.minor ?? Number.NaN, available: (id) => account(id)?.available?.minor };
}

const order = (key: string, extra: Partial<TransferOrder> = {}): TransferOrder => ({ idempotencyKey: key, from: CHECKING, to: BOB, amount: money(4200, 'USD'), ...extra });

describe('a transfer to a payee', () => {
  it('takes the money from the source once, and is pending with five minutes to undo it', () => {
    const { books, balance } = setUp();
    const before = balance(CHECKING);
    const receipt = submitTransfer(books, order('key-1'), undefined, NOW);
    expect(receipt).toEqual({ ok: true, value: { transferId: 'trf-1-key-1', idempotencyKey: 'key-1', status: 'pending', cancellableUntil: new Date(NOW + PENDING_WINDOW_MS).toISOString() } });
    expect(PENDING_WINDOW_MS).toBe(300_000);
    expect(balance(CHECKING)).toBe(before - 4200);
    expect(books.transactions[0]).toMatchObject({ accountId: CHECKING, amount: { minor: -4200, currency: 'USD' }, description: 'Transfer to Bob Carter', status: 'pending', date: '2026-11-20' });
    expect(submitTransfer(books, order('key-1'), undefined, NOW + 1000)).toEqual(receipt);
    expect(balance(CHECKING)).toBe(before - 4200);
    expect(books.transfers.size).toBe(1);
  });

  it('refuses a key used again for another order, moving nothing', () => {
    const { books, balance } = setUp();
    submitTransfer(books, order('key-1'), undefined, NOW);
    const after = balance(CHECKING);
    for (const other of [{ amount: money(4201, 'USD') }, { to: { kind: 'payee' as const, payeeId: payeeId('pay-alex-maria') } }, { from: SAVINGS }, { amount: money(4200, 'EUR') }]) {
      expect(submitTransfer(books, order('key-1', other), undefined, NOW)).toEqual({ ok: false, error: { kind: 'invalid-request', reason: 'idempotency key reused for another order' } });
    }
    expect(balance(CHECKING)).toBe(after);
  });

  it('completes once its five minutes are over, and can then no longer be undone', () => {
    const { books, balance } = setUp();
    const before = balance(CHECKING);
    submitTransfer(books, order('key-1'), undefined, NOW);
    expect(settle(books, 'key-1', NOW + PENDING_WINDOW_MS - 1)?.status).toBe('pending');
    expect(cancelTransfer(books, 'trf-1-key-1', NOW + PENDING_WINDOW_MS)).toEqual({ ok: false, error: { kind: 'rejected', reason: 'transfer completed' } });
    expect(settle(books, 'key-1', NOW + PENDING_WINDOW_MS)?.status).toBe('completed');
    expect(submitTransfer(books, order('key-1'), undefined, NOW + PENDING_WINDOW_MS)).toMatchObject({ ok: true, value: { status: 'completed' } });
    expect(balance(CHECKING)).toBe(before - 4200);
    expect(settle(books, 'no-such-key', NOW)).toBeUndefined();
  });

  it('gives the money back when undone inside the window, once', () => {
    const { books, balance, available } = setUp();
    const before = { balance: balance(CHECKING), available: available(CHECKING) };
    submitTransfer(books, order('key-1'), undefined, NOW);
    const pendingDebits = () => books.transactions.filter((t) => t.amount.minor === -4200 && t.status === 'pending');
    expect(pendingDebits()).toHaveLength(1);
    expect(cancelTransfer(books, 'trf-1-key-1', NOW + 60_000)).toEqual({ ok: true, value: { transferId: 'trf-1-key-1', idempotencyKey: 'key-1', status: 'cancelled' } });
    expect({ balance: balance(CHECKING), available: available(CHECKING) }).toEqual(before);
    expect(pendingDebits()).toEqual([]);
    expect(cancelTransfer(books, 'trf-1-key-1', NOW + 61_000)).toEqual({ ok: false, error: { kind: 'rejected', reason: 'transfer cancelled' } });
    expect(balance(CHECKING)).toBe(before.balance);
    expect(cancelTransfer(books, 'trf-9', NOW)).toEqual({ ok: false, error: { kind: 'not-found' } });
  });
});

describe('a transfer between own accounts', () => {
  it('moves the money at once, booked on both sides, with nothing to undo', () => {
    const { books, balance, available } = setUp();
    const before = { checking: balance(CHECKING), savings: balance(SAVINGS), available: available(SAVINGS) ?? Number.NaN };
    const receipt = submitTransfer(books, order('key-own', { to: { kind: 'own-account', accountId: SAVINGS } }), undefined, NOW);
    expect(receipt).toEqual({ ok: true, value: { transferId: 'trf-1-key-own', idempotencyKey: 'key-own', status: 'completed' } });
    expect(balance(CHECKING)).toBe(before.checking - 4200);
    expect(balance(SAVINGS)).toBe(before.savings + 4200);
    expect(available(SAVINGS)).toBe(before.available + 4200);
    expect(books.transactions.slice(0, 2)).toEqual([
      expect.objectContaining({ accountId: SAVINGS, amount: money(4200, 'USD'), description: 'Transfer from Everyday Checking', status: 'booked' }),
      expect.objectContaining({ accountId: CHECKING, amount: money(-4200, 'USD'), description: 'Transfer to High-Yield Savings', status: 'booked' }),
    ]);
    expect(cancelTransfer(books, 'trf-1-key-own', NOW)).toEqual({ ok: false, error: { kind: 'rejected', reason: 'transfer completed' } });
  });

  it('pays the credit card down: what is owed goes down by the amount', () => {
    const { books, balance } = setUp();
    const owed = balance(CARD);
    expect(submitTransfer(books, order('key-card', { to: { kind: 'own-account', accountId: CARD } }), undefined, NOW).ok).toBe(true);
    expect(balance(CARD)).toBe(owed - 4200);
  });
});

describe('an order the bank refuses', () => {
  it('moves nothing when the source, the target or the amount is wrong', () => {
    const { books, balance } = setUp();
    const before = balance(CHECKING);
    const refusals: [Partial<TransferOrder>, string][] = [
      [{ from: accountId('acc-nobody') }, 'no such source account'],
      [{ from: CARD }, 'no such source account'],
      [{ amount: money(0, 'USD') }, 'bad amount'],
      [{ amount: money(-100, 'USD') }, 'bad amount'],
      [{ amount: money(4200, 'EUR') }, 'bad amount'],
      [{ to: { kind: 'payee', payeeId: payeeId('pay-nobody') } }, 'no such target'],
      [{ to: { kind: 'own-account', accountId: accountId('acc-nobody') } }, 'no such target'],
      [{ to: { kind: 'own-account', accountId: CHECKING } }, 'no such target'],
    ];
    for (const [change, reason] of refusals) {
      expect(submitTransfer(books, order(`key-${reason}-${JSON.stringify(change)}`, change), undefined, NOW)).toEqual({ ok: false, error: { kind: 'invalid-request', reason } });
    }
    expect(balance(CHECKING)).toBe(before);
    expect(books.transfers.size).toBe(0);
  });

  it('refuses more than is available, and lets exactly the available amount through', () => {
    const { books, balance, available } = setUp();
    const all = available(CHECKING) ?? balance(CHECKING);
    expect(submitTransfer(books, order('key-big', { amount: money(all + 1, 'USD') }), undefined, NOW)).toEqual({ ok: false, error: { kind: 'insufficient-funds' } });
    expect(submitTransfer(books, order('key-all', { amount: money(all, 'USD') }), undefined, NOW).ok).toBe(true);
    expect(available(CHECKING) ?? balance(CHECKING)).toBe(0);
  });
});

describe('an order that needs an approval', () => {
  const approval = (books: Books, status: PendingApproval['status'], request = { from: CHECKING, to: BOB, amount: money(4200, 'USD') }): PendingApproval => ({
    approval: { approvalId: 'ap-1', status }, request, customerId: books.customerId, startedAt: NOW, status,
  });

  it('goes through only with an approved approval of this customer for exactly this order', () => {
    const { books, balance } = setUp();
    const before = balance(CHECKING);
    const withApproval = order('key-ap', { approvalId: 'ap-1' });
    expect(submitTransfer(books, withApproval, undefined, NOW)).toEqual({ ok: false, error: { kind: 'rejected', reason: 'unknown approval' } });
    expect(submitTransfer(books, withApproval, { ...approval(books, 'approved'), customerId: customerId('someone-else') }, NOW)).toEqual({ ok: false, error: { kind: 'rejected', reason: 'unknown approval' } });
    expect(submitTransfer(books, withApproval, approval(books, 'pending'), NOW)).toEqual({ ok: false, error: { kind: 'rejected', reason: 'approval pending' } });
    for (const request of [
      { from: SAVINGS, to: BOB, amount: money(4200, 'USD') },
      { from: CHECKING, to: { kind: 'payee' as const, payeeId: payeeId('pay-alex-maria') }, amount: money(4200, 'USD') },
      { from: CHECKING, to: BOB, amount: money(4201, 'USD') },
    ]) {
      expect(submitTransfer(books, withApproval, approval(books, 'approved', request), NOW)).toEqual({ ok: false, error: { kind: 'rejected', reason: 'approval bound to another order' } });
    }
    expect(balance(CHECKING)).toBe(before);
    expect(submitTransfer(books, withApproval, approval(books, 'approved'), NOW).ok).toBe(true);
    expect(balance(CHECKING)).toBe(before - 4200);
  });
});
