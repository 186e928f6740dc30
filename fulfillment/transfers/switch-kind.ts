/**
 * A change of mind about what kind of transfer this is, said in the middle of one: "actually,
 * pay my credit card bill" while sending to Bob, "no wait, move money between my accounts", or
 * "send it to Bob instead" while paying the card. The draft becomes the kind asked
 * for, keeping what still fits (the source, and the amount where the money still goes by an
 * amount), and the dialog asks for what the new kind still needs. Nothing moves without the
 * read-back of the new draft. A payee named while paying the card is handled where payees are
 * merged (slots.ts), as one named in a move between own accounts is.
 */
import type { Account } from '../banks/bank-types';
import type { IntentName } from '../pipeline/intent-catalog';
import { isHeard, type Turn } from '../pipeline/turn';
import { carriesValue } from '../pipeline/empty-answer';
import { accountKindOf } from '../accounts/account-words';
import { startOrderAgain, type TransferDraft, type TransferKind } from './draft';

/**
 * The kind a turn asks for instead of the draft's, or undefined when it answers or corrects
 * the draft as it is. Paying the card is unmistakable, except where a number in it may be PIN digits or where
 * it names only an option ("all of it"), which answers the question asked. A move
 * between own accounts or a transfer to someone asks for that kind only when it names nothing:
 * "from savings", heard as a move, is the source of this transfer, and "to my savings" turns a
 * transfer to someone into a move where accounts are merged.
 */
export function kindAskedFor(draft: TransferDraft, turn: Turn): TransferKind | undefined {
  const asked = KIND_OF[turn.intent];
  if (!asked || goesOnWith(draft, turn.intent)) return undefined;
  const names = carriesValue(turn);
  // "All of it" to "how much?" may be heard as paying the card's balance: an option alone answers
  // the question asked. An option only a card has ("the statement balance", "the minimum") asks for the card payment.
  if (asked === 'card') return (isHeard(turn.slots.option) && !onlyACardHas(turn)) || (draft.step === 'pin' && saysNumber(turn)) ? undefined : 'card';
  // "Move it to savings instead" while paying the card: a move, with that account as the target.
  if (asked === 'own' && draft.kind === 'card' && isHeard(turn.slots.to)) return 'own';
  return names ? undefined : asked;
}

/**
 * Whether a request for a kind of transfer is about the draft open rather than another kind: one
 * for the draft's own kind, or one for a transfer to someone. "Back to the transfer", "continue
 * with the transfer", "carry on" while a move between own accounts or a card payment waits:
 * customers call any of them "the transfer", so such a request naming no one goes on with the
 * one open. Naming a payee still turns it into a transfer to them (where payees are merged).
 */
export function goesOnWith(draft: TransferDraft, intent: IntentName): boolean {
  const asked = KIND_OF[intent];
  return asked !== undefined && (asked === draft.kind || asked === 'payee');
}

/** Whether the turn holds a number (at the PIN step, perhaps the PIN heard as a card payment's amount). */
function saysNumber(turn: Turn): boolean {
  return [turn.slots.amount, turn.slots.number, turn.slots.cents].some(isHeard);
}

/** Words of a card payment's options that no other transfer has: the statement, the minimum, the bill. */
const CARD_ONLY = /statement|minimum|bill|mindest|rechnung|abrechnung/i;

/**
 * Whether a card payment's option, said where another transfer waits for an answer, can only mean
 * the card: the minimum, the card named as where the money goes, or words of the statement as said
 * (Alexa passes them; Dialogflow passes its reference value "statement", which "all of it" shares).
 */
function onlyACardHas(turn: Turn): boolean {
  const option = turn.slots.option;
  if (!option) return false;
  const from = turn.slots.from;
  if (option.id === 'minimum' || option.value === 'minimum' || (isHeard(from) && accountKindOf(from, turn.locale) === 'credit-card')) return true;
  return option.id !== undefined && option.value !== option.id && CARD_ONLY.test(option.value);
}

/** The kind of transfer each request intent asks for. */
export const KIND_OF: Partial<Record<IntentName, TransferKind>> = { Transfer: 'payee', TransferOwn: 'own', PayCard: 'card' };

/**
 * Makes the draft the kind asked for. Where the money went is forgotten; the source stays
 * unless it is the card now paid. The amount stays for a transfer or a move, and goes for a card
 * payment, which asks which balance to pay (an amount said in the same breath is merged after).
 * Returns false, changing nothing, when the customer has no credit card to pay.
 */
export function switchKind(draft: TransferDraft, kind: TransferKind, accounts: readonly Account[]): boolean {
  const card = accounts.find((a) => a.kind === 'credit-card');
  if (kind === 'card' && !card) return false;
  draft.kind = kind;
  draft.payeeId = undefined;
  draft.candidates = undefined;
  draft.cardOption = undefined;
  draft.otherAmount = undefined;
  draft.toId = kind === 'card' ? card?.id : undefined;
  if (kind === 'card') {
    draft.amount = undefined;
    draft.amountChecked = false;
    if (draft.fromId === card?.id) draft.fromId = undefined;
  }
  draft.failures = 0;
  startOrderAgain(draft);
  return true;
}

/**
 * Whether a card payment's request, said again while that payment waits ("pay my credit card" to
 * its own question of options), names only the card it pays: a platform may hear "my credit card"
 * as the payment's source. It asks to go on, as the request naming nothing does, never an answer
 * not understood.
 */
export function namesOnlyThePaidCard(draft: TransferDraft, turn: Turn): boolean {
  if (draft.kind !== 'card' || turn.intent !== 'PayCard') return false;
  const heard = Object.entries(turn.slots).filter(([, slot]) => isHeard(slot));
  return heard.length > 0 && heard.every(([name, slot]) => (name === 'from' || name === 'account') && slot !== undefined && accountKindOf(slot, turn.locale) === 'credit-card');
}
