/**
 * Undoing transfers while the bank still holds them: the last by "cancel that transfer" at any
 * time in its window, or by "cancel" right after it was sent once the customer says that is what
 * they mean; an earlier one by its payee ("cancel the one to Bob", done at once) or by its place
 * ("cancel the first one", "cancel both", "the other one too", each asked first, naming whom).
 */
import type { Payee } from '../banks/bank-types';
import { ok } from '../kit/result';
import type { LinkedContext, Outcome } from '../pipeline/intent-handler';
import { releaseLimits } from './limits';
import { matchPayees } from './payee-match';
import { isHeard } from '../pipeline/turn';
import { heardAsWords } from '../pipeline/word-match';
import { ordinalOf, positionSlot } from '../pipeline/ordinal';
import { answerAndContinue, ask } from '../pipeline/reply-builders';
import { transferSpeech } from './speech';
import type { UndoTarget } from './speech/catalog';
import { ended } from './transfer-facts';
import { claimUndo, openUndos, type UndoRecord } from './undo-records';

export { keepForUndo, undoKey, type UndoRecord } from './undo-records';

/** The last transfer that can still be undone, read without consuming it. */
export async function openUndo(ctx: LinkedContext): Promise<UndoRecord | undefined> {
  return (await openUndos(ctx.deps.store, ctx.session.customer.id)).at(-1);
}

/** Whether a transfer can still be undone by voice: the bank cancels, and a window is open. */
export async function canUndo(ctx: LinkedContext): Promise<boolean> {
  return Boolean(ctx.deps.bank.transfers?.cancel) && (await openUndo(ctx)) !== undefined;
}

/** How an undoable transfer is named aloud: by its payee, or by its amount where it went to none. */
const targetOf =
  (payees: readonly Payee[]) =>
  (r: UndoRecord): UndoTarget => {
    const payee = payees.find((p) => p.id === r.payeeId);
    return payee ? { amount: r.amount, to: payee.name } : { amount: r.amount };
  };

/** The customer's payees, none where the bank lists none. */
async function payeesOf(ctx: LinkedContext): Promise<readonly Payee[]> {
  const listed = await ctx.deps.bank.payees?.list(ctx.session);
  return listed?.ok ? listed.value : [];
}

/** The open records whose payee the turn's payee slot names, and the payees it names. */
function namedIn(ctx: LinkedContext, records: readonly UndoRecord[], payees: readonly Payee[]): { readonly hits: UndoRecord[]; readonly matched: readonly Payee[] } | undefined {
  const named = ctx.turn.slots.payee;
  if (!isHeard(named)) return undefined;
  const matched = matchPayees(named.value, payees);
  return { hits: records.filter((r) => matched.some((p) => p.id === r.payeeId)), matched };
}

/**
 * "Cancel the transfer to Bob" while a transfer to Maria is being prepared, when one to Bob can
 * still be undone: the one sent is meant, not the one being prepared.
 */
export async function namesTheSentTransfer(ctx: LinkedContext, preparedPayeeId: string | undefined): Promise<boolean> {
  if (!isHeard(ctx.turn.slots.payee)) return false;
  const records = (await openUndos(ctx.deps.store, ctx.session.customer.id)).filter((r) => r.payeeId && r.payeeId !== preparedPayeeId);
  if (records.length === 0) return false;
  const named = namedIn(ctx, records, await payeesOf(ctx));
  return Boolean(named && named.hits.length > 0 && (preparedPayeeId === undefined || !named.matched.some((p) => p.id === preparedPayeeId)));
}

/** Which undoable transfers a turn means: cancelled at once, asked about first, or none, said why. */
type Choice =
  | { readonly kind: 'cancel'; readonly records: readonly UndoRecord[]; readonly named: boolean }
  | { readonly kind: 'ask'; readonly records: readonly UndoRecord[]; readonly speech: string }
  | { readonly kind: 'say'; readonly speech: string };

/**
 * Reads the turn against the open records (oldest first, at least one). A payee named picks the
 * latest one to them; nothing named, or "the last one", picks the last. A place in a list the
 * skill never read out ("the first one", "the other one", "both") is asked about by name first.
 */
function choose(ctx: LinkedContext, records: readonly UndoRecord[], payees: readonly Payee[]): Choice {
  const t = transferSpeech(ctx.turn.locale);
  const target = targetOf(payees);
  const last = records.at(-1) as UndoRecord;
  const named = namedIn(ctx, records, payees);
  if (named) {
    const hit = named.hits.at(-1);
    if (hit) return { kind: 'cancel', records: [hit], named: true };
    // Said back by the payee's name where the words name one payee, else as heard.
    const said = named.matched.length === 1 && named.matched[0] ? named.matched[0].name : heardAsWords(ctx.turn.slots.payee?.value ?? '');
    return { kind: 'say', speech: t.noneOpenTo(said, target(last)) };
  }
  const { otherOne, both } = ctx.turn.slots;
  const place = positionSlot(ctx.turn.slots);
  if (!isHeard(place) && !isHeard(otherOne) && !isHeard(both)) return { kind: 'cancel', records: [last], named: false };
  const count = records.length;
  const index = isHeard(place) ? ordinalOf(place, count) : undefined;
  // "The last one" names the end of the list whatever its length: one more item moves it along.
  const theLast = index !== undefined && ordinalOf(place, count + 1) === count && !isHeard(otherOne) && !isHeard(both);
  if (theLast) return { kind: 'cancel', records: [last], named: false };
  if (count === 1) return { kind: 'ask', records, speech: t.onlyOneOpen(target(last)) };
  const meant = isHeard(both) ? records : isHeard(otherOne) ? records.slice(-2, -1) : index !== undefined ? records.slice(index, index + 1) : [];
  if (meant.length === 0) return { kind: 'say', speech: t.openOnes(records.map(target)) };
  return { kind: 'ask', records: meant, speech: t.confirmUndo(meant.map(target)) };
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
  const cancel = ctx.deps.bank.transfers?.cancel;
  if (!cancel) return none(ok({ type: 'tell', speech: ctx.speech.bankError({ kind: 'unsupported' }) }));
  const customer = ctx.session.customer.id;
  const records = await openUndos(ctx.deps.store, customer);
  if (records.length === 0) return none(ended(answerAndContinue(ctx, t.nothingToUndo()), 'not-undone'));
  const payees = await payeesOf(ctx);
  const agreed = ids ? records.filter((r) => ids.includes(r.transferId)) : undefined;
  const choice: Choice = agreed ? { kind: 'cancel', records: agreed, named: true } : choose(ctx, records, payees);
  if (choice.kind === 'say') return none(ended(answerAndContinue(ctx, choice.speech), 'not-undone'));
  const mentioned = (rs: readonly UndoRecord[]) => payees.filter((p) => rs.some((r) => r.payeeId === p.id));
  if (choice.kind === 'ask') {
    ctx.conversation.awaiting = { kind: 'undo-offer', transferIds: choice.records.map((r) => r.transferId) };
    return none(ended(ask(choice.speech), 'not-undone', mentioned(choice.records)));
  }
  const target = targetOf(payees);
  const cancelled: UndoRecord[] = [];
  const sent: UndoRecord[] = [];
  let failure: Parameters<typeof ctx.speech.bankError>[0] | undefined;
  for (const wanted of choice.records) {
    const record = await claimUndo(ctx.deps.store, customer, wanted.transferId);
    if (!record) continue;
    const result = await cancel.call(ctx.deps.bank.transfers, ctx.session, record.transferId);
    await ctx.deps.audit.record({ at: ctx.deps.clock.now().toISOString(), customerId: customer, action: 'transfer-cancel', outcome: result.ok ? result.value.status : `refused:${result.error.kind}`, reference: record.transferId, platform: ctx.turn.platform });
    if (result.ok && result.value.status === 'cancelled') await releaseLimits(ctx.deps.store, customer, record.amount, new Date(record.at));
    if (result.ok) cancelled.push(record);
    else if (result.error.kind === 'rejected') sent.push(record);
    else failure ??= result.error;
  }
  // Agreed to, but its window closed before the yes: gone out, though no longer known to whom.
  const closed = (ids?.length ?? 0) - choice.records.length;
  const lastOnly = !choice.named && cancelled.length === 1 && sent.length === 0 && !failure;
  const speech = [
    lastOnly ? t.undone() : cancelled.length > 0 ? t.undoneThese(cancelled.map(target)) : undefined,
    sent.length > 0 ? (cancelled.length === 0 && choice.records.length === 1 ? t.tooLateToUndo() : t.tooLateFor(sent.map(target))) : undefined,
    closed > 0 ? (cancelled.length + sent.length === 0 ? t.tooLateToUndo() : t.othersGone(closed)) : undefined,
    failure ? ctx.speech.bankError(failure) : undefined,
  ].filter((s): s is string => s !== undefined);
  if (speech.length === 0) return none(ended(answerAndContinue(ctx, t.nothingToUndo()), 'not-undone'));
  return { outcome: ended(answerAndContinue(ctx, speech.join(' ')), cancelled.length > 0 ? 'undone' : 'not-undone', mentioned(cancelled)), cancelled };
}

/** "Do you want me to cancel ...?" again: by payee for the transfers with these ids, else the last one. */
export async function undoQuestion(ctx: LinkedContext, ids: readonly string[] | undefined): Promise<string> {
  const t = transferSpeech(ctx.turn.locale);
  const records = ids ? (await openUndos(ctx.deps.store, ctx.session.customer.id)).filter((r) => ids.includes(r.transferId)) : [];
  return records.length > 0 ? t.confirmUndo(records.map(targetOf(await payeesOf(ctx)))) : t.offerUndo();
}
