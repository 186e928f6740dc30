/**
 * "The second one", "die zweite", "number two", "the last": which item of a list read out the
 * customer means. Platforms send an ordinal slot as digits (AMAZON.Ordinal "2", @sys.ordinal 2);
 * a platform that routed the words to another slot sends them as heard, so both are read.
 */
import type { SlotValue } from './turn';

const WORDS: readonly (readonly string[])[] = [
  ['first', '1st', 'one', 'erste', 'ersten', 'erster', 'erstes', 'eins'],
  ['second', '2nd', 'two', 'zweite', 'zweiten', 'zweiter', 'zweites', 'zwei'],
  ['third', '3rd', 'three', 'dritte', 'dritten', 'dritter', 'drittes', 'drei'],
  ['fourth', '4th', 'four', 'vierte', 'vierten', 'vierter', 'viertes', 'vier'],
  ['fifth', '5th', 'five', 'fünfte', 'fünften', 'fünfter', 'fünftes', 'fünf'],
  ['sixth', '6th', 'six', 'sechste', 'sechsten', 'sechster', 'sechstes', 'sechs'],
];
const LAST = new Set(['last', 'letzte', 'letzten', 'letzter', 'letztes']);
/** Words that may stand around an ordinal without changing it. */
const FILLER = new Set(['the', 'one', 'number', 'please', 'i', 'mean', 'die', 'der', 'das', 'den', 'nummer', 'bitte', 'ich', 'meine', 'option', 'choice']);

/**
 * The zero-based position in a list of `count` items that a slot names, or undefined when the
 * slot names no position, or one past the end of the list.
 */
export function ordinalOf(slot: SlotValue | undefined, count: number): number | undefined {
  const text = slot?.value.trim().toLowerCase().replace(/[.,!?]/g, ' ') ?? '';
  if (!text) return undefined;
  const words = text.split(/\s+/).filter(Boolean);
  const meaningful = words.filter((w) => !FILLER.has(w));
  // "one" alone is the first; "the second one" keeps "second".
  const [word] = meaningful.length > 0 ? meaningful : words;
  if (word === undefined || meaningful.length > 1) return undefined;
  let index: number | undefined;
  if (/^\d{1,2}$/.test(word)) index = Number(word) - 1;
  else if (LAST.has(word)) index = count - 1;
  else {
    const found = WORDS.findIndex((forms) => forms.includes(word));
    index = found >= 0 ? found : undefined;
  }
  return index !== undefined && index >= 0 && index < count ? index : undefined;
}
