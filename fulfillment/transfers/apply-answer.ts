/** Applies what a turn said to a draft and asks the next question, or explains what was wrong. */
import type { Payee } from '../banks/bank-types';
import { withAmountAdded } from './more-amount';
import type { LinkedContext, Outcome } from '../pipeline/intent-handler';
import { isHeard, type Turn } from '../pipeline/turn';
import { matchPayees } from './payee-match';
import { sameMoney } from '../kit/money';
import { advance, candidatesName, question, destination, type Noted, type TransferView } from './advance';
import type { TransferDraft, TransferStep } from './draft';
import { mergeSlots } from './slots';
import { homeCurrency } from './transfer-view';
import { transferSpeech } from './speech';
import { withdrawApproval } from './withdraw';
import { namesAnotherDay } from '../insights/period';
import { kindAskedFor, switchKind } from './switch-kind';
import { amountAsLastTime } from './same-amount';
import { payeePaidBefore } from './paid-before';
import { amountOfWholeBalance } from './whole-balance';
import { amountMostAllowed } from './most-allowed';
import { keepNextTransfer } from './next-transfer';
import { matchWords } from '../pipeline/word-match';
import { RECURRING_WORDS } from './recurring-words';
import { saysAmount } from './amount';
import { positionSlot } from '../pipeline/ordinal';
import { isDiscreet } from '../discreet/discreet-mode';

/** What the draft held before an answer, and the question it answered (none for the opening request). */
interface Before {
  readonly step: TransferStep | undefined;
  readonly amount: TransferDraft['amount'];
  readonly to: string | undefined;
  readonly fromId: TransferDraft['fromId'];
  readonly cardOption: TransferDraft['cardOption'];
  /** Everything else an answer may change: the kind of transfer and the payees to choose from. */
  readonly rest: string;
}

/** The field each question asks for. */
const ASKS: Partial<Record<TransferStep, 'amount' | 'to' | 'from'>> = { amount: 'amount', 'card-option': 'amount', payee: 'to', 'choose-payee': 'to', target: 'to', source: 'from' };

function before(ctx: LinkedContext, draft: TransferDraft): Before {
  const awaiting = ctx.conversation.awaiting;
  const answering = awaiting?.kind === 'transfer' && awaiting.draftId === draft.id;
  return { step: answering ? draft.step : undefined, amount: draft.amount, to: draft.payeeId ?? draft.toId, fromId: draft.fromId, cardOption: draft.cardOption, rest: restOf(draft) };
}

const restOf = (draft: TransferDraft) => JSON.stringify([draft.kind, draft.candidates ?? [], draft.wholeBalance ?? false, draft.halfBalance ?? false]);

/** What an answer said back, and whether it changed anything at all. */
interface Heard {
  readonly noted: Noted;
  /** The question asked stays open and the answer changed nothing: it was not understood. */
  readonly unheard: boolean;
  /** The answer changed nothing and named nothing back. */
  readonly same: boolean;
}

/**
 * What to say back after an answer: a field changed from one value to another, and, while the
 * question asked stays unanswered, a field the answer filled or named again ("from checking" to
 * "which Anna?", "Bob" again to "from which account?"), which would otherwise come back word for
 * word as if nothing was heard. A field filled by the answer to its own question is not said
 * back: the read-back will say it. An answer that leaves the question open and changes nothing
 * was not understood.
 */
function changedSince(was: Before, draft: TransferDraft, view: TransferView, slots: Turn['slots']): Heard {
  const to = draft.payeeId ?? draft.toId;
  const now = { amount: draft.amount, to, from: draft.fromId };
  const asked = was.step && ASKS[was.step];
  const unanswered = asked !== undefined && now[asked] === undefined;
  // A payee named to a card payment or a move between own accounts is not where that money goes.
  const named = { amount: isHeard(slots.amount), to: draft.kind === 'payee' ? isHeard(slots.payee) : isHeard(slots.to), from: isHeard(slots.from) || isHeard(slots.account) };
  // The amount check says only the amount: an account or payee said to it, new or named again, is
  // said back, or the check would come again word for word, as if nothing was heard.
  const saysBack = unanswered || was.step === 'check-amount';
  const said = (old: unknown, value: unknown, differs: boolean, again: boolean) => value !== undefined && (old === undefined ? saysBack : differs || (saysBack && again));
  const amountDiffers = Boolean(was.amount && draft.amount && !sameMoney(was.amount, draft.amount));
  let noted: Noted = {
    amount: said(was.amount, draft.amount, amountDiffers, named.amount) ? draft.amount : undefined,
    to: said(was.to, to, was.to !== to, named.to) ? destination(draft, view) : undefined,
    from: said(was.fromId, draft.fromId, was.fromId !== draft.fromId, named.from) ? view.accounts.find((a) => a.id === draft.fromId) : undefined,
    // An option for the card payment, chosen or changed: its amount is looked up, then said back.
    // "What's the minimum", to the question of options or as a request, may be heard as choosing
    // it, and the customer hears the amount at once, not only at the read-back.
    cardOption: Boolean(draft.cardOption && draft.cardOption !== was.cardOption),
  };
  // "To Anna" to "how much?": the Annas are asked about once there is an amount; till then the
  // name they share is said back, so the customer knows it was heard.
  const shared = candidatesName(draft, view);
  if (unanswered && asked !== 'to' && shared && was.rest !== restOf(draft)) noted = { ...noted, toName: shared };
  const unchanged = !amountDiffers && was.to === to && was.fromId === draft.fromId && was.cardOption === draft.cardOption && was.rest === restOf(draft) && (was.amount === undefined) === (draft.amount === undefined);
  const saidBack = Boolean(noted.amount || noted.to || noted.toName || noted.from);
  return { noted, unheard: unanswered && unchanged && !saidBack, same: unchanged && !saidBack && !noted.cardOption };
}

/**
 * Merges the turn's slots (or the slots the dialog read them as) into the draft, then moves the
 * dialog on, saying back what changed. A change after the app approval was asked for withdraws
 * that approval first.
 */
export async function applyAnswer(ctx: LinkedContext, draft: TransferDraft, view: TransferView, said: Turn['slots'] = ctx.turn.slots): Promise<Outcome> {
  const t = transferSpeech(ctx.turn.locale);
  // "Add twenty" to the statement balance or to last time's amount in discreet mode: the total
  // said back would give away the figure kept quiet. Nothing changes; a whole amount is asked for.
  const banksFigure = draft.cardOption !== undefined || draft.fromHistory === true;
  const adds = banksFigure && isHeard(said.more) && saysAmount(said);
  if (adds && (await isDiscreet(ctx.deps.store, ctx.session.customer.id))) return advance(ctx, draft, view, t.wholeAmountDiscreet());
  // "Add ten", "ten more": the sum with the amount asked for, never the ten alone.
  const slots = withAmountAdded(said, draft.amount, ctx.turn.locale, homeCurrency(view));
  const asked = { approvalId: draft.approvalId, orderKey: draft.idempotencyKey };
  const was = before(ctx, draft);
  // "Actually, pay my credit card bill" while sending to Bob: the draft becomes that kind first,
  // and where the money was to go is said as dropped, so the customer never loses a transfer unsaid. A correction that names the new place ("no, to
  // my savings instead") keeps the rest and says it in the read-back.
  const wasGoing = destination(draft, view);
  const kind = kindAskedFor(draft, ctx.turn);
  const switched = kind ? switchKind(draft, kind, view.accounts) : false;
  const dropped = switched && wasGoing ? t.droppedFor(wasGoing) : undefined;
  const asksToPayCard = ctx.turn.intent === 'PayCard';
  const namesPayee = ctx.turn.intent === 'ProvidePayee';
  // "The one I paid last time": the payee the history names, as if it had been said.
  const paid = await payeePaidBefore(ctx, draft, view, slots);
  const problem = mergeSlots(draft, { slots: paid?.slots ?? slots, locale: ctx.turn.locale, currency: homeCurrency(view), payees: view.payees, accounts: view.accounts, asksToPayCard, namesPayee });
  // "The same as last time": the amount of the last transfer to the payee, once the payee is known.
  const lastTime = problem ? undefined : await amountAsLastTime(ctx, draft, view, slots);
  // "Everything": the whole balance of the source, once the source is known.
  const whole = problem ? undefined : await amountOfWholeBalance(ctx, draft, view, slots);
  // "The maximum": the most the limits allow now, said in a sentence of its own.
  const most = problem ? undefined : await amountMostAllowed(ctx, draft, view, slots);
  const withdrawn = draft.approvalId === asked.approvalId ? undefined : await withdrawApproval(ctx, draft, asked.approvalId, asked.orderKey);
  // "Send Bob fifty dollars tomorrow", "on the 5th" (heard as a day gone by): nothing is scheduled,
  // and the customer hears so before the read-back.
  const later = namesAnotherDay(slots.when?.value, ctx.deps.clock.now()) ? t.onlyRightAway() : undefined;
  // "Every month": one transfer now, and the customer hears that no standing order is set up.
  const repeating = matchWords(slots.recurring, RECURRING_WORDS[ctx.turn.locale]).kind === 'matched' ? t.onlyOnce() : undefined;
  // Said once the transfer was read back ("do it tomorrow" at the PIN prompt), it takes back the
  // yes: the customer wanted it later, so sending now is asked again.
  if (later || repeating) draft.confirmed = false;
  // "Twenty to Anna and thirty to Bob": the first is prepared, and the customer hears the second waits for them.
  // Only a second amount, or a second payee the customer has, is a second transfer: a word the
  // platform put in the second payee's slot ("frau" of "an Frau Müller") is not.
  // The second payee is named back only when the words fit one payee alone.
  // A name heard in two parts ("Marie Garcia" as "marie" and "garcia") that fit the same payee is one payee, not two transfers.
  const heardSecond = isHeard(slots.nextPayee) ? matchPayees(slots.nextPayee.value, view.payees) : [];
  // "Send Anna, Anna Lee twenty dollars", "der Anna, der Anna Schneider": the name begun again, with no
  // second amount, is the same person said more fully, never a second transfer.
  const among = (id: Payee['id']) => id === draft.payeeId || (draft.candidates ?? []).includes(id);
  const restarted = !isHeard(slots.nextAmount) && heardSecond.length > 0 && heardSecond.every((p) => among(p.id));
  if (restarted && heardSecond.length === 1 && heardSecond[0] && draft.candidates) {
    draft.payeeId = heardSecond[0].id;
    draft.candidates = undefined;
  }
  const seconds = restarted ? [] : heardSecond;
  // Named back only when it was kept: one already waiting, or one to the same payee, is left for the customer to ask for.
  const kept = seconds.length === 1 && seconds[0] ? await keepNextTransfer(ctx, draft, view, seconds[0], slots) : false;
  // "Forty or fifty", "fifty... or maybe forty", "forty to fifty dollars": two amounts and no
  // second payee leave the amount open. Neither is taken; the customer hears why the amount is asked.
  // "Pay half of the statement", "the minimum, fifty": an option of the card and an amount in one
  // breath name two amounts; neither is taken, and the customer is asked, never paid either blind.
  const optionAndAmount = draft.kind === 'card' && isHeard(slots.option) && saysAmount(slots);
  const twoAmounts = (isHeard(slots.nextAmount) && !isHeard(slots.nextPayee)) || optionAndAmount;
  // An option said with an amount that could not be read ("half" of the statement) is not taken either.
  if (twoAmounts && (!problem || optionAndAmount)) {
    draft.amount = undefined;
    draft.cardOption = undefined;
    draft.confirmed = false;
  }
  // An amount that could not be read says so itself.
  const another = twoAmounts ? (problem ? undefined : t.twoAmounts()) : seconds.length > 0 || isHeard(slots.nextAmount) ? t.oneAtATime(kept ? seconds[0]?.name : undefined) : undefined;
  const left = [dropped, withdrawn, paid?.said, later, repeating, another, lastTime, whole, most].filter(Boolean).join(' ');
  const next = (said?: string) => advance(ctx, draft, view, [left, said].filter(Boolean).join(' '));
  // "Anna" again, or "Anna L" heard as "Anna", to "how much to Anna?": the customer is telling
  // which Anna, and "which one?" is asked now rather than "didn't get that".
  if (!problem && was.step === 'amount' && draft.kind === 'payee' && isHeard(slots.payee) && !draft.amount && (draft.candidates?.length ?? 0) > 1 && was.rest === restOf(draft)) {
    draft.whichFirst = true;
    return next();
  }
  // "The second one" to "how much to Anna?" before the Annas were read out: there is no list to
  // count on yet, so which Anna is asked now, naming them, rather than "didn't get that".
  if (!problem && was.step === 'amount' && draft.kind === 'payee' && !draft.payeeId && (draft.candidates?.length ?? 0) > 1 && positionSlot(slots) && (draft.offered?.length ?? 0) === 0) {
    draft.whichFirst = true;
    return next();
  }
  if (!problem) {
    const { noted, unheard, same } = changedSince(was, draft, view, slots);
    // "The same as last time" with nothing to find was heard: what was not found is said instead.
    // A second transfer said alone ("also send Tom ten pounds") was heard: the one-at-a-time word says so.
    // So was a later day ("do it tomorrow"): that money goes right away is said, and the question put again.
    if (unheard && !lastTime && !paid && !whole && !most && !another && !later && !repeating) return next(t.didNotGet());
    // "Send it", "do the transfer", "mach", or the account it already has, to "shall I send it?":
    // nothing changes, and the read-back said again word for word would sound unheard. The customer
    // hears that it stands and how to send it; only a yes sends. An amount said again ("sixty, not
    // fifty") is checked again as any amount said.
    const amountSaid = isHeard(slots.amount) || isHeard(slots.number) || isHeard(slots.notAmount);
    if (same && was.step === 'confirm' && !left && !amountSaid) return advance(ctx, draft, view, t.asItStands());
    draft.failures = 0;
    draft.saidNo = undefined;
    draft.saidYes = undefined;
    // The whole balance found, or the most allowed, is said in a sentence of its own: not again as a changed amount.
    return advance(ctx, draft, view, left, whole || most ? { ...noted, amount: undefined } : noted);
  }
  if (problem.kind === 'no-payee') {
    draft.payeeId = undefined;
    draft.candidates = undefined;
    if (view.payees.length === 0) return next(t.noPayees());
    const unknown = t.noSuchPayee(problem.heard, view.payees.map((p) => p.name));
    // The payee not found is what the customer hears about, so who it is goes first: "how much?"
    // after "I couldn't find Jessica" would leave the name they gave hanging.
    if (!draft.amount && draft.kind === 'payee') {
      return question(ctx, draft, 'payee', [left, unknown, t.askPayee()].filter(Boolean).join(' '), { choices: view.payees.map((p) => p.name) });
    }
    return next(unknown);
  }
  if (problem.kind === 'only-one-named') return next(t.onlyOneNamed(problem.name));
  if (problem.kind === 'same-account') return next(t.sameAccount());
  if (problem.kind === 'was-target') return next(t.wasTarget());
  if (problem.kind === 'is-target') return next(t.isTarget());
  if (problem.kind === 'no-such-choice') return next(problem.only ? t.onlyChoices(problem.only) : t.didNotGet());
  if (problem.kind === 'none-chosen') return next(t.noneChosen());
  if (problem.kind === 'not-a-source') return next(t.notASource());
  const currency = homeCurrency(view);
  if (problem.problem === 'not-positive') return next(t.amountAboveZero());
  if (problem.problem === 'rough') return next(t.exactAmount());
  return next(problem.problem === 'other-currency' ? t.onlyCurrency(currency) : t.unreadableAmount());
}
