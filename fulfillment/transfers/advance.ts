/**
 * The transfer dialog's one rule: after every answer, ask for the first thing still missing,
 * in this order: amount, destination, source account, then the checks (funds, limits), the
 * extra amount check, the read-back, the PIN and the app approval; when nothing is missing,
 * send. Asking again without a change repeats the same question, which makes repeat and help
 * free.
 */
import type { Account, Payee } from '../banks/bank-types';
import { mayStillLand } from '../banks/bank-error';
import type { Awaiting } from '../pipeline/awaiting';
import { repeatsRecent } from './repeated';
import type { LinkedContext, Outcome } from '../pipeline/intent-handler';
import { answerAndContinue, ask, tell, sayThenAskWhatNext } from '../pipeline/reply-builders';
import { compare, parseDecimal } from '../kit/money';
import { ok } from '../kit/result';
import { optionOf, type Changed, type Destination, type TransferSpeech } from './speech/catalog';
import type { Quietly } from '../pipeline/reply';
import { isConfusable } from './confusable';
import { forgetBalanceShare, holdDraft, keepApprovalCopy, saveDraft, UNREADABLE, type TransferDraft, type TransferStep } from './draft';
import { discardDraft } from './withdraw';
import { payeeEntities } from './payee-entities';
import { executeTransfer } from './execute';
import { checkLimits, limitsLeft, perTransferMax, smallerMayFit } from './limits';
import { audit } from './transfer-audit';
import { checkPin, PIN_ATTEMPTS, pinLocked, pinTriesLeft } from './pin';
import { needsApp, needsPin } from '../pipeline/transfer-policy';
import { CARD_OPTIONS } from './card-option-words';
import { transferSpeech } from './speech';
import type { ReadBackFact } from '../pipeline/facts';
import { ended, readBackOf, waiting } from './transfer-facts';
import { learnOutcomes, sameAs } from './unresolved';
import { sharedName } from './payee-match';
import { accountId } from '../kit/ids';
import { moneySources } from './money-sources';

/** What the dialog knows about the customer this turn. */
export interface TransferView {
  readonly accounts: readonly Account[];
  readonly payees: readonly Payee[];
}

/** What a question lists, in the order it says it, so "the second one" can be read. */
interface Listed {
  readonly ids?: readonly string[];
  /** Quick replies for text channels. */
  readonly choices?: readonly string[];
}

/** What a question says that a structured answer shows: the payees it may name, and its read-back. */
interface Shown {
  readonly payees?: readonly Payee[];
  readonly readBack?: ReadBackFact;
  /**
   * The amount is the bank's figure (a statement balance, the last transfer's amount), which the
   * customer named but never said: discreet mode keeps it out of the read-back too, as it keeps
   * it out of the question before. The customer chose it by name, so no digits were misheard.
   */
  readonly banksFigure?: boolean;
  /** Words that say a bank's figure by what it is ("You're paying your statement balance."), for discreet mode to say instead. */
  readonly quietly?: Quietly;
}

/** The steps whose question reads back the amount the customer is sending. */
const READ_BACKS: ReadonlySet<TransferStep> = new Set(['check-amount', 'check-duplicate', 'confirm']);


/** Asks one question of the dialog and remembers where the dialog stands. */
export async function question(ctx: LinkedContext, draft: TransferDraft, step: TransferStep, speech: string, listed: Listed = {}, shown: Shown = {}): Promise<Outcome> {
  // Answers not understood are counted per question: two missed at the read-back leave the PIN
  // prompt its own three, never one before giving up.
  if (draft.step !== step) draft.failures = 0;
  draft.step = step;
  draft.offered = listed.ids ? [...listed.ids] : undefined;
  if (listed.ids && (step === 'source' || step === 'target')) draft.accountChoices = { field: step === 'source' ? 'from' : 'to', ids: listed.ids.map(accountId) };
  await saveDraft(ctx.deps.store, draft, ctx.deps.transferPolicy.pendingTtlSeconds);
  ctx.conversation.awaiting = { kind: 'transfer', draftId: draft.id };
  const choices = ctx.turn.channel === 'text' ? listed.choices : undefined;
  // A question that says back the amount being sent is a read-back too: discreet mode keeps it.
  const readsBack = (READ_BACKS.has(step) || shown.readBack?.amount !== undefined) && !shown.banksFigure;
  // The payees are taught with every question, so a session that began with the transfer
  // itself, without a launch, hears "Lee" as well.
  const payees = shown.payees?.length ? { payees: payeeEntities(shown.payees) } : {};
  const quietly = shown.quietly && speech.includes(shown.quietly.said) ? { quietly: shown.quietly } : {};
  const asked: Outcome = ok({ type: 'ask', speech, reprompt: speech, ...(choices ? { choices } : {}), ...(readsBack ? { readBack: true as const } : {}), ...payees, ...quietly });
  return waiting(asked, { step, payees: shown.payees ?? [], ...(shown.readBack ? { readBack: shown.readBack } : {}), ...(listed.choices ? { choices: listed.choices } : {}) });
}

/** What the conversation does once a transfer ends with nothing sent: closes, or asks what else ("cancel" as against "stop"). */
export type AfterEnd = 'close' | 'go-on';

/** Ends the dialog with nothing sent: the draft is dropped, and an approval waiting in the app is withdrawn. */
export async function endTransfer(ctx: LinkedContext, draft: TransferDraft, speech: string, payees: readonly Payee[] = [], after: AfterEnd = 'close'): Promise<Outcome> {
  const left = await discardDraft(ctx, draft);
  ctx.conversation.awaiting = undefined;
  const said = left ? `${speech} ${left}` : speech;
  return ended(after === 'go-on' ? answerAndContinue(ctx, said) : tell(said), 'not-sent', payees);
}

/**
 * Ends the dialog with nothing sent, then asks whether to undo the transfer sent just before,
 * which the bank still holds ("cancel my last transfer" said while preparing another).
 */
export async function stopAndOfferUndo(ctx: LinkedContext, draft: TransferDraft, offer: Extract<Awaiting, { kind: 'undo-offer' }>, question: string): Promise<Outcome> {
  const t = transferSpeech(ctx.turn.locale);
  const left = await discardDraft(ctx, draft);
  ctx.conversation.awaiting = offer;
  return ended(ask([t.stoppedThisOne(), left, question].filter(Boolean).join(' '), question), 'not-sent');
}

/** Where the draft sends the money, when that is known. */
export function destination(draft: TransferDraft, view: TransferView): Destination | undefined {
  const payee = view.payees.find((p) => p.id === draft.payeeId);
  if (payee) return { payee };
  const account = view.accounts.find((a) => a.id === draft.toId);
  if (!account) return undefined;
  return draft.kind === 'card' && draft.cardOption ? { account, option: draft.cardOption } : { account };
}

/** The name the payees still in question share ("Anna" of Anna Schmidt and Anna Lee): what the customer said. */
export function candidatesName(draft: TransferDraft, view: TransferView): string | undefined {
  const names = view.payees.filter((p) => draft.candidates?.includes(p.id)).map((p) => p.name);
  return names.length > 1 ? sharedName(names) : undefined;
}

/**
 * A draft whose amount is the bank's figure: an option of the card's statement, or a payment
 * found in the history. An option is said by its name where discreet mode leaves the figure out.
 */
function banksFigureOf(draft: TransferDraft, t: TransferSpeech): Pick<Shown, 'banksFigure' | 'quietly'> {
  if (draft.cardOption !== undefined && draft.amount) return { banksFigure: true, quietly: { said: t.amountIs(draft.amount, draft.cardOption), instead: t.optionPaid(draft.cardOption) } };
  return draft.cardOption !== undefined || draft.fromHistory ? { banksFigure: true } : {};
}

/**
 * The PIN question with the transfer read back first: "say that again" or "how much was it?"
 * asked for the PIN. The amount the customer said is the one being sent, so discreet mode keeps
 * it; a figure of the bank's stays as quiet as at the read-back.
 */
export function askPinWithReadBack(ctx: LinkedContext, draft: TransferDraft, view: TransferView): Promise<Outcome> {
  const t = transferSpeech(ctx.turn.locale);
  const to = destination(draft, view);
  const from = view.accounts.find((a) => a.id === draft.fromId);
  if (!to || !from || !draft.amount) return advance(ctx, draft, view);
  // A figure the bank gave (a statement balance chosen by name) stays as discreet as at the read-back.
  return question(ctx, draft, 'pin', `${t.summary(draft.amount, to, from)} ${t.askPin()}`, {}, { payees: view.payees, readBack: readBackOf(draft.amount, to, from), ...banksFigureOf(draft, t) });
}

/** The accounts the money may come from: any that can send money, except where it goes. */
export const possibleSources = (draft: TransferDraft, accounts: readonly Account[]) => accounts.filter((a) => a.kind !== 'credit-card' && a.id !== draft.toId);

/** The account the money comes from: the one named, or the only one it can come from. */
export function sourceOf(draft: TransferDraft, view: TransferView): Account | undefined {
  const possible = possibleSources(draft, view.accounts);
  return view.accounts.find((a) => a.id === draft.fromId) ?? (possible.length === 1 ? possible[0] : undefined);
}

/** Asks how much, before any other question: the answer to "...or another amount?" that names no amount. */
export function askForAmount(ctx: LinkedContext, draft: TransferDraft, view: TransferView, prefix = ''): Promise<Outcome> {
  if (draft.kind === 'card') draft.otherAmount = true;
  const asked = transferSpeech(ctx.turn.locale).askAmount(destination(draft, view), candidatesName(draft, view));
  return question(ctx, draft, 'amount', [prefix, asked].filter(Boolean).join(' '), {}, { payees: view.payees });
}

/** What an answer changed, for advance to say back; `cardOption` when the card payment's option changed, whose amount advance looks up. */
export type Noted = Changed & { readonly cardOption?: boolean };

/**
 * Asks the next question of the transfer dialog, or sends the transfer when all is settled.
 * `changed` is what a correction just changed: said back first, except what the question itself
 * reads back (the amount check says the amount, the read-back says everything).
 */
export async function advance(ctx: LinkedContext, draft: TransferDraft, view: TransferView, prefix = '', changed: Noted = {}): Promise<Outcome> {
  const t = transferSpeech(ctx.turn.locale);
  const { deps } = ctx;
  const sources = moneySources(view.accounts);
  if (sources.length === 0) return endTransfer(ctx, draft, t.noTransferAccount());

  let noted: Changed = changed;
  // An amount read off the statement is the bank's figure, not one the customer said.
  let banksFigure = false;
  // A card payment with no amount yet reads the card's statement once: for the figure of the
  // option chosen, or, with none chosen (or nothing left of it), for the options to offer.
  const cardId = !draft.amount && draft.kind === 'card' ? draft.toId : undefined;
  const statement = cardId ? await deps.bank.cards?.statement(ctx.session, cardId) : undefined;
  if (cardId && draft.cardOption) {
    if (!statement) return ok({ type: 'tell', speech: ctx.speech.bankError({ kind: 'unsupported' }) });
    if (!statement.ok) return statement;
    const owed = view.accounts.find((a) => a.id === draft.toId)?.balance;
    const zero = { ...statement.value.statementBalance, minor: 0 };
    const figure = draft.cardOption === 'statement' ? statement.value.statementBalance : draft.cardOption === 'minimum' ? statement.value.minimumPayment : owed && owed.minor > 0 ? owed : zero;
    // Nothing left of that figure to pay (the bill was paid already): no payment of nothing is
    // read back; the statement is said to be paid, and the amount asked for.
    if (figure.minor > 0) {
      draft.amount = figure;
      // "Actually the full balance" after the minimum: the amount the new option stands for is said back.
      if (changed.cardOption) noted = { ...changed, amount: draft.amount, option: draft.cardOption };
      banksFigure = true;
    } else draft.cardOption = undefined;
  }
  const say = (s: string, unsaid: Changed = noted) => [prefix, t.changed(unsaid), s].filter(Boolean).join(' ');
  // Any question may follow a correction that lists the payees: all of them may be named. A
  // changed amount said back before the question is read back in it, unless it is the bank's
  // figure ("Okay, $498.23" for the statement balance), which discreet mode keeps quiet until the
  // read-back of the payment itself.
  const shown: Shown = {
    payees: view.payees,
    ...(noted.amount && !banksFigure ? { readBack: { amount: noted.amount } } : {}),
    ...banksFigureOf(draft, t),
  };
  if (!draft.amount && cardId) {
    // A statement paid already offers nothing to choose: the amount is asked for.
    if (statement?.ok && statement.value.statementBalance.minor === 0) prefix = [prefix, t.statementPaid()].filter(Boolean).join(' ');
    // "Another amount" was the answer to the options: asked again (after "um", "say that again", a
    // question in passing), the question is how much, never the options again.
    else if (draft.otherAmount) return askForAmount(ctx, draft, view, say(''));
    else if (statement?.ok) {
      const { statementBalance, minimumPayment } = statement.value;
      // All that is owed, where purchases since the statement make it more, is offered by name too.
      const owed = view.accounts.find((a) => a.id === cardId)?.balance;
      const whole = owed && owed.currency === statementBalance.currency && owed.minor > statementBalance.minor ? owed : undefined;
      return question(ctx, draft, 'card-option', say(t.askCardOption(statementBalance, minimumPayment, whole)), { ids: CARD_OPTIONS, choices: ['Statement balance', 'Minimum payment'] }, shown);
    }
  }
  // "Which one: Anna Schmidt or Anna Lee?", with the names the customer's words fitted.
  const choosePayee = () => {
    const candidates = view.payees.filter((p) => draft.candidates?.includes(p.id));
    const names = candidates.map((p) => p.name);
    draft.payeeChoices = candidates.map((p) => p.id);
    return question(ctx, draft, 'choose-payee', say(t.choosePayee(names)), { ids: candidates.map((p) => p.id), choices: names }, shown);
  };
  // "The same as last time" to one of two Annas: which one comes first, since the amount is hers.
  // So when the name they share is said again before the amount: the customer is saying which.
  if (!draft.amount && (draft.sameAsLast || draft.whichFirst) && draft.kind === 'payee' && draft.candidates?.length) return choosePayee();
  // "Everything" with the source not yet known: which account comes first, since the amount is all of it.
  if (!draft.amount && draft.wholeBalance) {
    const possible = possibleSources(draft, view.accounts);
    return question(ctx, draft, 'source', say(t.askSource(possible)), { ids: possible.map((a) => a.id) }, shown);
  }
  // "How much would you like to send to Anna Lee?" says the destination itself.
  if (!draft.amount) {
    const shared = candidatesName(draft, view);
    return question(ctx, draft, 'amount', say(t.askAmount(destination(draft, view), shared), { ...noted, to: undefined, toName: shared ? undefined : noted.toName }), {}, shown);
  }

  // Too much for a limit: nothing was sent, and the transfer waits for a smaller amount rather
  // than making the customer start again. A limit is said as soon as the amount is known, before
  // questions whose answers cannot help with it (to whom, from which account). Once an approval
  // waits in the app for this amount, the transfer ends instead, which withdraws that approval.
  const waitsInApp = draft.approvalId !== undefined;
  const customer = ctx.session.customer.id;
  const breach = await checkLimits(deps.store, deps.transferPolicy, customer, draft.amount, deps.clock.now());
  if (breach && (waitsInApp || !(await smallerMayFit(deps.store, deps.transferPolicy, customer, breach, draft.amount, deps.clock.now())))) {
    // The conversation goes on: a balance or a card question may still follow.
    return endTransfer(ctx, draft, say(t.overLimit(breach)), view.payees, 'go-on');
  }
  if (breach && breach !== 'hourly') {
    const max = breach === 'per-transfer' ? perTransferMax(deps.transferPolicy, draft.amount) : undefined;
    // Over today's cap, what it still allows is said, so the customer need not guess a smaller amount.
    const left = breach === 'daily' ? (await limitsLeft(deps.store, deps.transferPolicy, customer, draft.amount.currency, deps.clock.now())).leftToday : undefined;
    // The amount over the limit is dropped: what comes next ("from checking", words not
    // understood) is followed by "how much?", never by the limit said again for an amount gone.
    draft.amount = undefined;
    draft.cardOption = undefined;
    forgetBalanceShare(draft);
    draft.amountChecked = false;
    return question(ctx, draft, 'amount', say(t.overLimitAskAgain(breach, max, left)), {}, shown);
  }
  const to = destination(draft, view);
  if (!to) {
    if (draft.kind === 'payee' && draft.candidates?.length) return choosePayee();
    if (draft.kind === 'payee') return question(ctx, draft, 'payee', say(t.askPayee()), { choices: view.payees.map((p) => p.name) }, shown);
    const targets = view.accounts.filter((a) => a.id !== draft.fromId);
    return question(ctx, draft, 'target', say(t.askTarget(targets)), { ids: targets.map((a) => a.id) }, shown);
  }

  // The account the money goes to is never offered as the one it comes from.
  const possible = possibleSources(draft, view.accounts);
  const from = sourceOf(draft, view);
  if (!from) return question(ctx, draft, 'source', say(t.askSource(possible)), { ids: possible.map((a) => a.id) }, shown);
  draft.fromId = from.id;
  if (draft.amount.currency !== from.balance.currency) {
    draft.amount = undefined;
    return question(ctx, draft, 'amount', say(t.otherCurrency(from), { ...noted, amount: undefined }), {}, { payees: view.payees });
  }

  // Too much for the account: the transfer waits for a smaller amount or another account.
  if (compare(from.available ?? from.balance, draft.amount) < 0) {
    if (waitsInApp) return endTransfer(ctx, draft, say(t.insufficientFunds(from)), view.payees);
    return question(ctx, draft, 'amount', say(t.notEnoughAskAgain(from, possible.some((a) => a.id !== from.id))), {}, shown);
  }

  // "Pay 700 toward my card" when 612.40 is owed: allowed, and said, without the bank's figure.
  const card = draft.kind === 'card' ? view.accounts.find((a) => a.id === draft.toId) : undefined;
  const overpays = card !== undefined && card.balance.minor > 0 && compare(draft.amount, card.balance) > 0;
  const noteOverpaid = (s: string) => (overpays ? `${t.moreThanOwed()} ${s}` : s);
  const above = parseDecimal(deps.transferPolicy.confirmAbove, draft.amount.currency);
  const large = above.ok && compare(draft.amount, above.value) > 0;
  // The check of a word misheard ("fifty, not fifteen") is for an amount said: one read off the
  // bank (last time's amount, the statement) was never heard, and in discreet mode the check
  // would ask "is that right?" of an amount it does not say.
  const heard = !draft.fromHistory && draft.cardOption === undefined;
  const checksAmount = large || (heard && (isConfusable(draft.amount) || draft.saidAsPair === true));
  if (!draft.amountChecked && checksAmount) {
    return question(ctx, draft, 'check-amount', say(noteOverpaid(large ? t.checkLarge(draft.amount, optionOf(to)) : t.checkAmount(draft.amount)), { ...noted, amount: undefined }), { choices: ['Yes', 'No'] }, { ...shown, readBack: { amount: draft.amount } });
  }
  if (!draft.confirmed && !draft.duplicateChecked) {
    // Before the read-back: what became of transfers the bank had not confirmed, and a warning
    // when this one would repeat one that may still go through.
    const { said, open } = await learnOutcomes(ctx, view);
    const lead = [prefix, ...said].filter(Boolean).join(' ');
    const sayNow = (s: string) => (lead ? `${lead} ${s}` : s);
    // The same again: one the bank may still be taking, or one sent within the hour.
    const repeat = sameAs(open, draft) ? t.duplicateWarning(draft.amount, to) : (await repeatsRecent(ctx, draft)) ? t.sentAlready(draft.amount, to) : undefined;
    if (repeat) return question(ctx, draft, 'check-duplicate', sayNow(repeat), { choices: ['Yes', 'No'] }, { ...shown, readBack: readBackOf(draft.amount, to, from) });
    if (said.length) return question(ctx, draft, 'confirm', sayNow(t.confirm(draft.amount, to, from)), { choices: ['Yes', 'No'] }, { ...shown, readBack: readBackOf(draft.amount, to, from) });
  }
  // Said once: with the amount check when there was one.
  const readBack = checksAmount ? t.confirm(draft.amount, to, from) : noteOverpaid(t.confirm(draft.amount, to, from));
  if (!draft.confirmed) return question(ctx, draft, 'confirm', say(readBack, {}), { choices: ['Yes', 'No'] }, { ...shown, readBack: readBackOf(draft.amount, to, from) });

  if (needsPin(deps.transferPolicy) && !draft.pinVerified) {
    if (await pinLocked(deps.store, ctx.session.customer.id)) return endTransfer(ctx, draft, say(t.pinLocked()), view.payees);
    if (!(await deps.pins.hashFor(ctx.session.customer.id))) return endTransfer(ctx, draft, say(t.pinNotEnrolled()), view.payees);
    // Wrong tries of an earlier session still count toward the lock: the customer hears how many are left.
    const left = await pinTriesLeft(deps.store, ctx.session.customer.id);
    return question(ctx, draft, 'pin', say(t.askPin(left < PIN_ATTEMPTS ? left : undefined)), {}, shown);
  }
  if (needsApp(deps.transferPolicy)) {
    const approvals = deps.bank.approvals;
    if (!approvals) return endTransfer(ctx, draft, ctx.speech.bankError({ kind: 'unsupported' }));
    if (!draft.approvalId) {
      const target = 'payee' in to ? { kind: 'payee' as const, payeeId: to.payee.id } : { kind: 'own-account' as const, accountId: to.account.id };
      // The draft's key goes with the request, so asking again never leaves two payments waiting.
      const started = await approvals.start(ctx.session, { idempotencyKey: draft.idempotencyKey, from: from.id, to: target, amount: draft.amount });
      if (!started.ok && mayStillLand(started.error)) {
        await audit(ctx, draft, 'transfer-approval', 'uncertain');
        return question(ctx, draft, 'approval', say(t.approvalUnconfirmed()), { choices: ['Continue', 'Cancel'] }, shown);
      }
      if (!started.ok) return started;
      draft.approvalId = started.value.approvalId;
      await keepApprovalCopy(ctx.deps.store, draft);
      await audit(ctx, draft, 'transfer-approval', 'requested');
      return question(ctx, draft, 'approval', say(t.approvalSent()), { choices: ['Continue', 'Cancel'] }, shown);
    }
    const status = await approvals.status(ctx.session, draft.approvalId);
    if (!status.ok) return status;
    if (status.value.status === 'pending') return question(ctx, draft, 'approval', say(t.approvalPending()), { choices: ['Continue', 'Cancel'] }, shown);
    if (status.value.status !== 'approved') {
      // Refused or expired in the app: nothing waits there to withdraw.
      draft.approvalId = undefined;
      return endTransfer(ctx, draft, say(t.approvalRefused()), view.payees);
    }
  }
  return executeTransfer(ctx, draft, from, to, view.payees);
}

/**
 * Checks a spoken PIN for the draft, then carries on or explains. The draft is held (taken out
 * of the store) before the PIN's hash is computed, so of concurrent confirmations only one pays
 * for it and the others are told the transfer is handled; a wrong PIN saves the draft back, so
 * the customer can try again, and counts toward the lock as any wrong answer does.
 */
export async function answerPin(ctx: LinkedContext, draft: TransferDraft, view: TransferView, spoken: string, heardAsAmount = false): Promise<Outcome> {
  const t = transferSpeech(ctx.turn.locale);
  const mine = await holdDraft(ctx.deps.store, draft.id, ctx.session.customer.id);
  // Lost to another confirmation: the open question and the conversation stay, for the holder to settle.
  if (!mine) return ended(sayThenAskWhatNext(ctx, t.alreadyHandled()), 'already-handled');
  if (mine === UNREADABLE) {
    ctx.conversation.awaiting = undefined;
    return ended(tell(t.lostTrack()), 'not-sent');
  }
  const result = await checkPin(ctx.deps.store, ctx.deps.pins, ctx.session.customer.id, spoken);
  if (result === 'correct') {
    mine.pinVerified = true;
    const outcome = await advance(ctx, mine, view);
    // A bank error before anything was sent (a card statement, an approval's start): the draft
    // goes back for another try, and the PIN will be asked again.
    if (!outcome.ok) {
      mine.pinVerified = false;
      await saveDraft(ctx.deps.store, mine, ctx.deps.transferPolicy.pendingTtlSeconds);
    }
    return outcome;
  }
  if (result === 'wrong') {
    await audit(ctx, mine, 'pin-failed', 'wrong');
    // A number the platform heard as an amount ("make it 150") may have meant one: it counts as a
    // PIN all the same (else three-digit amounts would be free guesses), and the customer hears
    // how to send another amount instead.
    // A wrong answer leaves one try at least; tries sent at the same moment may have counted since.
    return question(ctx, mine, 'pin', t.wrongPin(Math.max(1, await pinTriesLeft(ctx.deps.store, ctx.session.customer.id)), heardAsAmount));
  }
  await audit(ctx, mine, 'pin-locked', result);
  return endTransfer(ctx, mine, result === 'locked' ? t.pinLocked() : t.pinNotEnrolled());
}
