/** Word stems per language, from NLP.js's Snowball-style stemmers (the only part of NLP.js the skill uses). */
import { StemmerDe } from '@nlpjs/lang-de';
import { StemmerEn } from '@nlpjs/lang-en-min';
import type { Locale } from '../../../fulfillment/kit/locale';

/** A word -> its stem. */
export type Stem = (word: string) => string;

/** The stemmer of a locale's language, remembering the words it has stemmed. */
export function stemmerFor(locale: Locale): Stem {
  const stemmer = locale.startsWith('de') ? new StemmerDe() : new StemmerEn();
  const seen = new Map<string, string>();
  return (word) => {
    let stem = seen.get(word);
    if (stem === undefined) {
      stem = stemmer.stemWord(word);
      seen.set(word, stem);
    }
    return stem;
  };
}
