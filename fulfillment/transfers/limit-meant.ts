/**
 * "What's my limit?" in the middle of a transfer, or right after one, asks how much may still be
 * sent, not the credit card's limit, which is what "limit" alone names elsewhere. A credit limit
 * named as such ("my credit limit", "Kreditrahmen") stays the card's. And "what's the most I can
 * send?" with no transfer waiting is the same question, whichever intent the platform picks.
 */
import type { Conversation } from '../pipeline/conversation-state';
import { heardOnly, isHeard, type Turn } from '../pipeline/turn';
import { CARD_DETAIL_WORDS } from '../cards/card-words';
import { matchWords } from '../pipeline/word-match';

/** The turn, with a bare "limit" asked about during or right after a transfer made the transfer limits. */
export function limitMeantForTransfers(turn: Turn, conversation: Conversation): Turn {
  const kind = conversation.awaiting?.kind;
  if (turn.intent !== 'CardDetails' || (kind !== 'transfer' && kind !== 'after-transfer')) return turn;
  const detail = matchWords(turn.slots.detail, CARD_DETAIL_WORDS[turn.locale]);
  return detail.kind === 'matched' && detail.id === 'limit' ? { ...turn, intent: 'TransferLimits', slots: {} } : turn;
}

const MOST_ONLY: ReadonlySet<string> = new Set(['mostAllowed']);

/**
 * The turn, with "the most I can send" heard as an amount and nothing else made the transfer
 * limits where no transfer waits for an amount. A platform may take "what's the most I can send?"
 * for the amount of "send the most I can" (both say "the most I can send"); with no transfer open
 * and no one named it is the question, answered with the limits, never a transfer of the maximum
 * begun. In a transfer it stays the amount, which is read back before anything moves.
 */
export function mostAskedAsLimits(turn: Turn, conversation: Conversation): Turn {
  if (turn.intent !== 'ProvideAmount' || conversation.awaiting?.kind === 'transfer') return turn;
  return isHeard(turn.slots.mostAllowed) && heardOnly(turn.slots, MOST_ONLY) ? { ...turn, intent: 'TransferLimits', slots: {} } : turn;
}
