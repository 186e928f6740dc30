/**
 * "Add ten", "ten more", "zehn Euro mehr", "leg zehn drauf": an amount said as what to add to the
 * amount already asked for; "ten less", "take off ten", "zehn Euro weniger": what to take off it.
 * Per locale, matched against heard slot text and compiled into the interaction model as a slot
 * type of its own, so the amount added or taken off is never taken for the whole.
 */
import type { Locale } from '../kit/locale';

const ENGLISH = { more: ['more', 'add', 'extra', 'on top', 'add another', 'more on top'], less: ['less', 'fewer', 'take off', 'knock off', 'minus'] };

/** Two values: add the amount said to the one asked for, or take it off. */
export const MORE_WORDS: Readonly<Record<Locale, Readonly<Record<'more' | 'less', readonly string[]>>>> = {
  'en-US': ENGLISH,
  'en-GB': ENGLISH,
  'de-DE': { more: ['mehr', 'drauf', 'obendrauf', 'dazu', 'noch dazu'], less: ['weniger', 'abziehen', 'runter'] },
};
