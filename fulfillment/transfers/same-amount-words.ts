/**
 * "Send Bob the same as last time", "überweise Jonas das Gleiche wie letztes Mal", "same again":
 * the words that ask for the amount of the last transfer to that payee (right after a voice
 * transfer, of that transfer), per locale. Matched against heard slot
 * text and compiled into the interaction model.
 */
import type { Locale } from '../kit/locale';

const ENGLISH = {
  same: ['the same as last time', 'same as last time', 'the same amount as last time', 'the same as before', 'same as before', 'the usual', 'the usual amount', 'as much as last time', 'the same as the last time', 'what i sent last time',
    // The payee said again as a pronoun: "pay Bob what I paid him last time".
    'what i sent her last time', 'what i sent him last time', 'what i sent them last time', 'what i paid last time', 'what i paid her last time',
    'what i paid him last time', 'what i paid them last time', 'what i gave her last time', 'what i gave him last time', 'what i sent her before',
    'what i sent him before', 'the same as i sent her last time', 'the same as i sent him last time', 'as much as i sent her last time', 'as much as i sent him last time',
  ],
  again: [
    'the same amount', 'the same again', 'the same', 'same again', 'the same amount again', 'do that again', 'do the same again', 'the same thing again',
    // "Send that again", "repeat that transfer": a new transfer of the one just made, never the "Done" said again.
    'that again', 'it again', 'that transfer again', 'the same transfer again', 'repeat that transfer', 'repeat the transfer', 'repeat the last transfer',
    'repeat my last transfer', 'repeat my last payment', 'repeat the last payment', 'redo that transfer', 'redo the last transfer', 'redo my last transfer',
    'do my last transfer again', 'send my last transfer again', 'make the same transfer again', 'my last transfer again',
  ],
};

/**
 * `same`: the amount of the last transfer to the payee ("as last time"). `again`: right after a
 * voice transfer, that transfer's amount, to whomever it went ("and the same to Maria"); later,
 * as `same`.
 */
export const SAME_AMOUNT_WORDS: Readonly<Record<Locale, Readonly<Record<'same' | 'again', readonly string[]>>>> = {
  'en-US': ENGLISH,
  'en-GB': ENGLISH,
  'de-DE': {
    same: [
      'das gleiche wie letztes mal', 'dasselbe wie letztes mal', 'das gleiche wie beim letzten mal', 'den gleichen betrag wie letztes mal',
      'das gleiche wie immer', 'wie immer', 'das übliche', 'den üblichen betrag',
      'so viel wie letztes mal', 'so viel wie beim letzten mal', 'genauso viel wie letztes mal',
      'was ich letztes mal überwiesen habe', 'was ich letztes mal geschickt habe', 'was ich ihr letztes mal geschickt habe', 'was ich ihm letztes mal geschickt habe',
      'was ich ihr letztes mal überwiesen habe', 'was ich ihm letztes mal überwiesen habe', 'was ich ihr letztes mal geschickt hab', 'was ich ihm letztes mal geschickt hab',
      'so viel wie ich ihr letztes mal geschickt habe', 'so viel wie ich ihm letztes mal geschickt habe',
    ],
    again: ['den gleichen betrag', 'denselben betrag', 'das gleiche', 'dasselbe', 'das nochmal', 'das noch einmal', 'die überweisung nochmal', 'die gleiche überweisung nochmal', 'das gleiche noch einmal', 'das gleiche nochmal', 'dasselbe nochmal', 'nochmal das gleiche', 'nochmal dasselbe', 'den gleichen betrag nochmal',
      'wiederhole die letzte überweisung', 'wiederhol die letzte überweisung', 'die letzte überweisung nochmal', 'meine letzte überweisung nochmal', 'die letzte überweisung wiederholen'],
  },
};
