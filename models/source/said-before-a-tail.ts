/**
 * An answer followed by a word that adds nothing to it ("Bob, yeah", "fifty dollars please, thank
 * you", "vom Girokonto, danke"). A model that has met "yeah" or "thanks" mostly alone hears the
 * answer as a yes or a thank-you and drops the value; these samples keep it in the intent of the
 * value it names.
 */
import type { Locale } from '../../fulfillment/kit/locale';
import { BARE } from './said-after-a-filler';
import { CURRENCY_WORDS, VALUES } from './yes-with-a-value';

/** Words said after an answer that add nothing to it. */
const TAILS: Record<'en' | 'de', readonly string[]> = {
  en: ['yeah', 'yes', 'yep', 'thanks', 'thank you', 'please thank you', 'cheers', 'ta'],
  de: ['ja', 'danke', 'bitte', 'danke schön', 'genau', 'bitte danke'],
};

/** The samples of one field's value followed by a tail word, in one locale; `{pin}` for the PIN. */
export function beforeATail(field: keyof typeof VALUES | 'pin', locale: Locale): string[] {
  const language = locale === 'de-DE' ? 'de' : 'en';
  const values = field === 'pin' ? ['{pin}'] : [...BARE[field][language], ...VALUES[field][language]];
  return TAILS[language].flatMap((tail) => values.map((value) => `${value.replace('{currency word}', CURRENCY_WORDS[locale])} ${tail}`));
}
