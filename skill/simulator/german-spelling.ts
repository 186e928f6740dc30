/**
 * German typed without its own letters. A keyboard without umlauts writes "fuenfzig", "Uberweisung",
 * "zurueck", "dreissig"; speech never does, and the readers of values (our number words, the
 * month names, the session's payees) know only "fünfzig", "Überweisung", "zurück". Before German
 * text is understood, each word that neither the model nor the number words know is written again
 * with the umlauts (and "ß") that make it a word they know, and is left as typed where none does.
 * Written here because no package restores umlauts against a vocabulary of our own.
 */
import type { PlatformModel } from './platforms/platform-model';
import type { CustomTypes } from './values/find-values';
import { germanNumberWord } from './values/german-numbers';

/** The words of a text, lower case, as written (umlauts kept). */
const wordsOf = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];

/** Words the value readers know besides the model's samples: month names, and the ones dates are said with. */
const READERS_WORDS = ['märz', 'jänner', 'nächste', 'nächsten', 'nächster', 'nächstes', 'übermorgen', 'vorgestern', 'gestern', 'heute', 'für', 'über'];

/** Every word the model's samples, out-of-scope sentences and slot values say. */
export function germanVocabulary(model: PlatformModel): Set<string> {
  const words = new Set(READERS_WORDS);
  const add = (text: string) => wordsOf(text).forEach((w) => words.add(w));
  for (const intent of model.intents) [...intent.samples, ...intent.literal].forEach(add);
  model.outOfScope.forEach(add);
  addTypes(words, model.customTypes);
  return words;
}

function addTypes(words: Set<string>, types: CustomTypes): void {
  for (const values of Object.values(types)) for (const value of values) for (const synonym of value.synonyms) wordsOf(synonym).forEach((w) => words.add(w));
}

/** A number word, alone or as the ordinal of a day ("fünfzig", "zwölften"). */
const isNumberWord = (word: string) => germanNumberWord(word) !== undefined || germanNumberWord(word.replace(/s?te[nrsm]?$/u, '')) !== undefined;

const UMLAUT: Readonly<Record<string, string>> = { a: 'ä', o: 'ö', u: 'ü' };

/** Where a word may lack an umlaut or "ß": "ae", "oe", "ue" written out, a bare a/o/u, "ss". At most this many are tried. */
const MOST_PLACES = 6;

interface Place {
  readonly at: number;
  readonly length: number;
  readonly letter: string;
}

function placesIn(word: string): Place[] {
  const places: Place[] = [];
  for (let at = 0; at < word.length; at++) {
    const pair = word.slice(at, at + 2);
    const vowel = UMLAUT[word[at] ?? ''];
    if (vowel && pair[1] === 'e') places.push({ at, length: 2, letter: vowel });
    else if (vowel) places.push({ at, length: 1, letter: vowel });
    else if (pair === 'ss') places.push({ at, length: 2, letter: 'ß' });
  }
  return places;
}

/** The word with the places chosen by `mask` written with their letters. */
function spelled(word: string, places: readonly Place[], mask: number): string {
  let out = '';
  let from = 0;
  places.forEach((p, i) => {
    if (!(mask & (1 << i))) return;
    out += word.slice(from, p.at) + p.letter;
    from = p.at + p.length;
  });
  return out + word.slice(from);
}

const bitsOf = (mask: number) => mask.toString(2).replace(/0/g, '').length;

/** The known word a typed word means, with the fewest letters changed; undefined where it is known as typed or none fits. */
function respelled(word: string, known: (w: string) => boolean): string | undefined {
  if (known(word)) return undefined;
  const places = placesIn(word);
  if (places.length === 0 || places.length > MOST_PLACES) return undefined;
  const masks = Array.from({ length: (1 << places.length) - 1 }, (_, i) => i + 1).sort((a, b) => bitsOf(a) - bitsOf(b));
  for (const mask of masks) {
    // Two places that overlap ("ss" then "s…") cannot both be written.
    if (places.some((p, i) => mask & (1 << i) && places.some((q, j) => j > i && mask & (1 << j) && q.at < p.at + p.length))) continue;
    const candidate = spelled(word, places, mask);
    if (known(candidate)) return candidate;
  }
  return undefined;
}

/** Rewrites German text so that words typed without umlauts or "ß" read as the words they are; `session` adds the session's values (payees). */
export type GermanSpelling = (text: string, session?: CustomTypes) => string;

/** The spelling of a model's vocabulary. */
export function germanSpelling(model: PlatformModel): GermanSpelling {
  const vocabulary = germanVocabulary(model);
  return (text, session) => {
    // The session's few values beside the model's words, never a copy of them all on every turn.
    const sessionWords = new Set<string>();
    if (session) addTypes(sessionWords, session);
    const known = (w: string) => vocabulary.has(w) || sessionWords.has(w) || isNumberWord(w);
    return text.replace(/\p{L}+/gu, (typed) => {
      const better = respelled(typed.toLowerCase(), known);
      if (better === undefined) return typed;
      return typed[0] === typed[0]?.toLowerCase() ? better : (better[0] ?? '').toUpperCase() + better.slice(1);
    });
  };
}
