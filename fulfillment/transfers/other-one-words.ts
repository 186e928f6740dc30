/**
 * "No, the other one", "nein, die andere": after a payee was chosen from two ("which Anna?"), the
 * one not chosen; to "lock your credit card?", the customer's other cards. Per locale, matched against heard slot text and compiled into the interaction
 * model as a slot type of its own, so no platform reads the words as a payee's name.
 */
import type { Locale } from '../kit/locale';

const ENGLISH = ['the other one', 'other one', 'the other person', 'the other payee', 'the other one please', 'the other card', 'other card', 'the other'];

/** One value: the other of the two payees offered. */
export const OTHER_ONE_WORDS: Readonly<Record<Locale, Readonly<Record<'other', readonly string[]>>>> = {
  'en-US': { other: ENGLISH },
  'en-GB': { other: ENGLISH },
  'de-DE': { other: ['die andere', 'den anderen', 'der andere', 'die andere person', 'an die andere', 'an den anderen', 'der anderen', 'dem anderen', 'die andere karte'] },
};
