/** The sentences of transactions, spending and income. */
import type { Direction } from '../direction-words';
import type { AccountKind, Transaction } from '../../banks/bank-types';
import type { PeriodName } from '../period';
import type { Money } from '../../kit/money';
import type { CategoryId } from '../category-words';
import type { CategoryShare } from '../spending-by-category';

/** Where money in came from, as a question names it: a sender ("from Anna") or the bank's interest. */
export type DepositSource = { readonly sender: string } | 'interest';

/** What a spending answer says: totals per currency (none when nothing was spent). */
export interface SpendingAnswer {
  readonly totals: readonly Money[];
  readonly count: number;
  readonly period: PeriodName;
  readonly merchant?: string;
  readonly category?: CategoryId;
  /** A category left out ("excluding rent"): the spending is everything else. */
  readonly without?: CategoryId;
  /** The account the spending was narrowed to ("on my credit card"); none: every account. */
  readonly account?: AccountKind;
}

/** What was sent to one payee in a period: totals per currency (none when nothing was sent). */
export interface SentAnswer {
  readonly payee: string;
  readonly totals: readonly Money[];
  readonly count: number;
  readonly period: PeriodName;
}

/** What a question about the most recent payment was narrowed to; no period means all the history read. */
export interface LatestAsked {
  readonly period?: PeriodName;
  readonly merchant?: string;
  readonly category?: CategoryId;
  /** "And the one before that?": the payment before the one last said. */
  readonly earlier?: boolean;
}

/** The most recent transfer to one payee, in a period or in all the history read; none when nothing was sent. */
export interface LastSentAnswer {
  readonly payee: string;
  readonly latest?: Transaction;
  readonly period?: PeriodName;
}

/** A payment found by its amount, with the kind of account it was on. */
export interface FoundCharge {
  readonly tx: Transaction;
  readonly account: AccountKind | undefined;
}

/** The shop a charge was asked about at, and the last payment there (the newest first), for an answer that found none of the amount. */
export interface ChargeShop {
  readonly shop: string;
  readonly last?: Transaction;
}

/** The amount a charge was asked about by: the payment of it, or (`above`) every payment larger. */
export interface ChargeAmount {
  readonly money: Money;
  readonly above?: true;
}

/** The sentences of one locale; `today` is today's ISO date. */
export interface InsightsSpeech {
  /** "What was the charge?" with no amount heard: how to ask. */
  whichCharge(): string;
  /**
   * The payments of an amount (or, with none, at the shop) since a day: the first few read out, of
   * `count` found. `quiet`, for discreet mode: how many were found and what was asked, never each one.
   */
  chargesFound(amount: ChargeAmount | undefined, charges: readonly FoundCharge[], count: number, today: string, since: string | PeriodName, at?: ChargeShop, quiet?: boolean): string;
  /** The next few of the payments found, after "more"; `quiet`, how many. */
  chargesNext(charges: readonly FoundCharge[], today: string, quiet?: boolean): string;
  /**
   * A page of transactions: the first names its account, the next ones (account undefined) go on.
   * `quiet`, for discreet mode: how many, on which account, never each one.
   */
  recentTransactions(account: AccountKind | undefined, items: readonly Transaction[], today: string, quiet?: boolean): string;
  moreQuestion(): string;
  /** "My last twenty transactions": how many are read at once, said before them. */
  mostAtOnce(most: number): string;
  /** Help with "Would you like to hear more?". */
  moreHelp(): string;
  noTransactions(): string;
  /**
   * "Any pending transactions?": how many, then their total, then each with its account, in
   * sentences of their own; `account` where one was named. `quiet`, for discreet mode: how many
   * alone.
   */
  pendingTransactions(items: readonly { readonly t: Transaction; readonly account: AccountKind }[], totals: readonly Money[], today: string, account?: AccountKind, quiet?: boolean): string;
  /** The first page of the transactions in a period: on one account, or on every account when none was named; `quiet` as for recentTransactions. */
  transactionsIn(period: PeriodName, account: AccountKind | undefined, items: readonly Transaction[], today: string, quiet?: boolean): string;
  /** No transactions in a period: on one account, or on any. */
  noTransactionsIn(period: PeriodName, account: AccountKind | undefined): string;
  /** The first page of the money the customer sent, in a period or lately; `quiet` as for recentTransactions. */
  transfersSent(period: PeriodName | undefined, items: readonly Transaction[], today: string, quiet?: boolean): string;
  /** Nothing sent, in a period or lately. */
  noTransfersSent(period: PeriodName | undefined): string;
  /** The money that went out of (or came into) an account, or every account, in a period or lately; `quiet` as for a page. */
  movedList(direction: Direction, period: PeriodName | undefined, account: AccountKind | undefined, items: readonly Transaction[], today: string, quiet?: boolean): string;
  /** None went out (or came in). */
  nothingMoved(direction: Direction, period: PeriodName | undefined, account: AccountKind | undefined): string;
  noMoreTransactions(): string;
  nothingMoreToRead(): string;
  spending(answer: SpendingAnswer): string;
  /**
   * "List them" after a spending total: how many payments, then the first few of them (`page`);
   * `quiet` (discreet mode) says only how many were found.
   */
  spendingList(answer: SpendingAnswer, page: readonly FoundCharge[], today: string, quiet: boolean): string;
  /**
   * "What did I spend the most on": the categories with the most spending (`shares`, largest
   * first, at most three), then the whole total; that nothing was spent, or that the payments
   * have no category.
   */
  spendingByCategory(answer: SpendingAnswer, shares: readonly CategoryShare[]): string;
  /** "What was my biggest purchase": the largest single payment of the answer's spending, or that there was none. */
  largestPayment(answer: SpendingAnswer, largest: Transaction | undefined, today: string, quiet?: boolean): string;
  /** "When was I last at Starbucks": the most recent payment asked about, or that there was none. */
  latestPayment(asked: LatestAsked, latest: Transaction | undefined, today: string, quiet?: boolean): string;
  /** "How much did I send Bob last time": one sentence per payee the name fits; `quiet`, that one was found. */
  lastSent(answers: readonly LastSentAnswer[], today: string, quiet?: boolean): string;
  /** "How much did I send to Bob": one sentence per payee the name fits. */
  sent(answers: readonly SentAnswer[]): string;
  /** "How much have I sent today?": the total sent to anyone in a period (this month when none was named), and how many transfers. */
  sentInAll(answer: { readonly period: PeriodName; readonly totals: readonly Money[]; readonly count: number }): string;
  unknownCategory(heard: string): string;
  periodNotUnderstood(): string;
  /** A period wholly before the first day the bank's history holds (an ISO date). */
  beforeHistory(first: string): string;
  /** "And in October?" with no question before it to follow. */
  nothingToFollow(): string;
  /** The latest money in; `into` names the account asked about; `quiet`, that it was found (discreet mode). */
  lastDeposit(deposit: Transaction, today: string, into?: AccountKind, quiet?: boolean): string;
  /** "And the one before that?" after the last deposit: the one before it, said as lastDeposit says one. */
  depositBefore(deposit: Transaction, today: string, into?: AccountKind, quiet?: boolean): string;
  /** No deposit before the one just said. */
  noEarlierDeposit(into?: AccountKind, from?: DepositSource): string;
  /** What came in during a period, in all or (`into`) one account; `from`, the sender or the interest asked about. */
  income(totals: readonly Money[], count: number, period: PeriodName, into?: AccountKind, from?: DepositSource): string;
  noIncome(period: PeriodName | undefined, into?: AccountKind, from?: DepositSource): string;
}
