/**
 * "Charges over a hundred dollars", "Zahlungen von mehr als 50 Euro": the words that make an amount
 * a floor, every payment larger than it, rather than the one payment of that amount. Per locale,
 * matched against heard slot text and compiled into the interaction model. German "über" alone
 * stays out: "die Abbuchung über 50 Euro" is the payment of 50 euros; after a plural or "alles"
 * it is a floor.
 */
import type { Locale } from '../kit/locale';

const ENGLISH = ['over', 'more than', 'above', 'bigger than', 'larger than', 'greater than', 'higher than', 'upwards of', 'in excess of'];

/** The one value: larger than the amount said. */
export const ABOVE_WORDS: Readonly<Record<Locale, Readonly<Record<'above', readonly string[]>>>> = {
  'en-US': { above: ENGLISH },
  'en-GB': { above: ENGLISH },
  // "Über" after a plural or "alles" ("alle Abbuchungen über 100 Euro", "alles über 50 Euro") is a floor.
  'de-DE': { above: ['mehr als', 'von mehr als', 'größer als', 'höher als', 'oberhalb von', 'alles über', 'abbuchungen über', 'zahlungen über', 'umsätze über', 'buchungen über'] },
};
