/**
 * An answer intent that carries no value ("make it..." with the amount unheard, "actually no"
 * taken for an amount) is an answer not understood. Inside a transfer its flow says so and asks
 * again; anywhere else it is the fallback, so an open question (lock this card?) is put again
 * instead of a new transfer being started with nothing in it.
 */
import type { IntentName } from './intent-catalog';
import type { Conversation } from './conversation-state';
import { isHeard, type Turn } from './turn';

/** Intents that are nothing but the value they carry. */
export const VALUE_ONLY: ReadonlySet<IntentName> = new Set(['ProvideAmount', 'ProvidePayee', 'ProvideAccount']);

/** The turn, or the fallback when it is a value-only answer without its value and no transfer waits for it. */
export function emptyAnswerAsFallback(turn: Turn, conversation: Conversation): Turn {
  if (!VALUE_ONLY.has(turn.intent) || conversation.awaiting?.kind === 'transfer') return turn;
  return Object.values(turn.slots).some(isHeard) ? turn : { ...turn, intent: 'Fallback', slots: {} };
}
