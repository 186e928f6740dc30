/**
 * "Send Bob the same as last time", "überweise Jonas das Gleiche wie letztes Mal": the words that
 * ask for the amount of the last transfer to that payee, per locale. Matched against heard slot
 * text and compiled into the interaction model.
 */
import type { Locale } from '../kit/locale';

const ENGLISH = [
  'the same as last time', 'same as last time', 'the same amount as last time', 'the same amount', 'the same as before',
  'same as before', 'the same again', 'the usual', 'the usual amount',
];

/** The one value: the amount of the last transfer to the payee. */
export const SAME_AMOUNT_WORDS: Readonly<Record<Locale, Readonly<Record<'same', readonly string[]>>>> = {
  'en-US': { same: ENGLISH },
  'en-GB': { same: ENGLISH },
  'de-DE': {
    same: [
      'das gleiche wie letztes mal', 'dasselbe wie letztes mal', 'das gleiche wie beim letzten mal', 'den gleichen betrag wie letztes mal',
      'den gleichen betrag', 'denselben betrag', 'das gleiche wie immer', 'wie immer', 'das übliche', 'den üblichen betrag',
    ],
  },
};
