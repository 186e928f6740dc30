/**
 * "Cancel that and tell me my balance", "vergiss es, wie ist mein Kontostand": a question said
 * with a cancel in the same breath (its `cancelFirst` slot). The transfer being prepared, the one
 * asked about or the one set aside for another question, is dropped first, and the customer hears
 * that nothing was sent before the answer; it does not come back after it. So is the transfer
 * being prepared on "no, and cancel the one to Bob too" (a `noFirst` before a cancel that names a
 * transfer already sent): the no is to this one, the cancel to Bob's, which is then undone as
 * ever. Any words heard in the slots count: dropping a transfer never moves money. A transfer
 * another turn holds for its PIN check is left to that turn, and nothing is said of it. Right
 * after a transfer was sent, the cancel is asked about after the answer, never done on its own.
 */
import type { LinkedContext } from '../pipeline/intent-handler';
import { isHeard } from '../pipeline/turn';
import { loadDraft, UNREADABLE } from './draft';
import { discardDraft } from './withdraw';
import { stoppedSpeech } from './stopped-speech';
import { transferSpeech } from './speech';
import { laterUndoQuestion, namesTheSentTransfer, undoOffer } from './undo';
import type { Awaiting } from '../pipeline/awaiting';
import type { Reply } from '../pipeline/reply';
import { answerThenResume } from '../pipeline/reply-builders';

/** Drops the transfer being prepared when the turn cancels it first; returns what to say before the answer, or undefined. */
export async function transferCancelledFirst(ctx: LinkedContext): Promise<string | undefined> {
  const { conversation } = ctx;
  const { cancelFirst, noFirst } = ctx.turn.slots;
  const noToThisOne = ctx.turn.intent === 'CancelTransfer' && isHeard(noFirst);
  if (!isHeard(cancelFirst) && !noToThisOne) return undefined;
  // The no answers the question asked: a transfer set aside behind another question is not what it refuses.
  const setAside = isHeard(cancelFirst) && conversation.paused?.kind === 'transfer' ? conversation.paused : undefined;
  const held = conversation.awaiting?.kind === 'transfer' ? conversation.awaiting : setAside;
  if (!held) return undefined;
  const draft = await loadDraft(ctx.deps.store, held.draftId, ctx.session.customer.id);
  if (!draft || draft === UNREADABLE) return undefined;
  // The cancel that follows the no is about another transfer: if it named this one, its own cancel drops it.
  if (!isHeard(cancelFirst) && !(await namesTheSentTransfer(ctx, draft.kind === 'payee' ? draft.payeeId : undefined))) return undefined;
  const left = await discardDraft(ctx, draft);
  if (conversation.awaiting === held) conversation.awaiting = undefined;
  else conversation.paused = undefined;
  // Before the undo of another transfer, this one is said to be stopped, and nothing of the one sent before: the undo says that.
  const stopped = isHeard(cancelFirst) ? await stoppedSpeech(ctx) : transferSpeech(ctx.turn.locale).stoppedThisOne();
  return [stopped, left].filter(Boolean).join(' ');
}

/**
 * "Cancel that and tell me my balance" right after a transfer was sent: the cancel means the
 * transfer just made, which a cancel with the question never undoes on its own. The offer to undo
 * it is returned, to be asked after the answer; undefined when nothing is to be offered.
 */
export async function undoAskedFirst(ctx: LinkedContext): Promise<Extract<Awaiting, { kind: 'undo-offer' }> | undefined> {
  if (!isHeard(ctx.turn.slots.cancelFirst) || ctx.conversation.awaiting?.kind !== 'after-transfer' || ctx.turn.channel === 'assistant') return undefined;
  return undoOffer(ctx);
}

/** The answer with the offer to undo the transfer just made asked after it, and the offer waiting for its yes. */
export async function withUndoOffered(ctx: LinkedContext, offer: Extract<Awaiting, { kind: 'undo-offer' }>, answer: Reply): Promise<Reply> {
  if (answer.type !== 'ask') return answer;
  const question = await laterUndoQuestion(ctx, offer);
  ctx.conversation.awaiting = offer;
  return { ...answerThenResume(answer, { type: 'ask', speech: question, reprompt: question }), ...(answer.facts ? { facts: answer.facts } : {}) };
}
