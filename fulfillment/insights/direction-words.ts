/**
 * "What went out of my savings", "was ging von meinem Sparkonto ab": the words that narrow a
 * transactions question to the money that left an account, or that came in, per locale. Matched
 * against heard slot text and compiled into the interaction model as a slot type of its own.
 */
import type { Locale } from '../kit/locale';

/** Which way the money moved: out of the account, or into it. */
export type Direction = 'out' | 'in';

const ENGLISH: Readonly<Record<Direction, readonly string[]>> = {
  out: ['went out', 'came out', 'gone out', 'go out', 'come out', 'left', 'was taken out', 'was paid out', 'money out', 'outgoing', 'debits'],
  in: ['went in', 'came in', 'gone in', 'come in', 'was paid in', 'money in', 'incoming', 'credits'],
};

/** Words for each direction. */
export const DIRECTION_WORDS: Readonly<Record<Locale, Readonly<Record<Direction, readonly string[]>>>> = {
  'en-US': ENGLISH,
  'en-GB': ENGLISH,
  // "Ging ... ab" is split by what stands between: the slot holds the particle at the end.
  'de-DE': {
    out: ['ab', 'abgegangen', 'abgebucht', 'raus', 'rausgegangen', 'ausgänge', 'abbuchungen', 'belastungen'],
    in: ['ein', 'eingegangen', 'rein', 'reingekommen', 'eingänge', 'gutschriften'],
  },
};
