/**
 * An answer led by a word that carries nothing ("well, fifty dollars", "so, to Anna Lee", "oh,
 * from checking", "naja, fünfzig Euro"). Speech recognisers drop "um" and "äh" but keep these, and
 * a model that has met "oh" only in "oh no, wrong person" or "well" only in "well, let me think"
 * reads the answer as a cancel or a pause. These samples put such an answer in the intent of the
 * value it names.
 */
import type { Locale } from '../../fulfillment/kit/locale';
import { CURRENCY_WORDS, VALUES } from './yes-with-a-value';

/** Words said before an answer that add nothing to it. */
const FILLERS: Record<'en' | 'de', readonly string[]> = {
  en: ['well', 'so', 'oh', 'okay so', 'oh right'],
  de: ['oh', 'naja', 'tja', 'ach so'],
};

/** The value alone, beside the forms a yes is said with. */
export const BARE: Record<keyof typeof VALUES, Record<'en' | 'de', readonly string[]>> = {
  amount: { en: ['{amount}'], de: ['{amount}'] },
  payee: { en: ['{payee}', "it's for {payee}"], de: ['{payee}'] },
  account: { en: ['{from}'], de: [] },
};

/** "Just Bob", "only from savings": "just" before an amount has samples of its own. */
const JUST: Record<keyof typeof VALUES, Record<'en' | 'de', readonly string[]>> = {
  amount: { en: [], de: [] },
  payee: { en: ['just {payee}', 'just to {payee}'], de: ['nur an {payee}', 'einfach an {payee}'] },
  account: {
    en: ['just {from}', 'just from {from}', 'just my {from}', 'just the {from} account', 'just the {from} one', 'only {from}', '{from} only', 'only from {from}', 'only my {from}', 'just the {from}', 'only the {from}'],
    de: ['einfach vom {from}', 'nur vom {from}', 'einfach das {from}', 'nur das {from}', 'nur {from}', 'nur von meinem {from}'],
  },
};

/** The samples of one field's value led by a filler word, in one locale. */
export function afterAFiller(field: keyof typeof VALUES, locale: Locale): string[] {
  const language = locale === 'de-DE' ? 'de' : 'en';
  const values = [...BARE[field][language], ...VALUES[field][language]];
  return [...FILLERS[language].flatMap((filler) => values.map((value) => `${filler} ${value.replace('{currency word}', CURRENCY_WORDS[locale])}`)), ...JUST[field][language]];
}
