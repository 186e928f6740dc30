/**
 * "The second one", "die zweite", "number two", "the last": which item of a list read out the
 * customer means. Platforms send an ordinal slot as digits (AMAZON.Ordinal "2", @sys.ordinal 2);
 * a platform that routed the words to another slot sends them as heard, so both are read.
 */
import type { SlotValue, Turn } from './turn';
import { endingIn } from './ending-in';

/**
 * The slot that names a position: the platform's ordinal ("the second one"), or the ends of a
 * list that no platform's ordinal type knows ("the last one", "the latter", "die letzte").
 */
export function positionSlot(slots: Turn['slots']): SlotValue | undefined {
  return slots.ordinal ?? slots.position;
}

const WORDS: readonly (readonly string[])[] = [
  ['first', '1st', 'one', 'former', 'top', 'erste', 'ersten', 'erster', 'erstes', 'eins', 'erstere', 'ersteren', 'ersterer', 'ersteres', 'obere', 'oberen', 'oberste', 'obersten'],
  ['second', '2nd', 'two', 'zweite', 'zweiten', 'zweiter', 'zweites', 'zwei'],
  ['third', '3rd', 'three', 'dritte', 'dritten', 'dritter', 'drittes', 'drei'],
  ['fourth', '4th', 'four', 'vierte', 'vierten', 'vierter', 'viertes', 'vier'],
  ['fifth', '5th', 'five', 'fünfte', 'fünften', 'fünfter', 'fünftes', 'fünf'],
  ['sixth', '6th', 'six', 'sechste', 'sechsten', 'sechster', 'sechstes', 'sechs'],
];
const LAST = new Set(['last', 'latter', 'final', 'bottom', 'untere', 'unteren', 'unterste', 'untersten', 'allerletzte', 'letzte', 'letzten', 'letzter', 'letztes', 'letztere', 'letzteren', 'letzterer', 'letzteres']);
/** Words that may stand around an ordinal without changing it. */
const FILLER = new Set(['the', 'one', 'very', 'number', 'please', 'i', 'mean', 'die', 'der', 'das', 'den', 'nummer', 'bitte', 'ich', 'meine', 'option', 'choice']);

/** The one-based place a slot names ("the third one" is 3, "the last" is `count`), past the list's end or not. */
function placeNamed(slot: SlotValue | undefined, count: number): number | undefined {
  // A resolved list end arrives with its id ("first", "last") whatever words were said.
  const end = slot?.id === 'first' || slot?.id === 'last' ? slot.id : undefined;
  const text = (end ?? slot?.value ?? '').trim().toLowerCase().replace(/[.,!?]/g, ' ');
  if (!text) return undefined;
  const words = text.split(/\s+/).filter(Boolean);
  const meaningful = words.filter((w) => !FILLER.has(w));
  // "one" alone is the first; "the second one" keeps "second".
  const [word] = meaningful.length > 0 ? meaningful : words;
  if (word === undefined || meaningful.length > 1) return undefined;
  if (/^\d{1,2}$/.test(word)) return Number(word);
  if (LAST.has(word)) return count;
  const found = WORDS.findIndex((forms) => forms.includes(word));
  return found >= 0 ? found + 1 : undefined;
}

/**
 * The zero-based position in a list of `count` items that a slot names, or undefined when the
 * slot names no position, or one past the end of the list.
 */
export function ordinalOf(slot: SlotValue | undefined, count: number): number | undefined {
  const place = placeNamed(slot, count);
  return place !== undefined && place >= 1 && place <= count ? place - 1 : undefined;
}

/** "The third one" of a list of two: a place the list does not reach, which the customer hears is not there. */
export function pastTheEnd(slot: SlotValue | undefined, count: number): boolean {
  const place = placeNamed(slot, count);
  return count > 0 && place !== undefined && place > count;
}

/**
 * The item of a list read out that a "which one?" answer names: by the last digits the skill
 * spoke for each ("the one ending in 7781"), else by its place ("the second one"). Undefined when
 * it names none, or digits that fit no one item.
 */
export function placeSaid(slots: Turn['slots'], lastFours: readonly string[]): number | undefined {
  const byDigits = endingIn(slots.last4, lastFours);
  return byDigits === 'no-match' ? undefined : (byDigits ?? ordinalOf(positionSlot(slots), lastFours.length));
}
