/**
 * "Both", "all of them", "beide": every item a question was about, or every one of a kind the
 * customer has (both cards, both transfers). Per locale, matched against heard slot text and
 * compiled into the interaction model as a slot type of its own, so that "both" is never a plain
 * yes: to "lock your debit card?" it asks about both cards, and "cancel both" is no cancel of one.
 */
import type { Locale } from '../kit/locale';

const ENGLISH = ['both', 'both of them', 'all of them', 'all', 'both cards', 'all my cards', 'both transfers', 'all three'];

/** One value: all of them. */
export const ALL_OF_THEM_WORDS: Readonly<Record<Locale, Readonly<Record<'all', readonly string[]>>>> = {
  'en-US': { all: ENGLISH },
  'en-GB': { all: ENGLISH },
  'de-DE': { all: ['beide', 'alle beide', 'alle', 'beide karten', 'alle karten', 'alle meine karten', 'beide überweisungen', 'alle drei'] },
};
