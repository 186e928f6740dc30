/** Matches a heard slot against a table of ids and the words customers use for each. */
import type { SlotValue } from './turn';

/** No value heard, a known id, or words that name none. */
export type WordMatch<T extends string> =
  | { readonly kind: 'none' }
  | { readonly kind: 'matched'; readonly id: T }
  | { readonly kind: 'unknown'; readonly heard: string };

/** The longest heard name the skill repeats back. */
const MAX_SAID_BACK = 60;

/**
 * A heard name as the skill may say it back: a platform may send an entity's id
 * ("blue-bottle-coffee"), which is spoken as words, and no more than 60 characters are repeated.
 */
export function heardAsWords(text: string): string {
  return text.replace(/[-_]+/g, ' ').trim().slice(0, MAX_SAID_BACK);
}

/** Normalises heard words: lower case, "my"/"mein" and punctuation dropped, spaces folded. */
export function normaliseHeard(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .replace(/\b(my|the|mein|meine|meinem|meinen|das|die|dem|den)\b/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The longest heard text the skill repeats back. */
const MAX_HEARD = 60;

/** Matches a slot by the platform's resolved id first, then by the words in the table. */
export function matchWords<T extends string>(slot: SlotValue | undefined, table: Readonly<Record<T, readonly string[]>>): WordMatch<T> {
  const heard = slot?.value.trim() ?? '';
  if (!slot || (!heard && !slot.id)) return { kind: 'none' };
  const ids = Object.keys(table) as T[];
  const byId = ids.find((id) => id === slot.id || id === heard);
  if (byId) return { kind: 'matched', id: byId };
  const normalised = normaliseHeard(heard);
  const byWords = normalised ? ids.find((id) => table[id].some((w) => normaliseHeard(w) === normalised)) : undefined;
  return byWords ? { kind: 'matched', id: byWords } : { kind: 'unknown', heard: heard.slice(0, MAX_HEARD) };
}
