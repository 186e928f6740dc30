/**
 * "Add ten", "ten more", "zehn Euro mehr", "leg zehn drauf": an amount said as what to add to the
 * amount already asked for. Per locale, matched against heard slot text and compiled into the
 * interaction model as a slot type of its own, so the added amount is never taken for the whole.
 */
import type { Locale } from '../kit/locale';

const ENGLISH = ['more', 'add', 'extra', 'on top', 'add another', 'more on top'];

/** One value: add the amount said to the one asked for. */
export const MORE_WORDS: Readonly<Record<Locale, Readonly<Record<'more', readonly string[]>>>> = {
  'en-US': { more: ENGLISH },
  'en-GB': { more: ENGLISH },
  'de-DE': { more: ['mehr', 'drauf', 'obendrauf', 'dazu', 'noch dazu'] },
};
