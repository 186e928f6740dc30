/** The sandbox's transfer engine: funds checks, idempotency, approvals, pending window, undo. */
import type { BankError } from '../bank-error';
import type { Account } from '../bank-types';
import type { TransferOrder, TransferReceipt } from '../transfer-types';
import { transactionId } from '../../kit/ids';
import { add, compare, money, subtract, type Money } from '../../kit/money';
import { err, ok, type Result } from '../../kit/result';
import type { Books, PendingApproval } from './state';

/** How long a transfer to a payee stays pending, and so can be cancelled. */
export const PENDING_WINDOW_MS = 5 * 60_000;

const sameOrder = (a: TransferOrder, b: TransferOrder) =>
  a.from === b.from &&
  a.amount.minor === b.amount.minor &&
  a.amount.currency === b.amount.currency &&
  JSON.stringify(a.to) === JSON.stringify(b.to);

/** Brings a pending transfer up to date: past its window it has completed. */
export function settle(books: Books, key: string, now: number): TransferReceipt | undefined {
  const booked = books.transfers.get(key);
  if (!booked) return undefined;
  if (booked.receipt.status === 'pending' && now >= booked.submittedAt + PENDING_WINDOW_MS) {
    booked.receipt = { ...booked.receipt, status: 'completed' };
  }
  return booked.receipt;
}

function credit(account: Account, amount: Money): Account {
  // A credit card's balance is what is owed, so money paid in lowers it.
  const balance = account.kind === 'credit-card' ? subtract(account.balance, amount) : add(account.balance, amount);
  return { ...account, balance, ...(account.available ? { available: add(account.available, amount) } : {}) };
}

function debit(account: Account, amount: Money): Account {
  return { ...account, balance: subtract(account.balance, amount), ...(account.available ? { available: subtract(account.available, amount) } : {}) };
}

function replaceAccount(books: Books, next: Account): void {
  const i = books.accounts.findIndex((a) => a.id === next.id);
  books.accounts[i] = next;
}

function checkApproval(order: TransferOrder, approval: PendingApproval | undefined, books: Books): BankError | undefined {
  if (!order.approvalId) return undefined;
  if (!approval || approval.customerId !== books.customerId) return { kind: 'rejected', reason: 'unknown approval' };
  if (approval.status !== 'approved') return { kind: 'rejected', reason: `approval ${approval.status}` };
  const bound = approval.request;
  const matches = bound.from === order.from && bound.amount.minor === order.amount.minor &&
    bound.amount.currency === order.amount.currency && JSON.stringify(bound.to) === JSON.stringify(order.to);
  return matches ? undefined : { kind: 'rejected', reason: 'approval bound to another order' };
}

/** Executes an order at most once per idempotency key. */
export function submitTransfer(
  books: Books,
  order: TransferOrder,
  approval: PendingApproval | undefined,
  now: number,
): Result<TransferReceipt, BankError> {
  const earlier = books.transfers.get(order.idempotencyKey);
  if (earlier) {
    return sameOrder(earlier.order, order)
      ? ok(settle(books, order.idempotencyKey, now) ?? earlier.receipt)
      : err({ kind: 'invalid-request', reason: 'idempotency key reused for another order' });
  }
  const from = books.accounts.find((a) => a.id === order.from);
  if (!from || from.kind === 'credit-card') return err({ kind: 'invalid-request', reason: 'no such source account' });
  if (order.amount.minor <= 0 || order.amount.currency !== from.balance.currency) {
    return err({ kind: 'invalid-request', reason: 'bad amount' });
  }
  const target = order.to;
  const toAccount = target.kind === 'own-account' ? books.accounts.find((a) => a.id === target.accountId) : undefined;
  const payee = target.kind === 'payee' ? books.payees.find((p) => p.id === target.payeeId) : undefined;
  if ((target.kind === 'own-account' && (!toAccount || toAccount.id === from.id)) || (target.kind === 'payee' && !payee)) {
    return err({ kind: 'invalid-request', reason: 'no such target' });
  }
  const refused = checkApproval(order, approval, books);
  if (refused) return err(refused);
  if (compare(from.available ?? from.balance, order.amount) < 0) return err({ kind: 'insufficient-funds' });

  replaceAccount(books, debit(from, order.amount));
  if (toAccount) replaceAccount(books, credit(toAccount, order.amount));
  const transferId = `trf-${books.transfers.size + 1}-${order.idempotencyKey.slice(0, 8)}`;
  const date = new Date(now).toISOString().slice(0, 10);
  const pending = target.kind === 'payee';
  // One of the two is there: the target was checked above.
  const description = books.texts.transferTo(payee?.name ?? toAccount?.name ?? '');
  books.transactions.unshift({
    id: transactionId(`${transferId}-out`), accountId: from.id, date, amount: money(-order.amount.minor, order.amount.currency),
    description, category: 'transfers', status: pending ? 'pending' : 'booked',
  });
  if (toAccount) {
    books.transactions.unshift({
      id: transactionId(`${transferId}-in`), accountId: toAccount.id, date, amount: order.amount,
      description: books.texts.transferFrom(from.name), category: 'transfers', status: 'booked',
    });
  }
  const receipt: TransferReceipt = pending
    ? { transferId, idempotencyKey: order.idempotencyKey, status: 'pending', cancellableUntil: new Date(now + PENDING_WINDOW_MS).toISOString() }
    : { transferId, idempotencyKey: order.idempotencyKey, status: 'completed' };
  books.transfers.set(order.idempotencyKey, { order, receipt, submittedAt: now });
  return ok(receipt);
}

/**
 * Cancels a transfer still pending, returning the money. Its pending debit leaves the history,
 * as a bank's pending entry does when the order is withdrawn: nothing was ever paid to the
 * payee, and "what did I send Bob?" must not count it.
 */
export function cancelTransfer(books: Books, transferId: string, now: number): Result<TransferReceipt, BankError> {
  const entry = [...books.transfers.entries()].find(([, t]) => t.receipt.transferId === transferId);
  if (!entry) return err({ kind: 'not-found' });
  const [key, booked] = entry;
  const receipt = settle(books, key, now);
  if (receipt?.status !== 'pending') return err({ kind: 'rejected', reason: `transfer ${receipt?.status}` });
  const from = books.accounts.find((a) => a.id === booked.order.from);
  if (from) replaceAccount(books, credit(from, booked.order.amount));
  const pendingDebit = transactionId(`${transferId}-out`);
  const at = books.transactions.findIndex((t) => t.id === pendingDebit);
  if (at >= 0) books.transactions.splice(at, 1);
  booked.receipt = { transferId, idempotencyKey: key, status: 'cancelled' };
  return ok(booked.receipt);
}
