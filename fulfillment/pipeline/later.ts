/**
 * "Not now", "ask me later", "jetzt nicht": a no to being asked now. To "did you make this
 * purchase?" it is no answer about the purchase: a "no" there locks the card and reports the
 * purchase as fraud, which "not now" never asks for. It leaves the question for later, as
 * "never mind" does. Anywhere else it is a no.
 */
import type { Conversation } from './conversation-state';
import type { Turn } from './turn';

/** The turn as its question reads "not now": leaving the fraud question open, or a No. */
export function laterMeant(turn: Turn, conversation: Conversation): Turn {
  if (turn.intent !== 'Later') return turn;
  return { ...turn, intent: conversation.awaiting?.kind === 'fraud-check' ? 'Cancel' : 'No' };
}
