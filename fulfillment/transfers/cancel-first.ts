/**
 * "Cancel that and tell me my balance", "vergiss es, wie ist mein Kontostand": a question said
 * with a cancel in the same breath (its `cancelFirst` slot). The transfer being prepared, the one
 * asked about or the one set aside for another question, is dropped first, and the customer hears
 * that nothing was sent before the answer; it does not come back after it. Any words heard in the
 * slot count: dropping a transfer never moves money. A transfer another turn holds for its PIN
 * check is left to that turn, and nothing is said of it.
 */
import type { LinkedContext } from '../pipeline/intent-handler';
import { isHeard } from '../pipeline/turn';
import { loadDraft, UNREADABLE } from './draft';
import { discardDraft } from './withdraw';
import { stoppedSpeech } from './stopped-speech';

/** Drops the transfer being prepared when the turn cancels it first; returns what to say before the answer, or undefined. */
export async function transferCancelledFirst(ctx: LinkedContext): Promise<string | undefined> {
  const { conversation } = ctx;
  if (!isHeard(ctx.turn.slots.cancelFirst)) return undefined;
  const held = conversation.awaiting?.kind === 'transfer' ? conversation.awaiting : conversation.paused?.kind === 'transfer' ? conversation.paused : undefined;
  if (!held) return undefined;
  const draft = await loadDraft(ctx.deps.store, held.draftId, ctx.session.customer.id);
  if (!draft || draft === UNREADABLE) return undefined;
  const left = await discardDraft(ctx, draft);
  if (conversation.awaiting === held) conversation.awaiting = undefined;
  else conversation.paused = undefined;
  return [await stoppedSpeech(ctx), left].filter(Boolean).join(' ');
}
