/**
 * "The other way round", "andersrum": a move between own accounts in the opposite direction, said
 * to its read-back. Per locale, matched against heard slot text and compiled into the interaction
 * model as a slot type of its own, so no platform reads the words as a payee's name.
 */
import type { Locale } from '../kit/locale';

const ENGLISH = ['the other way round', 'the other way around', 'other way round', 'other way around', 'the other way', 'the opposite way', 'the opposite direction', 'the reverse', 'reverse it', 'vice versa', 'swap them', 'swap them around', 'switch them', 'switch them around', 'the wrong way round', 'the wrong way around', 'back to front'];

/** One value: the accounts swapped. */
export const REVERSE_WORDS: Readonly<Record<Locale, Readonly<Record<'reverse', readonly string[]>>>> = {
  'en-US': { reverse: ENGLISH },
  'en-GB': { reverse: ENGLISH },
  'de-DE': { reverse: ['andersrum', 'andersherum', 'umgekehrt', 'genau umgekehrt', 'in die andere richtung', 'die andere richtung', 'vertauscht', 'vertausch die konten', 'tausch die konten', 'falsch herum', 'verkehrt herum'] },
};
