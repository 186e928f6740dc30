/** The sandbox bank's mutable books, built from the seed when the bank starts. */
import type { Account, Card, CardStatement, FraudAlert, Payee, Transaction } from '../bank-types';
import type { Approval, ApprovalRequest, TransferOrder, TransferReceipt } from '../transfer-types';
import { accountId, alertId, cardId, customerId, payeeId, transactionId, type CustomerId } from '../../kit/ids';
import { money, type CurrencyCode } from '../../kit/money';
import { generateHistory, isoDaysAgo } from './history';
import { compareCodeUnits } from '../../kit/compare';
import type { SeedCustomer } from './seed';
import { REGIONS, type BookingTexts } from './merchants';

/** A transfer the sandbox accepted, with what it needs to undo it. */
export interface BookedTransfer {
  readonly order: TransferOrder;
  receipt: TransferReceipt;
  readonly submittedAt: number;
}

/** A decoupled approval and what it is bound to. */
export interface PendingApproval {
  readonly approval: Approval;
  readonly request: ApprovalRequest;
  readonly customerId: CustomerId;
  readonly startedAt: number;
  status: Approval['status'];
}

/** One customer's books. */
export interface Books {
  readonly customerId: CustomerId;
  readonly firstName: string;
  readonly currency: CurrencyCode;
  readonly accounts: Account[];
  readonly transactions: Transaction[];
  readonly payees: readonly Payee[];
  readonly cards: Card[];
  readonly statements: readonly CardStatement[];
  readonly alerts: FraudAlert[];
  readonly transfers: Map<string, BookedTransfer>;
  /** How this bank words the transfers it books. */
  readonly texts: BookingTexts;
}

function dueDate(now: Date, day: number): string {
  const thisMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), day));
  const due = thisMonth.getTime() > now.getTime() ? thisMonth : new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, day));
  return due.toISOString().slice(0, 10);
}

/** Opens a customer's books from the seed, as of the bank's clock. */
export function openBooks(seed: SeedCustomer, now: Date): Books {
  const c = seed.currency;
  const accounts: Account[] = seed.accounts.map((a) => ({
    id: accountId(a.id),
    kind: a.kind,
    name: a.name,
    last4: a.last4,
    balance: money(a.balanceMinor, c),
    ...(a.kind === 'credit-card' ? {} : { available: money(a.balanceMinor, c) }),
  }));
  const statements: CardStatement[] = seed.accounts.flatMap((a) =>
    a.card
      ? [{
          accountId: accountId(a.id),
          statementBalance: money(a.card.statementMinor, c),
          minimumPayment: money(a.card.minimumMinor, c),
          dueDate: dueDate(now, a.card.dueDay),
          creditLimit: money(a.card.limitMinor, c),
          availableCredit: money(a.card.limitMinor - a.balanceMinor, c),
        }]
      : [],
  );
  const transactions = generateHistory(seed, now);
  const cards: Card[] = seed.cards.map((k) => ({ id: cardId(k.id), accountId: accountId(k.accountId), last4: k.last4, locked: false }));
  const alerts: FraudAlert[] = [];
  const flagged = cards.find((k) => seed.accounts.find((a) => a.id === k.accountId)?.kind === 'credit-card');
  if (seed.suspicious && flagged) {
    const at = new Date(now.getTime() - seed.suspicious.hoursAgo * 3600_000);
    const txId = transactionId(`${flagged.accountId}-suspicious`);
    transactions.unshift({
      id: txId,
      accountId: flagged.accountId,
      date: isoDaysAgo(at, 0),
      amount: money(-seed.suspicious.amountMinor, c),
      description: seed.suspicious.merchant,
      merchant: seed.suspicious.merchant,
      category: 'shopping',
      status: 'pending',
    });
    // Newest first, as the history is: the purchase may be yesterday's, behind today's (a stable
    // sort keeps it first among its own day's).
    transactions.sort((a, b) => compareCodeUnits(b.date, a.date));
    alerts.push({
      id: alertId(`alert-${seed.id}-1`),
      cardId: flagged.id,
      transactionId: txId,
      amount: money(seed.suspicious.amountMinor, c),
      merchant: seed.suspicious.merchant,
      at: at.toISOString(),
      status: 'unreviewed',
    });
  }
  return {
    customerId: customerId(seed.id),
    firstName: seed.firstName,
    currency: c,
    accounts,
    transactions,
    payees: seed.payees.map((p) => ({ id: payeeId(p.id), name: p.name, last4: p.last4 })),
    cards,
    statements,
    alerts,
    transfers: new Map(),
    texts: REGIONS[seed.region].texts,
  };
}
