/**
 * "How much will I have left?", "wie viel bleibt mir dann?": the words that turn a balance
 * question asked while a transfer waits into one about the source account after it, per locale.
 * Matched against heard slot text and compiled into the interaction model as a slot type.
 */
import type { Locale } from '../kit/locale';

const ENGLISH = [
  'will i have left', 'would i have left', 'will be left', 'would be left', 'will i have left after that', 'will i have left afterwards', 'will i have left after the transfer',
  'will i have after that', 'will i have afterwards', 'will be left after that', 'will be left over', 'will remain',
  'will my balance be after that', 'would my balance be after that', 'will my balance be afterwards', 'will my balance be after the transfer', 'will my balance be after this',
]

/** One value: after the transfer. */
export const AFTERWARDS_WORDS: Readonly<Record<Locale, Readonly<Record<'after', readonly string[]>>>> = {
  'en-US': { after: ENGLISH },
  'en-GB': { after: ENGLISH },
  'de-DE': { after: ['bleibt mir dann', 'bleibt dann', 'bleibt mir danach', 'bleibt danach', 'bleibt nach der überweisung', 'bleibt mir nach der überweisung', 'habe ich dann noch', 'habe ich danach noch', 'hätte ich dann noch', 'bleibt dann übrig', 'bleibt danach übrig'] },
};
