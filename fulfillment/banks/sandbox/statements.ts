/**
 * A card statement as the sandbox bank reports it today: what the customer has paid towards the
 * card since the statement was issued comes off its balance and its minimum payment, and the
 * credit available is the limit less the card's balance and the charges still pending on it, as a
 * card issuer holds an authorised purchase against the limit before it is booked. A statement
 * that stood still would offer the same bill again after it was paid, and a second payment of it.
 */
import type { CardStatement } from '../bank-types';
import type { AccountId } from '../../kit/ids';
import { money } from '../../kit/money';
import type { Books } from './state';

/** Minor units paid into the card account by transfers the bank still holds as made. */
function paidInto(books: Books, accountId: AccountId): number {
  let paid = 0;
  for (const { order, receipt } of books.transfers.values()) {
    if (order.to.kind !== 'own-account' || order.to.accountId !== accountId) continue;
    if (receipt.status === 'cancelled' || receipt.status === 'rejected') continue;
    paid += order.amount.minor;
  }
  return paid;
}

/** Minor units of the charges on an account that are authorised but not yet booked. */
function pendingCharges(books: Books, accountId: AccountId): number {
  let held = 0;
  for (const t of books.transactions) if (t.accountId === accountId && t.status === 'pending' && t.amount.minor < 0) held -= t.amount.minor;
  return held;
}

/** The card account's statement as of now; undefined for an account without one. */
export function currentStatement(books: Books, accountId: AccountId): CardStatement | undefined {
  const issued = books.statements.find((s) => s.accountId === accountId);
  if (!issued) return undefined;
  const paid = paidInto(books, accountId);
  const currency = issued.statementBalance.currency;
  const owed = books.accounts.find((a) => a.id === accountId)?.balance.minor;
  return {
    ...issued,
    statementBalance: money(Math.max(0, issued.statementBalance.minor - paid), currency),
    minimumPayment: money(Math.max(0, issued.minimumPayment.minor - paid), currency),
    availableCredit: owed === undefined ? issued.availableCredit : money(Math.max(0, issued.creditLimit.minor - owed - pendingCharges(books, accountId)), currency),
  };
}
