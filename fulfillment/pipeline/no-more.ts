/**
 * "No more" to "Would you like to hear more?" or "Is there anything else?": the words a transfer's
 * read-back hears as "no, more" (a bigger amount, asked for), which outside a transfer would begin
 * one. With no transfer open, a turn that says only "more" as an amount's word is a no.
 */
import type { AwaitingKind } from './awaiting';
import type { Conversation } from './conversation-state';
import { heardOnly, isHeard, type Turn } from './turn';

/** The questions where "no more" is a no: a list read in parts, "anything else?", or none at all. */
const NO_MORE_AT: ReadonlySet<AwaitingKind | undefined> = new Set([undefined, 'more-transactions', 'anything-else']);

const ONLY_MORE: ReadonlySet<string> = new Set(['more']);

/** The turn as a no where it says only "more" as an amount's word with no transfer open; else as it is. */
export function noMoreAsNo(turn: Turn, conversation: Conversation): Turn {
  if (turn.intent !== 'ProvideAmount' || !isHeard(turn.slots.more) || !heardOnly(turn.slots, ONLY_MORE)) return turn;
  return NO_MORE_AT.has(conversation.awaiting?.kind) ? { ...turn, intent: 'No', slots: {} } : turn;
}
