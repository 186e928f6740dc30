/**
 * "Thanks", "ok thanks", "danke": after an answer a goodbye, as "stop" is; while a question waits
 * for its answer ("from which account?", "shall I send it?", "did you make this purchase?", "shall
 * I lock your card?") only thanks, which never cancels it: the question comes again. With a
 * transfer set aside for a list being read ("would you like to hear more?"), thanks and "never
 * mind that" end the list, and the transfer comes back; never a goodbye that drops it unsaid.
 */
import type { AwaitingKind } from './awaiting';
import type { Conversation } from './conversation-state';
import type { Turn } from './turn';

/** The questions that wait for an answer of their own; thanks there is no goodbye. */
export const QUESTIONS_THAT_WAIT: ReadonlySet<AwaitingKind> = new Set(['transfer', 'fraud-check', 'card-change', 'undo-offer']);

/** The turn, with thanks made a Stop wherever no question waits, and a No to a list read with a transfer set aside. */
export function thanksAsGoodbye(turn: Turn, conversation: Conversation): Turn {
  const open = conversation.awaiting?.kind;
  const transferSetAside = conversation.paused?.kind === 'transfer';
  if ((turn.intent === 'Thanks' || turn.intent === 'Cancel') && open === 'more-transactions' && transferSetAside) return { ...turn, intent: 'No' };
  if (turn.intent !== 'Thanks' || (open !== undefined && QUESTIONS_THAT_WAIT.has(open))) return turn;
  return { ...turn, intent: 'Stop' };
}
