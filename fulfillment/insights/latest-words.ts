/**
 * "How much did I send Anna last time", "wann war ich zuletzt bei Edeka": the words that turn a
 * spending question into one about its most recent payment, per locale. Matched against heard
 * slot text and compiled into the interaction model.
 */
import type { Locale } from '../kit/locale';

// "Last" and "letzte" alone also end a list read out ("the last one", "die letzte"), where they
// are a place on the list: only the words that say "the most recent" beyond doubt are here, and
// "last" as the adverb before a verb ("when did I last pay Bob"), which samples put only there.
const ENGLISH = ['last time', 'the last time', 'most recent', 'most recently', 'latest', 'last'];

/** The one value: the most recent payment. */
export const LATEST_WORDS: Readonly<Record<Locale, Readonly<Record<'latest', readonly string[]>>>> = {
  'en-US': { latest: ENGLISH },
  'en-GB': { latest: ENGLISH },
  'de-DE': { latest: ['zuletzt', 'letzter', 'letzte', 'letztes mal', 'das letzte mal', 'beim letzten mal', 'letzte mal', 'neueste', 'jüngste'] },
};
