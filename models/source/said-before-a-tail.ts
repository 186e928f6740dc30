/**
 * An answer followed by a word that adds nothing to it ("Bob, yeah", "fifty dollars please, thank
 * you", "vom Girokonto, danke", "the second one, I guess", "1234, that's it"). A model that has met
 * "yeah", "thanks" or "that's it" mostly alone hears the answer as a yes, a thank-you or a stop and
 * drops the value; these samples keep it in the intent of the value it names.
 */
import type { Locale } from '../../fulfillment/kit/locale';
import { BARE } from './said-after-a-filler';
import { CURRENCY_WORDS, VALUES } from './yes-with-a-value';

/** Words said after an answer that add nothing to it. */
const TAILS: Record<'en' | 'de', readonly string[]> = {
  en: ['yeah', 'yes', 'yep', 'thanks', 'thank you', 'please thank you', 'cheers', 'ta'],
  de: ['ja', 'danke', 'bitte', 'danke schön', 'genau', 'bitte danke'],
};

/** The closings that end a list, the only ones said after an account. */
const LIST_CLOSINGS: Record<'en' | 'de', readonly string[]> = {
  // Written out as well as contracted: a recogniser or a typist may give either.
  en: ["that's it", "that's all", 'that is it', 'that is all'],
  de: ["das war's", 'das ist alles', 'das war es'],
};

/**
 * "That's it" or "okay" said after an answer closes the answer, not the conversation. After an
 * account only the closings that end a list ("checking, that's all"): "savings, okay" would
 * outweigh "savings" alone where an own-account move waits for its destination.
 */
const CLOSINGS: Record<'en' | 'de', readonly string[]> = {
  en: [...LIST_CLOSINGS.en, 'okay', 'alright', 'sure'],
  de: [...LIST_CLOSINGS.de, 'okay', 'gut', 'alles klar'],
};

/** A doubt said after an answer ("fifty, I suppose"): the read-back that follows settles it. */
const HEDGES: Record<'en' | 'de', readonly string[]> = {
  en: ['i suppose', 'i guess'],
  de: ['denke ich', 'schätze ich'],
};

/** A place in a list read out ("the second one, yes", "die erste, danke"). */
const CHOICES: Record<'en' | 'de', readonly string[]> = { en: ['the {ordinal} one', 'the {ordinal}'], de: ['die {ordinal}', 'den {ordinal}'] };

/** The samples of one field's value followed by a tail word, in one locale; `{pin}` for the PIN, `{ordinal}` for a choice. */
export function beforeATail(field: keyof typeof VALUES | 'pin' | 'choice', locale: Locale): string[] {
  const language = locale === 'de-DE' ? 'de' : 'en';
  // The shortest forms only: the longer ones ("send it to Bob") would outweigh the requests that open with them.
  const values = field === 'pin' ? ['{pin}'] : field === 'choice' ? CHOICES[language] : [...BARE[field][language], ...VALUES[field][language].slice(0, 1)];
  // A PIN said with a doubt is a PIN all the same; it has no samples of its own.
  const closings = field === 'choice' || field === 'account' ? [] : CLOSINGS[language];
  const tails = field === 'pin' ? [...TAILS[language], ...closings] : [...TAILS[language], ...HEDGES[language], ...closings];
  // An account before a closing ("checking, that's all", "Girokonto, das war's") is the account
  // alone, whichever the question: as the source, the closings would pull a bare "savings" away
  // from the destination an own-account move asks for.
  const closed = field === 'account' ? LIST_CLOSINGS[language].map((closing) => `{account} ${closing}`) : [];
  return [...tails.flatMap((tail) => values.map((value) => `${value.replace('{currency word}', CURRENCY_WORDS[locale])} ${tail}`)), ...closed];
}
