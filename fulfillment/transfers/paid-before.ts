/**
 * "The one I paid last time" to "which Anna?": of the payees in question (those offered, or all
 * when none were), the one the bank's history shows money went to most recently. The choice is
 * said with the day it was paid, and the read-back follows as for any payee; with no transfer
 * to any of them in the history, that is said and the question comes again.
 */
import type { LinkedContext } from '../pipeline/intent-handler';
import { heardOnly, isHeard, type Turn } from '../pipeline/turn';
import type { Conversation } from '../pipeline/conversation-state';
import { matchWords } from '../pipeline/word-match';
import { isoDay } from '../kit/clock';
import { onSpokenRelativeDay } from '../speech/dates';
import { sentTo, transactionsBetween } from '../insights/history';
import type { TransferDraft } from './draft';
import type { Payee } from '../banks/bank-types';
import type { TransferView } from './advance';
import { PAID_BEFORE_WORDS } from './paid-before-words';
import { transferSpeech } from './speech';

/** The turn's slots with the payee the history names, and what the customer hears of it; undefined when the turn does not ask. */
export async function payeePaidBefore(ctx: LinkedContext, draft: TransferDraft, view: TransferView, slots: Turn['slots']): Promise<{ slots: Turn['slots']; said: string } | undefined> {
  if (draft.kind !== 'payee' || isHeard(slots.payee) || matchWords(slots.paidBefore, PAID_BEFORE_WORDS[ctx.turn.locale]).kind !== 'matched') return undefined;
  const t = transferSpeech(ctx.turn.locale);
  const offered = view.payees.filter((p) => draft.candidates?.includes(p.id));
  const among = offered.length > 0 ? offered : view.payees;
  const last = await paidLastAmong(ctx, among);
  if (!last) return { slots, said: t.paidNoneBefore(offered.map((p) => p.name)) };
  return { slots: { ...slots, payee: { value: last.payee.name } }, said: t.paidBefore(last.payee.name, onSpokenRelativeDay(last.date, isoDay(ctx.deps.clock.now()), ctx.turn.locale)) };
}

/** Of the payees given, the one the bank's history shows money went to most recently, and the day; undefined when none was paid. */
export async function paidLastAmong(ctx: LinkedContext, among: readonly Payee[]): Promise<{ readonly payee: Payee; readonly date: string } | undefined> {
  const history = await transactionsBetween(ctx, undefined, undefined);
  // The history comes newest first: the first transfer out to one of them names the payee paid last.
  for (const tx of history.ok ? history.value : []) {
    const payee = among.find((p) => sentTo([tx], p.name).length > 0);
    if (payee) return { payee, date: tx.date };
  }
  return undefined;
}

const PAID_BEFORE_ONLY: ReadonlySet<string> = new Set(['paidBefore']);

/** The questions where "the one I paid last" chooses: the transfer's "which one?", and the payees just read out. */
const CHOOSING: ReadonlySet<string | undefined> = new Set(['transfer', 'payees-listed']);

/**
 * The turn, with "who did I pay last?" said where no transfer asks "which one?" made the question
 * it is: the money sent, newest first. The words that choose a payee by the history at "which
 * Anna?" or after the payees were read out ask about it anywhere else; no transfer is begun.
 */
export function paidBeforeAsked(turn: Turn, conversation: Conversation): Turn {
  if (turn.intent !== 'ProvidePayee' || CHOOSING.has(conversation.awaiting?.kind) || !heardOnly(turn.slots, PAID_BEFORE_ONLY)) return turn;
  return isHeard(turn.slots.paidBefore) ? { ...turn, intent: 'RecentTransactions', slots: { sent: { value: 'sent', id: 'sent' } } } : turn;
}
