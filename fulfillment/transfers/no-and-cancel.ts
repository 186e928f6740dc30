/**
 * "Actually no, and cancel the one to Bob too" right after a transfer to Maria: a no with a cancel
 * of an earlier transfer in the same breath. The transfer named is undone as any cancel naming it
 * would; the no and the "too" are about the transfer just made, which is not undone on them but
 * offered: "Do you want me to cancel your last transfer, the one to Maria Garcia?". A no to
 * "anything else?" is no clear word to take money back, and a yes to the offer is.
 */
import type { LinkedContext, Outcome } from '../pipeline/intent-handler';
import { isHeard } from '../pipeline/turn';
import { answerThenResume } from '../pipeline/reply-builders';
import { ok } from '../kit/result';
import { laterUndoQuestion, undone, undoOffer } from './undo';

/** Undoes the transfer a "no, and cancel ..." names, then asks about the one made last; undefined for any other turn. */
export async function cancelNamedThenAskAboutLast(ctx: LinkedContext): Promise<Outcome | undefined> {
  const { intent, slots, channel } = ctx.turn;
  if (intent !== 'CancelTransfer' || !isHeard(slots.noFirst) || !isHeard(slots.payee) || channel === 'assistant') return undefined;
  const last = await undoOffer(ctx);
  const { outcome, cancelled } = await undone(ctx);
  const lastId = last?.transferIds?.[0];
  // Named was the one made last, or the cancel asks a question of its own ("which Anna?"): nothing more is asked.
  if (!last || !lastId || cancelled.some((r) => r.transferId === lastId) || ctx.conversation.awaiting?.kind === 'undo-offer') return outcome;
  if (!outcome.ok || outcome.value.type !== 'ask') return outcome;
  const question = await laterUndoQuestion(ctx, last);
  ctx.conversation.awaiting = last;
  const facts = outcome.value.facts;
  return ok({ ...answerThenResume(outcome.value, { type: 'ask', speech: question, reprompt: question }), ...(facts ? { facts } : {}) });
}
