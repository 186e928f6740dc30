/**
 * Undoing the last transfer while the bank still holds it: by "cancel that transfer" at any
 * time in the window, or by "cancel" right after it was sent, once the customer says that is
 * what they mean.
 */
import type { Payee } from '../banks/bank-types';
import type { CustomerId } from '../kit/ids';
import { moneySchema, type Money } from '../kit/money';
import { ok } from '../kit/result';
import * as z from '../kit/schema';
import { readStored } from '../kit/stored';
import type { LinkedContext, Outcome } from '../pipeline/intent-handler';
import type { StateStore } from '../state/state-store';
import { releaseLimits } from './limits';
import { matchPayees } from './payee-match';
import { isHeard } from '../pipeline/turn';
import { heardAsWords } from '../pipeline/word-match';
import { answerAndContinue, ask } from '../pipeline/reply-builders';
import { transferSpeech } from './speech';
import { ended } from './transfer-facts';

/** Where the last transfer the customer may still undo is remembered. */
export const undoKey = (customer: string) => `transfer:undo:${customer}`;

/**
 * What the undo window keeps: the bank's id of the transfer, and the amount and instant at which
 * it used up the voice limits, so that undoing it gives back that day's share and no other.
 */
export interface UndoRecord {
  readonly transferId: string;
  readonly amount: Money;
  readonly at: string;
  /** The payee it went to, so that "cancel the transfer to Jonas" never cancels one to Anna. */
  readonly payeeId?: string;
  /** The account it came from, for sending it to the payee meant instead. */
  readonly fromId?: string;
}

const undoSchema: z.ZodMiniType<UndoRecord> = z.object({
  transferId: z.string().check(z.minLength(1), z.maxLength(128)),
  amount: moneySchema,
  at: z.string().check(z.maxLength(40)),
  payeeId: z.optional(z.string().check(z.minLength(1), z.maxLength(128))),
  fromId: z.optional(z.string().check(z.minLength(1), z.maxLength(128))),
});

/** Keeps a transfer the bank still holds for undoing, for as long as the bank allows. */
export async function keepForUndo(store: StateStore, customer: CustomerId, record: UndoRecord, seconds: number): Promise<void> {
  await store.set(undoKey(customer), JSON.stringify(record), seconds);
}

/** The undo record of the last transfer, read without consuming it; undefined when the window is closed or it does not parse. */
export async function openUndo(ctx: LinkedContext): Promise<UndoRecord | undefined> {
  const raw = await ctx.deps.store.get(undoKey(ctx.session.customer.id));
  return raw === undefined ? undefined : readStored(raw, undoSchema);
}

/** Whether the last transfer can still be undone by voice: the bank cancels, and its window is open. */
export async function canUndo(ctx: LinkedContext): Promise<boolean> {
  return Boolean(ctx.deps.bank.transfers?.cancel) && (await ctx.deps.store.get(undoKey(ctx.session.customer.id))) !== undefined;
}

/** The customer's payees (none where the bank lists none), and the one an undo record's transfer went to. */
async function payeesAndLast(ctx: LinkedContext, record: UndoRecord): Promise<{ readonly payees: readonly Payee[]; readonly last: Payee | undefined }> {
  const listed = await ctx.deps.bank.payees?.list(ctx.session);
  const payees = listed?.ok ? listed.value : [];
  return { payees, last: payees.find((p) => p.id === record.payeeId) };
}

/**
 * "Cancel the transfer to Bob" while a transfer to Maria is being prepared, when the one just
 * sent went to Bob: the one sent is meant, not the one being prepared.
 */
export async function namesTheSentTransfer(ctx: LinkedContext, preparedPayeeId: string | undefined): Promise<boolean> {
  const named = ctx.turn.slots.payee;
  if (!isHeard(named)) return false;
  const record = await openUndo(ctx);
  if (!record?.payeeId || record.payeeId === preparedPayeeId) return false;
  const { payees } = await payeesAndLast(ctx, record);
  const matched = matchPayees(named.value, payees).map((p): string => p.id);
  return matched.includes(record.payeeId) && (preparedPayeeId === undefined || !matched.includes(preparedPayeeId));
}

/**
 * "Cancel the transfer to Jonas" when the last one went to Anna: what to say instead of
 * cancelling, or undefined when no payee was named or the named one is the last transfer's.
 * Only the last transfer can be undone by voice, so naming another never cancels anything.
 */
async function otherPayeeNamed(ctx: LinkedContext): Promise<string | undefined> {
  const named = ctx.turn.slots.payee;
  if (!isHeard(named)) return undefined;
  const record = await openUndo(ctx);
  if (!record?.payeeId) return undefined;
  const { payees, last } = await payeesAndLast(ctx, record);
  const matched = matchPayees(named.value, payees);
  if (!last || matched.some((p) => p.id === last.id)) return undefined;
  // Said back by the payee's name where the words name one payee, else as heard.
  const said = matched.length === 1 && matched[0] ? matched[0].name : heardAsWords(named.value);
  return transferSpeech(ctx.turn.locale).notTheLastTransfer(said, last.name);
}

/**
 * "Cancel the first one", "cancel the other one too", "cancel both": a transfer other than the
 * last may be meant, and only the last can be undone by voice. The customer hears which one that
 * is and is asked; nothing is cancelled on a place in a list the skill never read out.
 */
async function earlierMaybeMeant(ctx: LinkedContext): Promise<Outcome | undefined> {
  const { ordinal, position, otherOne, both } = ctx.turn.slots;
  const theLast = position?.id === 'last' && !isHeard(ordinal) && !isHeard(otherOne) && !isHeard(both);
  if (theLast || ![ordinal, position, otherOne, both].some(isHeard)) return undefined;
  const record = await openUndo(ctx);
  if (!record) return ended(answerAndContinue(ctx, transferSpeech(ctx.turn.locale).nothingToUndo()), 'not-undone');
  const { last } = await payeesAndLast(ctx, record);
  if (!last) return undefined;
  ctx.conversation.awaiting = { kind: 'undo-offer' };
  return ended(ask(transferSpeech(ctx.turn.locale).onlyTheLastOne(last.name)), 'not-undone', [last]);
}

/** Cancels the last transfer at the bank, once: the undo record is consumed by the first caller. */
export async function undoLastTransfer(ctx: LinkedContext): Promise<Outcome> {
  const t = transferSpeech(ctx.turn.locale);
  const cancel = ctx.deps.bank.transfers?.cancel;
  if (!cancel) return ok({ type: 'tell', speech: ctx.speech.bankError({ kind: 'unsupported' }) });
  const customer = ctx.session.customer.id;
  const other = await otherPayeeNamed(ctx);
  if (other) return ended(answerAndContinue(ctx, other), 'not-undone');
  const earlier = await earlierMaybeMeant(ctx);
  if (earlier) return earlier;
  const raw = await ctx.deps.store.consume(undoKey(customer));
  // A record that does not parse is the bare transfer id kept before records held the amount.
  const record = raw === undefined ? undefined : (readStored(raw, undoSchema) ?? { transferId: raw });
  if (!record) return ended(answerAndContinue(ctx, t.nothingToUndo()), 'not-undone');
  const result = await cancel.call(ctx.deps.bank.transfers, ctx.session, record.transferId);
  await ctx.deps.audit.record({ at: ctx.deps.clock.now().toISOString(), customerId: customer, action: 'transfer-cancel', outcome: result.ok ? result.value.status : `refused:${result.error.kind}`, reference: record.transferId, platform: ctx.turn.platform });
  if (result.ok && result.value.status === 'cancelled' && 'amount' in record) await releaseLimits(ctx.deps.store, customer, record.amount, new Date(record.at));
  if (result.ok) return ended(answerAndContinue(ctx, t.undone()), 'undone');
  return ended(answerAndContinue(ctx, result.error.kind === 'rejected' ? t.tooLateToUndo() : ctx.speech.bankError(result.error)), 'not-undone');
}
