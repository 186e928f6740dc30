/**
 * Undoing the last transfer while the bank still holds it: by "cancel that transfer" at any
 * time in the window, or by "cancel" right after it was sent, once the customer says that is
 * what they mean.
 */
import { ok } from '../kit/result';
import type { LinkedContext, Outcome } from '../pipeline/intent-handler';
import { answerAndContinue } from '../pipeline/reply-builders';
import { transferSpeech } from './speech';
import { ended } from './transfer-facts';

/** Where the last transfer the customer may still undo is remembered. */
export const undoKey = (customer: string) => `transfer:undo:${customer}`;

/** Cancels the last transfer at the bank, once: the undo record is consumed by the first caller. */
export async function undoLastTransfer(ctx: LinkedContext): Promise<Outcome> {
  const t = transferSpeech(ctx.turn.locale);
  const cancel = ctx.deps.bank.transfers?.cancel;
  if (!cancel) return ok({ type: 'tell', speech: ctx.speech.bankError({ kind: 'unsupported' }) });
  const transferId = await ctx.deps.store.consume(undoKey(ctx.session.customer.id));
  if (!transferId) return ended(answerAndContinue(ctx, t.nothingToUndo()), 'not-undone');
  const result = await cancel.call(ctx.deps.bank.transfers, ctx.session, transferId);
  await ctx.deps.audit.record({ at: ctx.deps.clock.now().toISOString(), customerId: ctx.session.customer.id, action: 'transfer-cancel', outcome: result.ok ? result.value.status : `refused:${result.error.kind}`, reference: transferId, platform: ctx.turn.platform });
  if (result.ok) return ended(answerAndContinue(ctx, t.undone()), 'undone');
  return ended(answerAndContinue(ctx, result.error.kind === 'rejected' ? t.tooLateToUndo() : ctx.speech.bankError(result.error)), 'not-undone');
}
