/**
 * "That's not right", "that looks wrong", "das stimmt nicht": what was read back or done is found
 * wrong. Right after a transfer it is no goodbye: the customer disputes money that may still be
 * called back, and hears the offer to cancel it, as a plain "cancel" there gets (or, where the
 * bank can no longer cancel it, why not). Anywhere else it is a no: to a read-back it asks what
 * to change.
 */
import type { Conversation } from './conversation-state';
import type { Turn } from './turn';

/** The turn as its question reads "that's not right": the cancel question right after a transfer, else a No. */
export function objectionMeant(turn: Turn, conversation: Conversation): Turn {
  if (turn.intent !== 'Wrong') return turn;
  return { ...turn, intent: conversation.awaiting?.kind === 'after-transfer' ? 'Cancel' : 'No' };
}
