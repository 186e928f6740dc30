/**
 * "Did I get any interest?", "wie viel Zinsen habe ich bekommen?": the words that turn an income
 * question into one about the interest the bank paid, per locale. Matched against heard slot text
 * and compiled into the interaction model as a slot type of its own.
 */
import type { Locale } from '../kit/locale';

const ENGLISH = ['interest', 'any interest', 'interest payment', 'interest payments', 'the interest'];

/** One value: interest. */
export const INTEREST_WORDS: Readonly<Record<Locale, Readonly<Record<'interest', readonly string[]>>>> = {
  'en-US': { interest: ENGLISH },
  'en-GB': { interest: ENGLISH },
  'de-DE': { interest: ['zinsen', 'die zinsen', 'zins', 'zinserträge', 'guthabenzinsen'] },
};
