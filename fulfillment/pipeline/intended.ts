/**
 * "That was on purpose", "that's what I wanted", "das war so gewollt": what was done or asked
 * for is meant. Which answer that is depends on the question. To "did you make this purchase?"
 * (and its "after all?"), the read-back of a transfer and "lock these cards?" it is a yes: the
 * purchase was the customer's, what was read back is what they want. To the offer to undo a
 * transfer, and anywhere else, it is a no: what was done stays as it is.
 */
import type { Conversation } from './conversation-state';
import type { Turn } from './turn';

/** Questions a "that's what I wanted" answers yes: the purchase is owned, what was asked for goes ahead. */
const MEANT_IS_YES: ReadonlySet<string> = new Set(['fraud-check', 'fraud-reported', 'transfer', 'card-change']);

/** The turn as its question reads "that was on purpose": a Yes to what is asked for, a No to an undo. */
export function intendedMeant(turn: Turn, conversation: Conversation): Turn {
  if (turn.intent !== 'Intended') return turn;
  const open = conversation.awaiting?.kind;
  return { ...turn, intent: open && MEANT_IS_YES.has(open) ? 'Yes' : 'No' };
}
