/**
 * "Und jetzt die nächste", "now the next one", "the second transfer", "now the other one": after the first of two
 * transfers asked for at once, the skill says "then ask me for the next one". Said with nothing
 * else open, these words are the second transfer asked for, not "read more" or "the second of a
 * list", which nothing is offering.
 */
import type { Conversation } from '../pipeline/conversation-state';
import { heardOnly, type Turn } from '../pipeline/turn';

/** Questions after which "the next one" can only mean the transfer still waiting. */
const NOTHING_LISTED = new Set([undefined, 'after-transfer', 'anything-else']);

/** Intents that say "the next one" when they name nothing but which one. */
const WHICH_ONE_INTENTS: ReadonlySet<string> = new Set(['Choose', 'Transfer', 'ProvidePayee']);

/** Slots that say which one, and nothing of the transfer itself. */
const WHICH_ONE = new Set(['ordinal', 'position', 'otherOne']);

/** The turn, made a request for the waiting second transfer (naming no one) when it asks for "the next one". */
export function nextTransferMeant(turn: Turn, conversation: Conversation): Turn {
  if (!conversation.nextTransfer || !NOTHING_LISTED.has(conversation.awaiting?.kind)) return turn;
  const onlyWhich = heardOnly(turn.slots, WHICH_ONE);
  const asksNext = turn.intent === 'More' || (WHICH_ONE_INTENTS.has(turn.intent) && onlyWhich);
  return asksNext ? { ...turn, intent: 'Transfer', slots: {} } : turn;
}
