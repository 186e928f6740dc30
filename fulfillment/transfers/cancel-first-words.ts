/**
 * "Cancel that and tell me my balance", "vergiss es, wie ist mein Kontostand": the words that
 * drop the transfer being prepared before the question said with them, per locale. Matched
 * against heard slot text and compiled into the interaction model. A word that is a cancel on its
 * own ("abbrechen", "egal") is left out: put in place of the slot's type, it would no longer be
 * told from the answer it leads ("nein, abbrechen" to the read-back).
 */
import type { Locale } from '../kit/locale';

const ENGLISH = [
  'cancel that', 'cancel it', 'cancel the transfer', 'cancel this transfer', 'actually cancel that', 'forget it', 'forget that', 'forget the transfer', 'forget about it',
  'never mind', 'never mind that', 'never mind the transfer', 'scratch that', 'drop it', 'drop the transfer', 'stop the transfer', 'no cancel that', 'actually forget it',
];

/** One value: the transfer being prepared is dropped first. */
export const CANCEL_FIRST_WORDS: Readonly<Record<Locale, Readonly<Record<'cancel', readonly string[]>>>> = {
  'en-US': { cancel: ENGLISH },
  'en-GB': { cancel: ENGLISH },
  'de-DE': {
    cancel: [
      'vergiss es', 'vergiss das', 'vergiss die überweisung', 'lass es', 'lass das', 'lass die überweisung', 'brich ab', 'brich das ab', 'brich die überweisung ab',
      'storniere das', 'nein vergiss es', 'ach vergiss es',
    ],
  },
};
