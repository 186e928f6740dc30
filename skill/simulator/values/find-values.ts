/**
 * Every slot value in typed text: the built-in kinds (money, numbers, digit sequences, ordinals,
 * dates) and the values of the platform's custom slot types, by their synonyms.
 */
import type { Locale } from '../../../fulfillment/kit/locale';
import { digitSequences } from './digit-sequences';
import { englishValues } from './english';
import type { BuiltinKind, FoundValue, Recognised } from './found-value';
import { germanValues } from './german';

/** A custom slot type's values on one platform and locale: the id (or reference value) and its synonyms. */
export type CustomValues = readonly { readonly id: string; readonly synonyms: readonly string[] }[];

/** Custom slot types by their name on the platform. */
export type CustomTypes = Readonly<Record<string, CustomValues>>;

/** Where two values cover the same words, the earlier kind here wins ("1234" is digits before a number, "in 2025" a date). */
const PRECEDENCE: readonly BuiltinKind[] = ['money', 'date', 'digits', 'ordinal'];
const rank = (type: string) => {
  const i = PRECEDENCE.indexOf(type as BuiltinKind);
  if (i >= 0) return i;
  return type === 'number' ? PRECEDENCE.length + 1 : PRECEDENCE.length;
};

function isLetter(char: string | undefined): boolean {
  return char !== undefined && /\p{L}|\p{N}/u.test(char);
}

/** Words right before the last digits of an account or payee: "the one ending in 81", "die mit der Endung 02". */
const ENDING_IN = /(?:\bend(?:ing|s)\s+in|\bendung|\bendet\s+auf)\s+$/i;

/**
 * The built-in values of a text in a locale, relative to `now` for dates. Two or three digits
 * after "ending in" are the end of a number the skill spoke, as a digit sequence: the platforms'
 * sequence types take them there, where no amount is meant. Four are never a year there ("the
 * one ending in 1209"), which would take the place of the digits.
 */
export function builtinValues(text: string, locale: Locale, now: Date = new Date()): Recognised[] {
  const read = locale.startsWith('de') ? germanValues(text, now) : englishValues(text, locale, now);
  const language = read.filter((v) => !(v.type === 'date' && /^\d{4}$/.test(v.text) && ENDING_IN.test(text.slice(0, v.start))));
  const endings = language.filter((v) => v.type === 'number' && /^\d{2,3}$/.test(v.value ?? '') && ENDING_IN.test(text.slice(0, v.start)));
  return [...language, ...digitSequences(text, locale), ...endings.map((v): Recognised => ({ ...v, type: 'digits' }))];
}

function synonyms(typeName: string, values: CustomValues, text: string, locale: Locale): FoundValue[] {
  const lower = text.toLocaleLowerCase(locale);
  const found: FoundValue[] = [];
  for (const { id, synonyms: words } of values) {
    for (const word of words) {
      const needle = word.toLocaleLowerCase(locale);
      if (!needle) continue;
      for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
        const end = at + needle.length;
        if (!isLetter(lower[at - 1]) && !isLetter(lower[end])) found.push({ type: typeName, start: at, end, text: text.slice(at, end), id });
      }
    }
  }
  return found;
}

/** Every slot value in the text, longest first where they overlap, in reading order. */
export function findValues(text: string, locale: Locale, types: CustomTypes, now?: Date): FoundValue[] {
  const all: FoundValue[] = [...builtinValues(text, locale, now)];
  for (const [name, values] of Object.entries(types)) all.push(...synonyms(name, values, text, locale));
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || rank(a.type) - rank(b.type));
  const kept: FoundValue[] = [];
  for (const f of all) {
    const same = kept.findIndex((k) => k.start === f.start && k.end === f.end && k.type === f.type);
    const twin = kept[same];
    // Words that name two values ("Anna" for two payees) resolve to neither: the skill must ask.
    // Words of another type inside a kept value ("credit card" in "my credit card") stay as its alternative.
    const sameWords = kept.findIndex((k) => k.start <= f.start && f.end <= k.end && k.type !== f.type);
    const other = kept[sameWords];
    if (twin && twin.id !== f.id) kept[same] = { type: twin.type, start: twin.start, end: twin.end, text: twin.text };
    else if (other && !twin) kept[sameWords] = { ...other, alternatives: [...(other.alternatives ?? []), f] };
    else if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The text with each found value replaced by its placeholder word. */
export function withPlaceholders(text: string, found: readonly FoundValue[], placeholder: (type: string) => string): string {
  let out = '';
  let at = 0;
  for (const f of found) {
    out += `${text.slice(at, f.start)}${placeholder(f.type)}`;
    at = f.end;
  }
  return out + text.slice(at);
}
