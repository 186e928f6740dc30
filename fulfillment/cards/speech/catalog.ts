/** The sentences of card statements, card locks and fraud checks. */
import type { FraudAlert } from '../../banks/bank-types';
import type { Money } from '../../kit/money';
import type { CardDetail, CardKind } from '../card-words';

/** A card as it is spoken: its kind and last four digits. */
export interface SpokenCard {
  readonly kind: CardKind;
  readonly last4: string;
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
  /**
   * All that is owed on the card now, when it is more than the statement balance (purchases since
   * the statement): "how much do I owe" hears both, so the statement is never taken for the whole.
   */
  readonly owedNow?: Money;
}

/** The cards feature's sentences in one locale; `today` is today's ISO date. */
export interface CardsSpeech {
  statement(answer: StatementAnswer, detail: CardDetail | undefined, today: string): string;
  noCreditCard(): string;
  confirmCardChange(cards: readonly SpokenCard[], lock: boolean): string;
  /** The request said again to a question about several cards: all of them, or one? */
  allOrOne(cards: readonly SpokenCard[], lock: boolean): string;
  /** "The other one" to a question about several cards, none of them chosen yet: said before the question. */
  noneChosen(): string;
  cardsChanged(cards: readonly SpokenCard[], lock: boolean): string;
  /** A lock or unlock the bank did not answer, and whose outcome could not be read back: check before relying on it. */
  cardChangeUnsure(cards: readonly SpokenCard[], lock: boolean): string;
  /** "Forget it" right after a lock, or another card named: the cards just changed stay as they are now. */
  cardsStay(cards: readonly SpokenCard[], locked: boolean): string;
  /** The cards named are already as asked: locked for a lock, unlocked for an unlock. */
  noCardToChange(cards: readonly SpokenCard[], lock: boolean): string;
  noSuchCard(): string;
  /** Help with "Did you make this purchase?". */
  fraudHelp(): string;
  /** An answer to "did you make this purchase?" that is neither yes nor no ("I'm not sure", "maybe my wife"): what to do when unsure. */
  fraudUnsure(): string;
  /** "Never mind" to "did you make this purchase?": nothing is changed, and the purchase stays to be answered. */
  fraudLeftOpen(): string;
  /** The fraud question left after questions in passing: it waits until asked about. */
  fraudLeftForLater(): string;
  /** Help right after a purchase was reported as fraud: what happens now. */
  fraudReportedHelp(): string;
  /** Help right after a purchase was marked genuine: what happens now, and what to say if it was not. */
  fraudGenuineHelp(): string;
  /** Help with "Do you want me to lock (unlock) these cards?"; `several` when it names more than one. */
  cardChangeHelp(lock: boolean, several: boolean): string;
  /** "Is my card locked?": each card asked about, locked or not. */
  cardStatus(cards: readonly (SpokenCard & { readonly locked: boolean })[]): string;
  /** A no to locking (`lock`) or unlocking cards; `several` when the question named more than one, which one alone may be asked for. */
  cardsUnchanged(lock?: boolean, several?: boolean): string;
  /** The fraud check; on launch it follows a greeting by first name. */
  /**
   * "Did you make this purchase?" about an alert: after a greeting by first name on launch, or
   * (`asked`) as the answer to a customer who asked about fraud or denied a payment, whose yes
   * and no must be beyond doubt.
   */
  fraudQuestion(alert: FraudAlert, card: SpokenCard | undefined, today: string, launchFirstName: string | undefined, asked?: boolean): string;
  fraudReprompt(alert: FraudAlert): string;
  fraudGenuine(): string;
  /** "Yes, that was me" on a link that may only read: nothing is cleared, the purchase stays flagged. */
  genuineNotPermitted(): string;
  /** `appOnly`: the link may not unlock (it may only read), so only the bank's app is named for that. */
  fraudReported(card: SpokenCard | undefined, appOnly?: boolean): string;
  fraudLockedNotReported(card: SpokenCard | undefined): string;
  /** The card could not be locked, but the purchase is reported: the customer locks it another way. */
  fraudReportedNotLocked(card: SpokenCard | undefined): string;
  /** The bank took neither the lock nor the report: nothing changed, and the bank is the way now. */
  fraudNeitherDone(card: SpokenCard | undefined): string;
  /** A yes right after a report, which may be a yes to "what next?": whether it takes the report back, as a yes-or-no question. */
  fraudReportTakenBack(): string;
  /** A no to that: the report stands. */
  fraudReportStands(): string;
  /**
   * "Actually, that was me" after a report: the report is the bank's to withdraw; a card still
   * locked (`card`) is offered to be unlocked, as a yes-or-no question.
   */
  fraudMindChanged(card: SpokenCard | undefined): string;
  /**
   * "Wait, that wasn't me" after marking a purchase genuine (or a plain "no" to what next, so it
   * says what it takes the no for): the bank is to be called about it; a card still unlocked
   * (`card`) is offered to be locked meanwhile, as a yes-or-no question.
   */
  genuineMindChanged(card: SpokenCard | undefined): string;
  noSuspiciousActivity(): string;
  /**
   * A payment the customer denies ("I never bought anything from Argos") that the bank has not
   * flagged: said so, with what to do; `more`, another purchase was flagged, which is asked about
   * next; `last`, the latest payment there, so that "what was that charge at Trader Joe's?" is
   * answered before any flagged purchase is asked about.
   */
  notFlagged(merchant: string, more: boolean, last?: { readonly amount: Money; readonly day: string }): string;
}
