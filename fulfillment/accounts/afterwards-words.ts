/**
 * "How much will I have left?", "wie viel bleibt mir dann?": the words that turn a balance
 * question asked while a transfer waits into one about the source account after it, per locale.
 * Matched against heard slot text and compiled into the interaction model as a slot type.
 */
import type { Locale } from '../kit/locale';

const ENGLISH = [
  'left', 'left after that', 'left afterwards', 'left over', 'left after the transfer', 'left after this transfer', 'left after this',
  'after that', 'afterwards', 'after the transfer', 'after this transfer', 'after this', 'then',
];

/** One value: after the transfer. */
export const AFTERWARDS_WORDS: Readonly<Record<Locale, Readonly<Record<'after', readonly string[]>>>> = {
  'en-US': { after: ENGLISH },
  'en-GB': { after: ENGLISH },
  'de-DE': { after: ['dann', 'danach', 'dann noch', 'danach noch', 'nach der überweisung', 'dann übrig', 'danach übrig', 'nach dieser überweisung'] },
};
