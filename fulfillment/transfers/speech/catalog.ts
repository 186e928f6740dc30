import type { CardOption } from '../card-option-words';
/** The transfer dialog's sentences. Amounts stand in sentences of their own, so discreet mode can drop them. */
import type { Account, AccountKind, Payee } from '../../banks/bank-types';
import type { CurrencyCode, Money } from '../../kit/money';
import type { FinalTransfer } from '../../pipeline/awaiting';
import type { TransferStatus } from '../../banks/transfer-types';
import type { LimitBreach, LimitsLeft } from '../limits';
import type { TransferKind, TransferStep } from '../draft';

/** Where the money goes, as the read-back names it. */
/**
 * Where money goes: a payee, or an own account; a card payment chosen by what it pays (the
 * statement balance, the minimum, the whole balance) carries that option, which the read-back names.
 */
export type Destination = { readonly payee: Payee } | { readonly account: Account; readonly option?: CardOption };

/** The card payment's option a destination carries, if any. */
export const optionOf = (d: Destination | undefined): CardOption | undefined => (d && 'account' in d ? d.option : undefined);

/** What a correction changed in a transfer already under way, to be said back before the next question. */
export interface Changed {
  readonly amount?: Money;
  readonly to?: Destination;
  /** A name that fits several payees ("Anna"), said where the money goes before the dialog asks which. */
  readonly toName?: string;
  readonly from?: Account;
  /** The card payment's option whose figure `amount` is ("Okay, your statement balance: $498.23"). */
  readonly option?: CardOption;
  /** Nothing changed: what is known so far, said again on "what was the amount?" before the question ("So far: $25.00, to Bob Carter."). */
  readonly recap?: boolean;
}

/** A transfer that can still be undone, as it is named aloud: by its payee, else by its amount. */
export interface UndoTarget {
  readonly amount?: Money;
  readonly to?: string;
}

/** The sentences of the transfer dialog in one locale. */
export interface TransferSpeech {
  /** How much, to the destination, or else to the name the payees still in question share ("Anna"). */
  askAmount(to: Destination | undefined, sharedName?: string): string;
  askPayee(): string;
  choosePayee(names: readonly string[]): string;
  noSuchPayee(heard: string, names: readonly string[]): string;
  /** "The other Bob" with one Bob among the payees: that one is the only one, and whom else to pay is asked. */
  onlyOneNamed(name: string): string;
  noPayees(): string;
  askSource(accounts: readonly Account[]): string;
  askTarget(accounts: readonly Account[]): string;
  sameAccount(): string;
  /** The account named to send from cannot send money (a credit card). */
  notASource(): string;
  /** The source named is where the money was going: said before the destination is asked again. */
  wasTarget(): string;
  /** The destination named again where no account was asked for: nothing changed. */
  isTarget(): string;
  /**
   * The statement balance, the minimum payment, or another amount; a minimum already paid (zero)
   * is left out. The card's whole balance, where purchases since the statement make it more, is
   * offered too, in a sentence of its own that names it before its figure.
   */
  askCardOption(statement: Money, minimum: Money, whole?: Money): string;
  /** Nothing is left to pay on the card's statement: said before "how much?". */
  statementPaid(): string;
  checkAmount(amount: Money): string;
  /** A large amount, said with the card payment's option when it has one. */
  checkLarge(amount: Money, option?: CardOption): string;
  /** What a card payment pays, without its figure: discreet mode's words for the amount sentence of a read-back. */
  optionPaid(option: CardOption): string;
  /** The amount sentence of a read-back ("The amount is $25.00.", "You're paying your statement balance: $498.23."). */
  amountIs(amount: Money, option?: CardOption): string;
  /** The transfer read back, without a question: asked to hear it again at the PIN step. */
  summary(amount: Money, to: Destination, from: Account): string;
  confirm(amount: Money, to: Destination, from: Account): string;
  /** `left`: tries left before the lock, said when wrong tries (of this session or an earlier one) already count. */
  askPin(left?: number): string;
  /** A wrong PIN; one the platform heard as an amount ("make it 150") adds how to change the amount instead. */
  wrongPin(triesLeft: number, heardAsAmount?: boolean): string;
  pinLocked(): string;
  /** Where a forgotten voice PIN is chosen again; `unsent` when a transfer was waiting for it. */
  forgotPin(unsent: boolean): string;
  pinNotEnrolled(): string;
  approvalSent(): string;
  approvalPending(): string;
  /** The approval question put again without asking the bank: only "continue" looks it up. */
  approvalWhenDone(): string;
  approvalRefused(): string;
  /** An approval asked for earlier could not be withdrawn: the customer should refuse it in the app. */
  approvalLeftInApp(): string;
  /** A draft expired while its approval waited, and the customer approved it in the app meanwhile. */
  expiredButApproved(): string;
  /** Said after expired(): the approval that still waited was withdrawn. */
  expiredApprovalWithdrawn(): string;
  sent(to: Destination, cancellableMinutes: number | undefined): string;
  /** After "done", the second of two transfers asked for at once waits: shall it be taken up now? */
  goOnWithNext(payee: string): string;
  /** "No" to going on with the second transfer: it is left, and nothing more was sent. */
  nextLeft(payee: string): string;
  insufficientFunds(from: Account): string;
  /** The bank did not answer the order, and answered afterwards that it never got it. */
  bankDownNothingSent(): string;
  overLimit(breach: Exclude<LimitBreach, undefined>): string;
  /** A transfer asked for a later day ("tomorrow"): only now is possible; the app schedules. */
  onlyRightAway(): string;
  /** "Every month": one transfer is sent now, never a standing order. */
  onlyOnce(): string;
  /** "The same as last time": the amount of the last transfer to the payee, and its day ("today", "on November 12"). */
  lastTimeAmount(payee: string, amount: Money, day: string): string;
  /** "The same" to another payee right after a transfer: the amount just sent, and to whom it went. */
  sameAsJustSent(payee: string, amount: Money): string;
  /** "The one I paid last time": the payee the history names, and the day of that transfer. */
  paidBefore(payee: string, day: string): string;
  /** "The one I paid last time" with no transfer to any of the payees in question (all of them when none are named) in the history. */
  paidNoneBefore(payees: readonly string[]): string;
  /** "The same as last time" with no earlier transfer to that payee to be found, and the amount said before, which stays. */
  noEarlierTransfer(payee: string, kept?: Money): string;
  /** "Repeat my last transfer" with no transfer to any payee to be found. */
  nothingToRepeat(): string;
  /** "Everything" from an account: its whole balance, said in a sentence of its own before anything else. */
  wholeBalance(from: Account, amount: Money): string;
  /** "Half of it": half of what the account has, said before the checks that follow. */
  halfBalance(from: Account, amount: Money): string;
  /** "The maximum": the most the limits let the customer send now, said before the checks and the read-back that follow. */
  mostAllowed(amount: Money): string;
  /** "Did it go through?" while the bank still has not confirmed an earlier transfer. */
  stillUnconfirmed(to: Destination | undefined): string;
  /** "Did it go through?" with no voice transfer of the last day to ask the bank about. */
  noRecentTransfer(): string;
  /** "Did Bob get the money?" with no voice transfer to that payee lately (a name two payees share names both). */
  noRecentTransferTo(names: readonly string[]): string;
  /** "Did it go through?" while the transfer is still being prepared: it has not gone yet. */
  notSentYet(): string;
  /** "Did it go through?": what the bank now says of the last transfer it took. */
  lastTransferStatus(status: TransferStatus, to: Destination | undefined): string;
  /** "What was my last transfer?": where it went, then how it stands. */
  lastTransferWas(status: TransferStatus, to: Destination | undefined): string;
  /** A request for another payee and amount at the read-back: the transfer read back is not sent. */
  replacesTransfer(payee: string): string;
  /** "How much did I just send?": the amount of the transfer asked about, a sentence of its own so that discreet mode leaves it out alone. */
  transferAmountWas(amount: Money): string;
  /** An amount added to or taken off a figure kept quiet in discreet mode: the total is not said, a whole amount is asked for. */
  wholeAmountDiscreet(): string;
  /** "Everything" in discreet mode: the balance is not said, so an amount is asked for. */
  wholeBalanceDiscreet(): string;
  /** "Everything" from an account that holds nothing to move. */
  nothingToMove(from: Account): string;
  /** A second transfer said in the same breath: one at a time, this one first; `next` names its payee when one is sure. */
  oneAtATime(next: string | undefined): string;
  /**
   * Before the read-back, more than `from` holds: the transfer waits for a smaller amount, or
   * (`otherSource`) another account to send it from.
   */
  notEnoughAskAgain(from: Account, otherSource: boolean): string;
  /** Before the read-back, over a limit a smaller amount may keep within (`max`: the one-transfer cap; `left`: what today's cap still allows). */
  overLimitAskAgain(breach: 'per-transfer' | 'daily', max: Money | undefined, left?: Money): string;
  /** The bank has not confirmed a transfer either way: it may still go through, so not again. */
  uncertain(): string;
  /** The same transfer as one the bank has not confirmed yet: send another anyway? */
  duplicateWarning(amount: Money, to: Destination): string;
  /** An unconfirmed earlier transfer went through after all. */
  earlierSent(to: Destination | undefined): string;
  /** An unconfirmed earlier transfer was not made. */
  earlierNotSent(to: Destination | undefined): string;
  /** The payment for the app's approval may have reached the bank, which has not confirmed it yet. */
  approvalUnconfirmed(): string;
  bankRefused(): string;
  cancelled(): string;
  declined(): string;
  expired(): string;
  alreadyHandled(): string;
  /** The stored transfer could not be read back: nothing was sent. */
  lostTrack(): string;
  unreadableAmount(): string;
  /** "About fifty": a guess at an amount, which is never sent. */
  exactAmount(): string;
  /** "Forty or fifty": two amounts for one payee, so the amount is asked for. */
  twoAmounts(): string;
  /** An amount of zero or below zero ("minus twenty"), refused as such. */
  amountAboveZero(): string;
  otherCurrency(from: Account): string;
  onlyCurrency(currency: CurrencyCode): string;
  didNotGet(): string;
  /** "The third one" of a list of `count`: the list is shorter; the question follows. */
  onlyChoices(count: number): string;
  /** "The other one" to a list asked now, nothing on it chosen yet: said before the question comes again. */
  noneChosen(): string;
  /** A bare "no" to a question that wants a value (how much, to whom, from which account): a second one stops. */
  noToQuestion(): string;
  /** A bare "yes" or "go on" to a question that wants a value: said before the question comes again. */
  yesToQuestion(): string;
  /** A second "yes" in a row to a question that wants a value: what would answer it. */
  yesIsNoAnswer(step: TransferStep): string;
  /** "Thanks" while a transfer waits for an answer: said before its question comes again. */
  welcome(): string;
  /** A card payment larger than what is owed on the card, said without the bank's figure. */
  moreThanOwed(): string;
  /** Said before the first question again, after "start over". */
  startingOver(): string;
  struggling(step: TransferStep): string;
  noPinNeeded(): string;
  givingUp(): string;
  stepHelp(step: TransferStep): string;
  payeeList(payees: readonly Payee[]): string;
  /** The voice limits and what is left of them: each amount in a sentence of its own, what is used up said plainly. */
  limits(left: LimitsLeft): string;
  /** The last transfer, cancelled as asked without naming it: named now (by payee, where known), so the customer knows which. */
  undone(target?: UndoTarget): string;
  /** The transfers named by payee or agreed to by place, cancelled. */
  undoneThese(targets: readonly UndoTarget[]): string;
  /** "Cancel the transfer to Jonas" when none to Jonas can still be undone: nothing was cancelled; the last went to `lastTo`, where known. */
  noneOpenTo(named: string, lastTo: string | undefined): string;
  /** "Cancel that transfer" when the transfer made last (to `lastTo`, where known) can no longer be undone, though an earlier one can. */
  lastNotOpen(lastTo: string | undefined): string;
  /** Cancelled before this cancel reached the bank (in another session, in the bank's app): the money is back. */
  alreadyCancelled(targets: readonly UndoTarget[]): string;
  /** The bank took the request to cancel but has not done it yet. */
  cancelAsked(targets: readonly UndoTarget[]): string;
  /** The bank did not answer while a transfer waited: nothing was sent, and saying the answer again carries on. */
  bankDownTransferWaits(): string;
  /** A cancel the bank did not answer: these are still on their way, for now. */
  stillGoing(targets: readonly UndoTarget[]): string;
  /** A cancel the bank may have carried out without saying so, and the bank cannot say now: whether these are cancelled is not known. */
  cancelUnsure(targets: readonly UndoTarget[]): string;
  /** "Cancel that transfer" while the bank has still not confirmed it: it cannot be cancelled until it does. */
  notConfirmedToCancel(target: UndoTarget): string;
  /** "Cancel the first one", "the other one too" with one transfer left to undo: is that one meant? */
  onlyOneOpen(only: UndoTarget): string;
  /** "Cancel the first one", "cancel both": are these, named, the ones meant? */
  confirmUndo(targets: readonly UndoTarget[]): string;
  /** A place that fits none of the transfers still open ("the third one" of two): which can be, and how to say it. */
  openOnes(targets: readonly UndoTarget[]): string;
  /** A cancel names a payee whose words fit more than one payee with a transfer still open: nothing is cancelled. */
  namesMoreThanOne(heard: string): string;
  nothingToUndo(): string;
  tooLateToUndo(): string;
  /** Some of the transfers asked to be cancelled had already gone out. */
  tooLateFor(targets: readonly UndoTarget[]): string;
  /** "Cancel" right after a transfer the bank does not let the skill cancel: why not, and what can be done instead. */
  cannotUndo(final: FinalTransfer): string;
  noTransferAccount(): string;
  /** A yes to "what should I change?": nothing changes, said before the read-back comes again. */
  nothingChanged(): string;
  /** "No" at the read-back: what should change, for this kind of transfer. */
  /** `again`: put again after something else was said first, with no "okay" of its own. */
  askChange(kind: TransferKind, again?: boolean): string;
  /**
   * Digits said before the PIN was asked for, at a read-back (the yes comes first, and the customer
   * hears so: "yes, one two three four" may be heard as the digits alone) or (`early`) at a
   * question before it: never read back, never taken as an amount.
   */
  pinWhenAsked(early?: boolean, amountHint?: boolean): string;
  /** Four digits said to "how much?": perhaps the PIN, which comes at the end; how to say the amount. */
  pinBeforeAmount(): string;
  /** An answer to the read-back that changes nothing: it stands, and a yes sends it. */
  asItStands(): string;
  /** The amount said at the read-back is the one it read: a change that changed nothing, said before it is read again. */
  sameAmountAgain(): string;
  /** Leads into the PIN question again after a PIN said in pairs ("twelve thirty four"), never repeated. */
  pinByDigits(): string;
  /** Leads into the PIN question again after an answer that held no digits (not counted as wrong). */
  pinNotHeard(): string;
  /** A yes said again at the PIN prompt: the transfer is agreed, and only the PIN is missing. */
  pinStillNeeded(): string;
  /** Part of a PIN heard at the PIN prompt: three digits (the first time), or two; all four are asked for, nothing counted against the lock. */
  pinAllDigits(heard?: 2 | 3): string;
  /** After three digits, the rest said alone ("four"): no digits are kept between turns, so all four are asked for together. */
  pinTogether(): string;
  /**
   * How to change the amount at the PIN prompt, after a number that may have been meant as a new
   * one: the amount the PIN would send is said, so a correction not taken is never sent unheard.
   */
  newAmountAtPin(still?: Money): string;
  /**
   * Says back what a correction changed ("Okay, $60.00." "Okay, to Anna Lee."), so a customer who
   * changed their mind hears it taken before the next question. The amount stands in a sentence
   * of its own.
   */
  changed(what: Changed): string;
  /** Leads back into the transfer after a question answered in passing. */
  backToTransfer(kind?: TransferKind): string;
  /** "How much will I have left?" at a transfer: what the account it comes from would hold once it is sent. */
  leftAfter(kind: TransferKind, account: AccountKind, left: Money): string;
  /** A correction said right after a transfer the bank still holds: it can only be cancelled. */
  alreadySent(): string;
  /** "Cancel" right after a transfer the bank still holds: does the customer mean the transfer? */
  offerUndo(): string;
  /** After a correction of the transfer just sent: cancel it, then prepare the one meant. */
  offerUndoInstead(): string;
  /** The same amount to the same payee as a transfer made in the last hour: whether to send it again. */
  sentAlready(amount: Money, to: Destination): string;
  /** The offer a question or more later, naming whom the last transfer went to, where known. */
  offerUndoOfLast(to: string | undefined): string;
  /** "Was that the wrong Anna?": cancel the transfer to one, then prepare the same transfer to the other of the name. */
  offerUndoForOther(to: string | undefined, other: string): string;
  /** Another kind of transfer asked for while one was prepared: the one it replaces, named as dropped. */
  droppedFor(was: Destination): string;
  /** A new transfer asked for instead of a yes to cancelling the one sent: that one was not cancelled. */
  notCancelledNew(sent: Destination): string;
  /** Said before a new transfer begun right after one was sent: that one has gone and stays. */
  anotherTransfer(sent: Destination): string;
  /** "Cancel my last transfer" while another is being prepared: that one is stopped, before the undo of the one sent is offered. */
  stoppedThisOne(): string;
  /** Said after stopping a transfer being prepared, of the one sent minutes before it: that one has gone. */
  sentAlreadyGone(sent: Destination): string;
  /** Help with "Do you want me to cancel the transfer you just made?". */
  undoHelp(): string;
  /** The customer keeps the transfer they were offered to undo. */
  undoKept(): string;
  /** A correction of a transfer just sent to more than one voice transfer may carry: nothing is cancelled for it. */
  overLimitKept(max: Money): string;
}
