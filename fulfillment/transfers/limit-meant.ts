/**
 * "What's my limit?" in the middle of a transfer, or right after one, asks how much may still be
 * sent, not the credit card's limit, which is what "limit" alone names elsewhere. A credit limit
 * named as such ("my credit limit", "Kreditrahmen") stays the card's.
 */
import type { Conversation } from '../pipeline/conversation-state';
import type { Turn } from '../pipeline/turn';
import { CARD_DETAIL_WORDS } from '../cards/card-words';
import { matchWords } from '../pipeline/word-match';

/** The turn, with a bare "limit" asked about during or right after a transfer made the transfer limits. */
export function limitMeantForTransfers(turn: Turn, conversation: Conversation): Turn {
  const kind = conversation.awaiting?.kind;
  if (turn.intent !== 'CardDetails' || (kind !== 'transfer' && kind !== 'after-transfer')) return turn;
  const detail = matchWords(turn.slots.detail, CARD_DETAIL_WORDS[turn.locale]);
  return detail.kind === 'matched' && detail.id === 'limit' ? { ...turn, intent: 'TransferLimits', slots: {} } : turn;
}
