/**
 * "Actually no, and cancel the one to Bob too", "nein, und storniere auch die an Jonas": the words
 * of a no said before a cancel in the same breath, per locale. Matched against heard slot text
 * and compiled into the interaction model.
 */
import type { Locale } from '../kit/locale';

// Said with the word that joins the cancel on: a bare "no" is the answer to a question, never this slot's value.
const ENGLISH = ['no and', 'actually no and', 'no wait and', 'nope and', 'no no and', 'oh no and', 'no actually and', 'nah and', 'no thanks and', 'wait no and', 'no and also'];

/** One value: a no to the question asked, said before the cancel. */
export const NO_FIRST_WORDS: Readonly<Record<Locale, Readonly<Record<'no', readonly string[]>>>> = {
  'en-US': { no: ENGLISH },
  'en-GB': { no: ENGLISH },
  'de-DE': { no: ['nein und', 'ach nein und', 'nee und', 'nein doch nicht und', 'doch nicht und', 'nein warte und', 'nein danke und', 'nein und auch'] },
};
