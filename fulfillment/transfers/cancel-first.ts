/**
 * "Cancel that and tell me my balance", "vergiss es, wie ist mein Kontostand": a question said
 * with a cancel in the same breath (its `cancelFirst` slot). The transfer being prepared, the one
 * asked about or the one set aside for another question, is dropped first, and the customer hears
 * that nothing was sent before the answer; it does not come back after it. So is the transfer
 * being prepared on "no, and cancel the one to Bob too" (a `noFirst` before a cancel that names a
 * transfer already sent): the no is to this one, the cancel to Bob's, which is then undone as
 * ever. Any words heard in the slots count: dropping a transfer never moves money. A transfer
 * another turn holds for its PIN check is left to that turn, and nothing is said of it.
 */
import type { LinkedContext } from '../pipeline/intent-handler';
import { isHeard } from '../pipeline/turn';
import { loadDraft, UNREADABLE } from './draft';
import { discardDraft } from './withdraw';
import { stoppedSpeech } from './stopped-speech';
import { transferSpeech } from './speech';
import { namesTheSentTransfer } from './undo';

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
