/**
 * Answers whose meaning is the open question's: the same words are a yes to one question and a
 * no to another. Each such intent names the questions where it means something other than its
 * default; it never reaches a handler of its own.
 *
 * - `Later` ("not now", "ask me later", "jetzt nicht"): to "did you make this purchase?" it is no
 *   answer about the purchase, which a no would lock the card for and report as fraud; it leaves
 *   the question for later, as "never mind" does. To a transfer's questions ("how much?", "shall I
 *   send it?") it says the money should not go now: the transfer stops, as after "cancel", rather
 *   than asking what to change or whether to stop. Anywhere else it is a no.
 * - `Intended` ("that was on purpose", "that's what I wanted", "das war so gewollt"): to "did you
 *   make this purchase?" (and its "after all?"), a transfer's questions and "lock these cards?"
 *   it is a yes: the purchase was the customer's, what was read back is what they want. To the
 *   offer to undo a transfer, and anywhere else, it is a no: what was done stays as it is.
 * - `Wrong` ("that's not right", "that looks wrong", "das stimmt nicht"): right after a transfer
 *   the customer disputes money that may still be called back, and hears the offer to cancel it,
 *   as a plain "cancel" there gets (or, where the bank can no longer cancel it, why not). Anywhere
 *   else it is a no: to a read-back it asks what to change.
 * - `CantRemember` ("I can't remember it", "ich komm nicht drauf"): in a transfer, whose one
 *   thing to remember is the PIN, it is the PIN forgotten: at the PIN prompt the transfer ends
 *   with where a new PIN is chosen, at its other questions that is said in passing. Anywhere else
 *   it is no answer: to "did you make this purchase?" it is never a forgotten PIN.
 */
import type { AwaitingKind } from './awaiting';
import type { Conversation } from './conversation-state';
import type { IntentName } from './intent-catalog';
import type { Turn } from './turn';

/** Per intent read by the question: what it means where a question says otherwise, and elsewhere. */
const BY_QUESTION: Readonly<Partial<Record<IntentName, { readonly at: Partial<Record<AwaitingKind, IntentName>>; readonly otherwise: IntentName }>>> = {
  Later: { at: { 'fraud-check': 'Cancel', transfer: 'Cancel' }, otherwise: 'No' },
  Intended: { at: { 'fraud-check': 'Yes', 'fraud-reported': 'Yes', transfer: 'Yes', 'card-change': 'Yes' }, otherwise: 'No' },
  Wrong: { at: { 'after-transfer': 'Cancel' }, otherwise: 'No' },
  CantRemember: { at: { transfer: 'ForgotPin' }, otherwise: 'Fallback' },
};

/** The turn as the open question reads its intent, for the intents listed above; any other turn as it is. */
export function readByQuestion(turn: Turn, conversation: Conversation): Turn {
  const reading = BY_QUESTION[turn.intent];
  if (!reading) return turn;
  const open = conversation.awaiting?.kind;
  return { ...turn, intent: (open && reading.at[open]) ?? reading.otherwise };
}
