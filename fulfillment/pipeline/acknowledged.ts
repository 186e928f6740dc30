/**
 * "Okay", "uh huh", "alles klar": an acknowledgement. To what the skill proposes ("shall I send
 * it?", "lock your card?", "anything else?") it agrees, and is a yes. To a question of fact,
 * "did you make this purchase?" and its "after all?" check, it answers nothing: a customer who
 * just heard "if you're not sure, say no" and says "okay" has understood, not said the purchase
 * was theirs, so the question is put again (as a turn not understood), never cleared on it.
 * "Send it", "go ahead" are agreement too: at the fraud question they are about a transfer.
 * To "do you want me to cancel the transfer you just made?" it is no clear answer: "okay", "fine",
 * "passt" there as often keep the transfer as undo it, so that flow reads the Okay itself and asks.
 */
import type { Conversation } from './conversation-state';
import type { Turn } from './turn';
import { asksAboutPurchase } from './hedged-yes';

/** The turn as its question reads an agreement: left for the offer to undo, no answer at the fraud question, else a Yes. */
export function acknowledged(turn: Turn, conversation: Conversation): Turn {
  if (turn.intent !== 'Okay' || conversation.awaiting?.kind === 'undo-offer') return turn;
  return { ...turn, intent: asksAboutPurchase(conversation) ? 'Fallback' : 'Yes' };
}
