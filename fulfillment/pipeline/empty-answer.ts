/**
 * An answer intent that carries no value ("make it..." with the amount unheard, "actually no"
 * taken for an amount, "not fifty" with nothing in its place) is an answer not understood.
 * Inside a transfer its flow says so, or asks again for what was taken back; anywhere else it is
 * the fallback, so an open question (lock this card?) is put again instead of a new transfer
 * being started with nothing in it.
 */
import type { IntentName, SlotName } from './intent-catalog';
import type { Conversation } from './conversation-state';
import { isHeard, type Turn } from './turn';

/** Intents that are nothing but the value they carry. */
export const VALUE_ONLY: ReadonlySet<IntentName> = new Set(['ProvideAmount', 'ProvidePayee', 'ProvideAccount']);

/** The slot of an answer intent that holds what a correction takes back ("not fifty", "not the statement"): never a value to act on. */
const TAKEN_BACK: { readonly [I in IntentName]?: SlotName<I> } = { ProvideAmount: 'notAmount', ProvidePayee: 'notPayee', ProvideAccount: 'notAccount', PayCard: 'notOption' };

/** Whether the turn carries a value to act on: a slot heard, other than one taken back. */
export function carriesValue(turn: Turn): boolean {
  const takenBack: string | undefined = TAKEN_BACK[turn.intent];
  return Object.entries(turn.slots).some(([name, slot]) => name !== takenBack && isHeard(slot));
}

/** Whether the turn only takes a value back ("not fifty", "nicht an Jonas"), naming none in its place. */
export function onlyTakesBack(turn: Turn): boolean {
  const takenBack: string | undefined = TAKEN_BACK[turn.intent];
  return takenBack !== undefined && isHeard(turn.slots[takenBack]) && !carriesValue(turn);
}

/**
 * The turn, or the fallback when it is a value-only answer without its value and no transfer (or
 * card question, for a card taken back) waits for it.
 */
export function emptyAnswerAsFallback(turn: Turn, conversation: Conversation): Turn {
  // Right after a transfer, "wrong amount" is about the transfer just made: its flow answers.
  if (!VALUE_ONLY.has(turn.intent) || conversation.awaiting?.kind === 'transfer' || conversation.awaiting?.kind === 'after-transfer') return turn;
  // "Not the credit card" to "lock your debit card and your credit card?" leaves the other one.
  if (conversation.awaiting?.kind === 'card-change' && onlyTakesBack(turn)) return turn;
  return carriesValue(turn) ? turn : { ...turn, intent: 'Fallback', slots: {} };
}
