/**
 * "What did I spend the most on", "wofür habe ich am meisten ausgegeben": the words that turn a
 * spending question into one about where the money went, category by category, per locale.
 * Matched against heard slot text and compiled into the interaction model.
 */
import type { Locale } from '../kit/locale';

const ENGLISH = ['the most', 'most', 'the most money', 'most money', 'by category', 'per category', 'top categories', 'biggest categories', 'each category'];

/** The one value: the spending by category. */
export const BREAKDOWN_WORDS: Readonly<Record<Locale, Readonly<Record<'by-category', readonly string[]>>>> = {
  'en-US': { 'by-category': ENGLISH },
  'en-GB': { 'by-category': ENGLISH },
  'de-DE': { 'by-category': ['am meisten', 'das meiste', 'das meiste geld', 'nach kategorien', 'nach kategorie', 'pro kategorie', 'je kategorie'] },
};
