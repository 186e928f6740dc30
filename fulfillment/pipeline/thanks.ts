/**
 * "Thanks", "ok thanks", "danke": after an answer a goodbye, as "stop" is; while a transfer waits
 * for an answer ("from which account?", "take your time", "shall I send it?") only thanks, which
 * never cancels it. The transfer's flow then puts its question again.
 */
import type { Conversation } from './conversation-state';
import type { Turn } from './turn';

/** The turn, with thanks made a Stop wherever no transfer waits for an answer. */
export function thanksAsGoodbye(turn: Turn, conversation: Conversation): Turn {
  if (turn.intent !== 'Thanks' || conversation.awaiting?.kind === 'transfer') return turn;
  return { ...turn, intent: 'Stop' };
}
