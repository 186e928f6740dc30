/**
 * "Pay the nanny sixty dollars", "pay the babysitter": the platform may hear "pay the {option}" of
 * a card payment, with a word that is no option of it in the option slot (Alexa fills a custom
 * slot with words it does not know). Such a word names a person: the turn is a transfer to that
 * payee, so the customer hears whether there is a payee of that name, and the money never goes
 * to the credit card unasked. Words that speak of the card or its bill stay the card payment's.
 */
import type { Turn } from '../pipeline/turn';
import { matchWords } from '../pipeline/word-match';
import { CARD_OPTION_WORDS } from './card-option-words';

/** Words that keep an unknown option the card's ("the credit card bill", "my Visa", "die Kartenrechnung"). */
const ABOUT_THE_CARD = /card|credit|bill|visa|master|amex|statement|balance|minimum|payment|amount|karte|rechnung|betrag|saldo|zahlung/i;

/** The turn, with a card payment to a person made a transfer to them. */
export function personNotCard(turn: Turn): Turn {
  if (turn.intent !== 'PayCard') return turn;
  const { option, ...rest } = turn.slots;
  const heard = matchWords(option, CARD_OPTION_WORDS[turn.locale]);
  if (heard.kind !== 'unknown' || ABOUT_THE_CARD.test(heard.heard) || heard.heard.split(/\s+/).length > 3) return turn;
  return { ...turn, intent: 'Transfer', slots: { ...rest, payee: { value: heard.heard } } };
}
