/**
 * Undoing transfers while the bank still holds them. A cancel that names nothing ("cancel that
 * transfer", a yes to "cancel the transfer you just made?") means the transfer made last, and
 * only that one: where it can no longer be undone, nothing else is cancelled in its place. An
 * earlier one is named by its payee ("cancel the one to Bob", done at once) or by its place
 * ("cancel the first one", "cancel both", "the other one too", each asked first, naming whom).
 * A record is consumed before the bank is asked, so two cancels never both reach the bank, and
 * kept again when the bank did not answer, so that "try again" can.
 */
import type { Payee } from '../banks/bank-types';
import type { TransferStatus } from '../banks/transfer-types';
import { mayHaveActed, type BankError } from '../banks/bank-error';
import { learnOutcomes } from './unresolved';
import { ok } from '../kit/result';
import type { Awaiting } from '../pipeline/awaiting';
import type { LinkedContext, Outcome } from '../pipeline/intent-handler';
import { releaseLimits } from './limits';
import { matchPayees } from './payee-match';
import { isHeard, type SlotValue, type Turn } from '../pipeline/turn';
import { heardAsWords } from '../pipeline/word-match';
import { ordinalOf, positionSlot } from '../pipeline/ordinal';
import { answerAndContinue, ask, markAnythingElse } from '../pipeline/reply-builders';
import { transferSpeech } from './speech';
import type { UndoTarget } from './speech/catalog';
import { ended } from './transfer-facts';
import { claimUndo, openUndos, restoreUndo, undoRecordOf, undoState, type MadeTransfer, type UndoRecord, type UndoState } from './undo-records';

export { keepForUndo, undoKey, type UndoRecord } from './undo-records';

/** The transfer made last, with its undo record while it can still be undone by voice. */
function lastMade(state: UndoState): { readonly made: MadeTransfer | undefined; readonly record: UndoRecord | undefined } {
  const made = state.made.at(-1);
  return { made, record: made?.transferId ? state.open.find((r) => r.transferId === made.transferId) : undefined };
}

/** The customer's transfers made lately, and those that can still be undone. */
const stateOf = (ctx: LinkedContext) => undoState(ctx.deps.store, ctx.session.customer.id);

/** Whether a cancel names which transfer it means: by payee, by place, "the other one", "both". */
export function namesATransfer(slots: Turn['slots']): boolean {
  const { payee, ordinal, position, otherOne, both } = slots;
  return [payee, ordinal, position, otherOne, both].some(isHeard);
}

/**
 * "Do you want me to cancel the transfer you just made?", bound to that transfer by its id, so a
 * yes never cancels another; undefined when the transfer made last can no longer be undone.
 */
export async function undoOffer(ctx: LinkedContext): Promise<Extract<Awaiting, { kind: 'undo-offer' }> | undefined> {
  if (!ctx.deps.bank.transfers?.cancel) return undefined;
  const { record } = lastMade(await stateOf(ctx));
  return record ? { kind: 'undo-offer', transferIds: [record.transferId] } : undefined;
}

/**
 * The offer put a question or more after the transfer, when "the transfer you just made" is no
 * longer plain: "Do you want me to cancel your last transfer, the one to Anna Smith?".
 */
export async function laterUndoQuestion(ctx: LinkedContext, offer: Extract<Awaiting, { kind: 'undo-offer' }>): Promise<string> {
  const id = offer.transferIds?.[0];
  const record = id ? await undoRecordOf(ctx.deps.store, ctx.session.customer.id, id) : undefined;
  const to = record ? targetOf(await payeesOf(ctx))(record).to : undefined;
  return transferSpeech(ctx.turn.locale).offerUndoOfLast(to);
}

/**
 * "Cancel" with no transfer named, while the last transfer can still be undone: whether that
 * transfer is meant is asked, and the offer waits for the answer; undefined when there is none to
 * offer (or the channel is an assistant's, whose conversation is one request).
 */
export async function askToUndoLast(ctx: LinkedContext): Promise<Outcome | undefined> {
  const offer = ctx.turn.channel !== 'assistant' ? await undoOffer(ctx) : undefined;
  if (!offer) return undefined;
  ctx.conversation.awaiting = offer;
  return ask(await laterUndoQuestion(ctx, offer));
}

/** How an undoable transfer is named aloud: by its payee, or by its amount where it went to none. */
const targetOf =
  (payees: readonly Payee[]) =>
  (r: Pick<UndoRecord, 'payeeId'> & { readonly amount?: UndoRecord['amount'] }): UndoTarget => {
    const payee = payees.find((p) => p.id === r.payeeId);
    return { ...(r.amount ? { amount: r.amount } : {}), ...(payee ? { to: payee.name } : {}) };
  };

/** The customer's payees, none where the bank lists none. */
async function payeesOf(ctx: LinkedContext): Promise<readonly Payee[]> {
  const listed = await ctx.deps.bank.payees?.list(ctx.session);
  return listed?.ok ? listed.value : [];
}

/** The open records whose payee a slot names, and the payees it names; undefined when it names none. */
function namedIn(named: SlotValue | undefined, records: readonly UndoRecord[], payees: readonly Payee[]): { readonly hits: UndoRecord[]; readonly matched: readonly Payee[] } | undefined {
  if (!isHeard(named)) return undefined;
  const matched = matchPayees(named.value, payees);
  return { hits: records.filter((r) => matched.some((p) => p.id === r.payeeId)), matched };
}

/** Whether words name the payee of a transfer that can still be undone. */
export async function namesAnOpenTransfer(ctx: LinkedContext, slot: SlotValue | undefined): Promise<boolean> {
  if (!isHeard(slot)) return false;
  const records = await openUndos(ctx.deps.store, ctx.session.customer.id);
  return records.length > 0 && (namedIn(slot, records, await payeesOf(ctx))?.hits.length ?? 0) > 0;
}

/**
 * "That was supposed to go to Tom" right after the transfer to Tom: "cancel Tom's transfer" heard
 * in the slot of the payee meant, or "good, it went where it should". The words cannot tell which,
 * so whether to cancel it is asked; undefined when they name another transfer than the one made
 * last (an earlier one is no confirmation), or the channel is an assistant's.
 */
export async function askToUndoNamed(ctx: LinkedContext, slot: SlotValue | undefined): Promise<Outcome | undefined> {
  if (ctx.turn.channel === 'assistant' || !isHeard(slot)) return undefined;
  const last = lastMade(await stateOf(ctx)).record;
  const hit = last ? namedIn(slot, [last], await payeesOf(ctx))?.hits[0] : undefined;
  if (!hit) return undefined;
  const offer: Extract<Awaiting, { kind: 'undo-offer' }> = { kind: 'undo-offer', transferIds: [hit.transferId] };
  ctx.conversation.awaiting = offer;
  return ask(await laterUndoQuestion(ctx, offer));
}

/** The transfer a mistake said or asked about is about, with whom it went to and the payees the words name. */
export interface TransferInQuestion {
  readonly record: UndoRecord;
  readonly to?: string;
  /** The payees the words name ("the wrong Anna": every Anna), none where they name none. */
  readonly named: readonly Payee[];
  /** Whether it is the transfer made last. */
  readonly last: boolean;
}

/**
 * The transfer "was that the wrong Anna?", "I sent it to the wrong Anna" are about: the latest one
 * to a payee the words name that can still be undone, or, naming none, the one made last while it
 * can; undefined when there is none, so what a cancel would say about it can be said instead.
 */
export async function transferInQuestion(ctx: LinkedContext, said: SlotValue | undefined): Promise<TransferInQuestion | undefined> {
  const state = await stateOf(ctx);
  const payees = await payeesOf(ctx);
  const { made, record: last } = lastMade(state);
  const named = namedIn(said, state.open, payees);
  const record = named ? named.hits.at(-1) : last;
  if (!record) return undefined;
  const to = targetOf(payees)(record).to;
  return { record, ...(to ? { to } : {}), named: named?.matched ?? [], last: record.transferId === made?.transferId };
}

/**
 * "Cancel the transfer to Bob" while a transfer to Maria is being prepared, when one to Bob can
 * still be undone: the one sent is meant, not the one being prepared.
 */
export async function namesTheSentTransfer(ctx: LinkedContext, preparedPayeeId: string | undefined): Promise<boolean> {
  if (!isHeard(ctx.turn.slots.payee)) return false;
  const records = (await openUndos(ctx.deps.store, ctx.session.customer.id)).filter((r) => r.payeeId && r.payeeId !== preparedPayeeId);
  if (records.length === 0) return false;
  const named = namedIn(ctx.turn.slots.payee, records, await payeesOf(ctx));
  return Boolean(named && named.hits.length > 0 && (preparedPayeeId === undefined || !named.matched.some((p) => p.id === preparedPayeeId)));
}

/** Which undoable transfers a turn means: cancelled at once, asked about first, or none, said why. */
type Choice =
  | { readonly kind: 'cancel'; readonly records: readonly UndoRecord[]; readonly named: boolean }
  | { readonly kind: 'ask'; readonly records: readonly UndoRecord[]; readonly speech: string }
  | { readonly kind: 'say'; readonly speech: string };

/**
 * Reads the turn against the open records (oldest first, at least one). A payee named picks the
 * latest one to them; nothing named, or "the last one", the transfer made last, if it is open. A
 * place in a list the skill never read out ("the first one", "both") is asked about by name first.
 * Only where the transfer made last is no longer open is the bank asked how it stands.
 */
async function choose(ctx: LinkedContext, state: UndoState, payees: readonly Payee[]): Promise<Choice> {
  const t = transferSpeech(ctx.turn.locale);
  const target = targetOf(payees);
  const records = state.open;
  const { made, record: last } = lastMade(state);
  const lastTo = payees.find((p) => p.id === made?.payeeId)?.name;
  const named = namedIn(ctx.turn.slots.payee, records, payees);
  if (named) {
    // "Cancel the transfer to Anna" with open transfers to two Annas: neither is guessed. Nothing is
    // cancelled, and the customer hears which can be, by their full names.
    const perPayee = [...new Map(named.hits.map((r) => [r.payeeId, r])).values()];
    if (perPayee.length > 1) return { kind: 'say', speech: `${t.namesMoreThanOne(heardAsWords(ctx.turn.slots.payee?.value ?? ''))} ${t.openOnes(perPayee.map(target))}` };
    const hit = named.hits.at(-1);
    if (hit) return { kind: 'cancel', records: [hit], named: true };
    // Said back by the payee's name where the words name one payee, else as heard.
    const said = named.matched.length === 1 && named.matched[0] ? named.matched[0].name : heardAsWords(ctx.turn.slots.payee?.value ?? '');
    return { kind: 'say', speech: t.noneOpenTo(said, lastTo) };
  }
  const { otherOne, both } = ctx.turn.slots;
  const place = positionSlot(ctx.turn.slots);
  const count = records.length;
  const index = isHeard(place) ? ordinalOf(place, count) : undefined;
  // "The last one" names the end of the list whatever its length: one more item moves it along.
  const theLast = index !== undefined && ordinalOf(place, count + 1) === count;
  if ((!isHeard(place) || theLast) && !isHeard(otherOne) && !isHeard(both)) {
    if (last) return { kind: 'cancel', records: [last], named: false };
    // "Cancel that transfer" said again once it is cancelled: it is said cancelled, never "can no longer be cancelled".
    const lastSaid = made && (await cancelledAtBank(ctx, made)) ? t.alreadyCancelled([target(made)]) : t.lastNotOpen(lastTo);
    return { kind: 'say', speech: `${lastSaid} ${t.openOnes(records.map(target))}` };
  }
  if (count === 1) return { kind: 'ask', records, speech: t.onlyOneOpen(target(records[0] as UndoRecord)) };
  const meant = isHeard(both) ? records : isHeard(otherOne) ? records.slice(-2, -1) : index !== undefined ? records.slice(index, index + 1) : [];
  if (meant.length === 0) return { kind: 'say', speech: t.openOnes(records.map(target)) };
  return { kind: 'ask', records: meant, speech: t.confirmUndo(meant.map(target)) };
}

/** How the bank says a transfer made stands, by its key; undefined where the bank cannot say. */
async function statusAtBank(ctx: LinkedContext, made: MadeTransfer | undefined): Promise<TransferStatus | undefined> {
  const transfers = ctx.deps.bank.transfers;
  if (!made || !transfers) return undefined;
  const status = await transfers.status(ctx.session, made.key);
  return status.ok ? status.value.status : undefined;
}

/** Whether the bank says a transfer made is cancelled: by an undo a moment ago, in its app, or in another session. */
async function cancelledAtBank(ctx: LinkedContext, made: MadeTransfer | undefined): Promise<boolean> {
  return (await statusAtBank(ctx, made)) === 'cancelled';
}

/** What became of each transfer a cancel was for. */
interface Cancelled {
  readonly cancelled: UndoRecord[];
  /** Cancelled before, in another session or at the bank: the money is back. */
  readonly already: { readonly payeeId?: string }[];
  /** The bank took the request but has not cancelled it yet. */
  readonly asked: UndoRecord[];
  readonly sent: { readonly payeeId?: string; readonly amount?: UndoRecord['amount'] }[];
  readonly failed: UndoRecord[];
  /** A cancel the bank may have carried out, and the bank cannot say now whether it did. */
  readonly unsure: UndoRecord[];
  failure?: BankError;
}

/** Asks the bank to cancel each record's transfer; a refusal is checked against the order's status. */
async function cancelAtBank(ctx: LinkedContext, records: readonly UndoRecord[], into: Cancelled): Promise<void> {
  const transfers = ctx.deps.bank.transfers;
  const cancel = transfers?.cancel;
  if (!transfers || !cancel) return;
  const customer = ctx.session.customer.id;
  for (const wanted of records) {
    const record = await claimUndo(ctx.deps.store, customer, wanted.transferId);
    if (!record) continue;
    const result = await cancel.call(transfers, ctx.session, record.transferId);
    await ctx.deps.audit.record({ at: ctx.deps.clock.now().toISOString(), customerId: customer, action: 'transfer-cancel', outcome: result.ok ? result.value.status : `refused:${result.error.kind}`, reference: record.transferId, platform: ctx.turn.platform });
    // Refused: cancelled before (in the bank's app), or sent; the order's status says which.
    const status = !result.ok && result.error.kind === 'rejected' && record.key ? await transfers.status(ctx.session, record.key) : undefined;
    const now = result.ok ? result.value.status : status?.ok ? status.value.status : undefined;
    if (now === 'cancelled') {
      await releaseLimits(ctx.deps.store, customer, record.amount, new Date(record.at));
      (result.ok ? into.cancelled : into.already).push(record);
    } else if (result.ok && now === 'pending') into.asked.push(record);
    else if (result.ok || result.error.kind === 'rejected') into.sent.push(record);
    else await unanswered(ctx, record, result.error, into);
  }
}

/**
 * A cancel the bank did not answer. One it may have carried out all the same (its answer lost)
 * is checked against the order's status, so a cancelled transfer is never said to be on its way;
 * where the bank cannot say, that is said. A record not settled is kept again, so asking again
 * can cancel it (or hear it was cancelled already).
 */
async function unanswered(ctx: LinkedContext, record: UndoRecord, error: BankError, into: Cancelled): Promise<void> {
  const customer = ctx.session.customer.id;
  const status = mayHaveActed(error) && record.key ? await ctx.deps.bank.transfers?.status(ctx.session, record.key) : undefined;
  const now = status?.ok ? status.value.status : undefined;
  if (now === 'cancelled') {
    await releaseLimits(ctx.deps.store, customer, record.amount, new Date(record.at));
    into.cancelled.push(record);
    return;
  }
  if (now === 'completed') {
    into.sent.push(record);
    return;
  }
  await restoreUndo(ctx.deps.store, customer, record, ctx.deps.clock.now());
  into.failure ??= error;
  // Still pending is sure only when the cancel has ended at the bank: one the skill stopped
  // waiting for (abandoned) may still cancel it a moment later.
  const abandoned = error.kind === 'timeout' && error.abandoned === true;
  if (mayHaveActed(error) && !(now === 'pending' && !abandoned)) into.unsure.push(record);
  else into.failed.push(record);
}

/**
 * The transfers made, after the bank is asked again about the last one where it had not confirmed
 * it: confirmed now, it has its undo window; `unconfirmed` when the bank still cannot say; `said`,
 * what was learnt (a transfer not made, among them).
 */
async function withLastLearnt(ctx: LinkedContext, state: UndoState, payees: readonly Payee[]): Promise<{ readonly state: UndoState; readonly unconfirmed: boolean; readonly said: readonly string[] }> {
  const last = lastMade(state).made;
  if (!last || last.transferId) return { state, unconfirmed: false, said: [] };
  const { said, open } = await learnOutcomes(ctx, { accounts: [], payees });
  return { state: await stateOf(ctx), unconfirmed: open.some((u) => u.idempotencyKey === last.key), said };
}

/**
 * "Cancel that" with nothing the bank still lets be cancelled: the transfer made last as the bank
 * has it, cancelled already, never made, or gone out, rather than "no recent transfer" about one
 * minutes old.
 * A cancel that names another transfer, or a customer with none made lately, hears that there is none.
 */
async function noneOpen(ctx: LinkedContext, state: UndoState, payees: readonly Payee[]): Promise<string> {
  const t = transferSpeech(ctx.turn.locale);
  const last = lastMade(state).made;
  // "The last one" is this one; a payee or a place in a list may name another.
  const { payee, ordinal, otherOne, both } = ctx.turn.slots;
  if (!last || [payee, ordinal, otherOne, both].some(isHeard)) return t.nothingToUndo();
  const target = targetOf(payees)(last.payeeId ? { payeeId: last.payeeId } : {});
  const now = await statusAtBank(ctx, last);
  if (now === 'cancelled') return t.alreadyCancelled([target]);
  // One the bank never made (refused after it was left unconfirmed) is no transfer "already sent".
  const paid = payees.find((p) => p.id === last.payeeId);
  if (now === 'rejected') return t.earlierNotSent(paid ? { payee: paid } : undefined);
  return t.tooLateFor([target]);
}

/** Where transfers agreed to be cancelled were no longer open at the yes: cancelled meanwhile, or gone out. */
async function settledMeanwhile(ctx: LinkedContext, ids: readonly string[], made: readonly MadeTransfer[], into: Cancelled): Promise<void> {
  for (const id of ids) {
    const m = made.find((x) => x.transferId === id);
    const who = m?.payeeId ? { payeeId: m.payeeId } : {};
    if (await cancelledAtBank(ctx, m)) into.already.push(who);
    else into.sent.push(who);
  }
}

/**
 * Cancels the transfers a turn means (or, with `ids`, the ones a yes agreed to) at the bank, each
 * once: every undo record is consumed by the first caller, on any instance.
 */
export async function undoTransfers(ctx: LinkedContext, ids?: readonly string[]): Promise<Outcome> {
  return (await undone(ctx, ids)).outcome;
}

/** What undoTransfers answers, with the records of the transfers it cancelled. */
export async function undone(ctx: LinkedContext, ids?: readonly string[]): Promise<{ readonly outcome: Outcome; readonly cancelled: readonly UndoRecord[] }> {
  const t = transferSpeech(ctx.turn.locale);
  const none = (outcome: Outcome) => ({ outcome, cancelled: [] });
  if (!ctx.deps.bank.transfers?.cancel) return none(ok({ type: 'tell', speech: ctx.speech.bankError({ kind: 'unsupported' }) }));
  const payees = await payeesOf(ctx);
  const learnt = await withLastLearnt(ctx, await stateOf(ctx), payees);
  const { state } = learnt;
  const records = state.open;
  // The transfer made last, meant by a cancel that names none, is one the bank has not confirmed:
  // it cannot be cancelled yet, which is no "too late"; or it is now known not to have been made.
  const last = lastMade(state);
  if (!ids && last.made && !last.record && !namesATransfer(ctx.turn.slots)) {
    if (learnt.unconfirmed) return none(ended(answerAndContinue(ctx, t.notConfirmedToCancel(targetOf(payees)(last.made))), 'not-undone'));
    if (learnt.said.length > 0 && !last.made.transferId) return none(ended(answerAndContinue(ctx, learnt.said.join(' ')), 'not-undone'));
  }
  const result: Cancelled = { cancelled: [], already: [], asked: [], sent: [], failed: [], unsure: [] };
  const agreed = ids ? records.filter((r) => ids.includes(r.transferId)) : undefined;
  if (ids && agreed) await settledMeanwhile(ctx, ids.filter((id) => !agreed.some((r) => r.transferId === id)), state.made, result);
  if (!agreed && records.length === 0) return none(ended(answerAndContinue(ctx, await noneOpen(ctx, state, payees)), 'not-undone'));
  // A yes to "cancel the transfer you just made?" is about the last one, and says so.
  const justTheLast = agreed?.length === 1 && agreed[0]?.transferId === lastMade(state).made?.transferId;
  const choice: Choice = agreed ? { kind: 'cancel', records: agreed, named: !justTheLast } : await choose(ctx, state, payees);
  if (choice.kind === 'say') return none(ended(answerAndContinue(ctx, choice.speech), 'not-undone'));
  const mentioned = (rs: readonly { readonly payeeId?: string }[]) => payees.filter((p) => rs.some((r) => r.payeeId === p.id));
  if (choice.kind === 'ask') {
    ctx.conversation.awaiting = { kind: 'undo-offer', transferIds: choice.records.map((r) => r.transferId) };
    return none(ended(ask(choice.speech), 'not-undone', mentioned(choice.records)));
  }
  await cancelAtBank(ctx, choice.records, result);
  const target = targetOf(payees);
  const { cancelled, already, asked, sent, failed, unsure, failure } = result;
  const lastOnly = !choice.named && cancelled.length === 1 && already.length + asked.length + sent.length + failed.length + unsure.length === 0;
  const speech = [
    lastOnly ? t.undone(cancelled.map(target)[0]) : cancelled.length > 0 ? t.undoneThese(cancelled.map(target)) : undefined,
    already.length > 0 ? t.alreadyCancelled(already.map(target)) : undefined,
    asked.length > 0 ? t.cancelAsked(asked.map(target)) : undefined,
    sent.length > 0 ? (cancelled.length + already.length + asked.length + failed.length === 0 && sent.length === 1 ? t.tooLateToUndo() : t.tooLateFor(sent.map(target))) : undefined,
    failed.length > 0 && failure ? `${t.stillGoing(failed.map(target))} ${ctx.speech.bankError(failure)}` : undefined,
    unsure.length > 0 ? t.cancelUnsure(unsure.map(target)) : undefined,
  ].filter((s): s is string => s !== undefined);
  if (speech.length === 0) return none(ended(answerAndContinue(ctx, t.nothingToUndo()), 'not-undone'));
  const outcome = ended(answerAndContinue(ctx, speech.join(' ')), cancelled.length > 0 ? 'undone' : 'not-undone', mentioned(cancelled));
  // "No, the one to Bob" next is a transfer to undo as well (undo-correction.ts), never a new one.
  if (cancelled.length > 0) markAnythingElse(ctx, { afterUndo: true });
  return { outcome, cancelled };
}

/** "Do you want me to cancel ...?" again: by payee for the transfers with these ids, else the last one. */
export async function undoQuestion(ctx: LinkedContext, ids: readonly string[] | undefined): Promise<string> {
  const t = transferSpeech(ctx.turn.locale);
  const state = await stateOf(ctx);
  const records = ids ? state.open.filter((r) => ids.includes(r.transferId)) : [];
  const last = lastMade(state).record;
  const isJustTheLast = records.length === 1 && records[0]?.transferId === last?.transferId;
  return records.length > 0 && !isJustTheLast ? t.confirmUndo(records.map(targetOf(await payeesOf(ctx)))) : t.offerUndo();
}
