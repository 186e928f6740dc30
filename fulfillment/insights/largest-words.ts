/**
 * "What was my biggest purchase last month", "meine größte Ausgabe": the words that turn a
 * spending question into one about its largest single payment, per locale. Matched against heard
 * slot text and compiled into the interaction model.
 */
import type { Locale } from '../kit/locale';

// "The biggest one", "the biggest of them": the word for what they are is part of the slot, so "one" alone is no sign of it.
const ENGLISH = ['biggest', 'largest', 'most expensive', 'highest', 'priciest', 'single biggest', 'single largest', 'big', 'large', 'biggest one', 'largest one', 'most expensive one', 'biggest of them', 'largest of them'];

/** The one value: the largest payment. */
export const LARGEST_WORDS: Readonly<Record<Locale, Readonly<Record<'largest', readonly string[]>>>> = {
  'en-US': { largest: ENGLISH },
  'en-GB': { largest: ENGLISH },
  'de-DE': { largest: ['größte', 'größten', 'größter', 'größtes', 'teuerste', 'teuersten', 'teuerster', 'teuerstes', 'höchste', 'höchsten', 'höchster'] },
};
