/**
 * "About fifty", "a couple hundred", "so um die fünfzig Euro": words that make an amount a guess,
 * per locale. Money is sent only to the cent asked for, so an amount said with one of them is
 * asked for again, never read as the number beside it. Compiled into the interaction model.
 */
import type { Locale } from '../kit/locale';
import { normaliseHeard } from '../pipeline/word-match';
import type { SlotValue } from '../pipeline/turn';

const ENGLISH = {
  rough: [
    'about', 'around', 'roughly', 'approximately', 'somewhere around', 'something like', 'in the region of', 'more or less', 'give or take',
    'or so', 'ish', 'or thereabouts', 'a couple', 'a couple of', 'a few',
    // A bound is a guess too: "just over fifty", "a fiver and a bit".
    'just over', 'just under', 'a bit over', 'a bit under', 'a bit more than', 'a bit less than', 'a little over', 'a little under',
    'a little more than', 'a little less than', 'slightly over', 'slightly more than', 'slightly less than', 'and a bit', 'or a bit more',
  ],
};

/** Per locale, the words that make an amount said beside them a guess. */
export const ROUGH_AMOUNT_WORDS: Readonly<Record<Locale, Readonly<Record<'rough', readonly string[]>>>> = {
  'en-US': ENGLISH,
  'en-GB': ENGLISH,
  'de-DE': {
    rough: [
      'ungefähr', 'etwa', 'in etwa', 'circa', 'zirka', 'so um die', 'um die', 'so etwa', 'rund', 'so ungefähr', 'plusminus', 'oder so', 'ein paar',
      // Eine Grenze ist auch eine Schätzung: "knapp hundert", "etwas mehr als fünfzig".
      'knapp', 'knapp über', 'knapp unter', 'etwas über', 'etwas unter', 'etwas mehr als', 'etwas weniger als', 'ein bisschen mehr als', 'ein bisschen weniger als',
      'ein bisschen über', 'gut und gerne', 'und ein bisschen',
    ],
  },
};

const ROUGH = new Set(Object.values(ROUGH_AMOUNT_WORDS).flatMap((words) => words.rough.map(normaliseHeard)));

/**
 * Whether a slot says an amount is a guess: the platform resolved it to the id (Dialogflow sends it as the value), or its words are
 * among those above. Other words a platform left in the slot ("plus" of "twenty plus five") are not.
 */
export function saysRough(slot: SlotValue | undefined): boolean {
  if (!slot) return false;
  return slot.id === 'rough' || slot.value.trim() === 'rough' || ROUGH.has(normaliseHeard(slot.value));
}
