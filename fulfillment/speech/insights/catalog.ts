/** The sentences of transactions, spending, income, cards, fraud checks and discreet mode. */
import type { AccountKind, FraudAlert, Transaction } from '../../banks/bank-types';
import type { PeriodName } from '../../insights/period';
import type { Money } from '../../money';
import type { CardDetail, CardKind } from './card-words';
import type { CategoryId } from './category-words';

/** A card as it is spoken: its kind and last four digits. */
export interface SpokenCard {
  readonly kind: CardKind;
  readonly last4: string;
}

/** What a spending answer says: totals per currency (none when nothing was spent). */
export interface SpendingAnswer {
  readonly totals: readonly Money[];
  readonly count: number;
  readonly period: PeriodName;
  readonly merchant?: string;
  readonly category?: CategoryId;
}

/** The figures of one card's statement. */
export interface StatementAnswer {
  /** The card's account, with its digits when the customer has more than one card account. */
  readonly card: SpokenCard & { readonly named: boolean };
  readonly statementBalance: Money;
  readonly minimumPayment: Money;
  readonly dueDate: string;
  readonly creditLimit: Money;
  readonly availableCredit: Money;
}

/** The sentences of one locale; `today` is today's ISO date. */
export interface InsightsSpeech {
  /** A page of transactions: the first names its account, the next ones (account undefined) go on. */
  recentTransactions(account: AccountKind | undefined, items: readonly Transaction[], today: string): string;
  moreQuestion(): string;
  noTransactions(): string;
  noMoreTransactions(): string;
  nothingMoreToRead(): string;
  spending(answer: SpendingAnswer): string;
  unknownCategory(heard: string): string;
  periodNotUnderstood(): string;
  lastDeposit(deposit: Transaction, today: string): string;
  income(totals: readonly Money[], count: number, period: PeriodName): string;
  noIncome(period: PeriodName | undefined): string;
  statement(answer: StatementAnswer, detail: CardDetail | undefined, today: string): string;
  noCreditCard(): string;
  confirmCardChange(cards: readonly SpokenCard[], lock: boolean): string;
  cardsChanged(cards: readonly SpokenCard[], lock: boolean): string;
  noCardToChange(lock: boolean): string;
  noSuchCard(): string;
  cardsUnchanged(): string;
  /** The fraud check; on launch it follows a greeting by first name. */
  fraudQuestion(alert: FraudAlert, card: SpokenCard | undefined, today: string, launchFirstName: string | undefined): string;
  fraudReprompt(alert: FraudAlert): string;
  fraudGenuine(): string;
  fraudReported(card: SpokenCard | undefined): string;
  fraudLockedNotReported(card: SpokenCard | undefined): string;
  noSuspiciousActivity(): string;
  discreetMode(state: 'on' | 'off', changed: boolean): string;
  /** Said in place of every sentence that would speak an amount while discreet mode is on. */
  discreetNotice(): string;
  /** Discreet mode left amounts out and sent the whole answer into the bank's app. */
  discreetSent(): string;
}
