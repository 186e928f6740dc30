/**
 * What stopping the transfer being prepared says. "Nothing was sent" is true of it alone: when
 * the customer sent another minutes before ("send Bob twenty", then "send Maria twenty five",
 * then "cancel that"), they hear that this one was stopped and that the one before has gone,
 * never words that sound as if all their money stayed.
 */
import type { LinkedContext } from '../pipeline/intent-handler';
import { CONVERSATION_TTL_SECONDS } from '../pipeline/conversation-state';
import { lastTransfer } from './last-transfer';
import { transferSpeech } from './speech';
import { loadView } from './transfer-view';
import { destinationOf } from './unresolved';

/** The words for a transfer stopped before it was sent. */
export async function stoppedSpeech(ctx: LinkedContext): Promise<string> {
  const t = transferSpeech(ctx.turn.locale);
  const last = await lastTransfer(ctx.deps.store, ctx.session.customer.id);
  const age = last ? (ctx.deps.clock.now().getTime() - Date.parse(last.at)) / 1000 : Number.POSITIVE_INFINITY;
  if (!last || !(age >= 0 && age <= CONVERSATION_TTL_SECONDS)) return t.cancelled();
  // One cancelled since ("that should have gone to Maria") stayed: nothing was sent is true again.
  // A bank that cannot say leaves the words about this one alone.
  const status = await ctx.deps.bank.transfers?.status(ctx.session, last.idempotencyKey);
  if (!status?.ok) return t.stoppedThisOne();
  if (status.value.status === 'cancelled' || status.value.status === 'rejected') return t.cancelled();
  const view = await loadView(ctx);
  const to = view.ok ? destinationOf(view.value, last) : undefined;
  return to ? `${t.stoppedThisOne()} ${t.sentAlreadyGone(to)}` : t.stoppedThisOne();
}
