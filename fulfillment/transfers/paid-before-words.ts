/**
 * "The one I paid last time", "die von letztem Mal": a payee told apart by the bank's history
 * (to "which Anna?", the one of them paid most recently). Per locale, matched against heard slot
 * text and compiled into the interaction model as a slot type of its own, so that no platform
 * reads the words as a payee's name or as a question about a pay deposit.
 */
import type { Locale } from '../kit/locale';

const ENGLISH = [
  'the one i paid last time', 'the one i paid last', 'the one i paid before', 'the one i sent money to last time', 'the one i sent it to last time',
  'the one from last time', 'the same one as last time', 'the one i usually pay', 'the last one i paid', 'whoever i paid last time', 'the person i paid last time',
  // Asked as a question ("which one did I pay last?") or said with "recently", "before" or "same":
  // the history decides, never a question about spending or the number one.
  'which one did i pay last', 'which one did i pay last time', 'which one did i send money to last', 'who did i pay last time', 'who did i pay last',
  'whichever one i paid last', 'whichever i paid last', 'the one i paid most recently', 'the one i paid recently', 'the one i sent money to recently',
  'the one i sent money to last', 'the one i paid last week', 'same one as before', 'the same one as before', 'same one as last time',
  'the same person as last time', 'same person as last time', 'the same one i paid before', 'the usual one', 'the one i always pay',
];

/** One value: the payee, among those in question, that the history shows was paid last. */
export const PAID_BEFORE_WORDS: Readonly<Record<Locale, Readonly<Record<'last', readonly string[]>>>> = {
  'en-US': { last: ENGLISH },
  'en-GB': { last: ENGLISH },
  'de-DE': {
    last: [
      'die von letztem mal', 'den von letztem mal', 'die vom letzten mal', 'den vom letzten mal', 'die ich zuletzt bezahlt habe', 'den ich zuletzt bezahlt habe',
      'der ich zuletzt überwiesen habe', 'dem ich zuletzt überwiesen habe', 'der ich letztes mal überwiesen habe', 'dem ich letztes mal überwiesen habe',
      'an die von letztem mal', 'an den von letztem mal',
      'der ich letztes mal was geschickt habe', 'der ich letztes mal was geschickt hab', 'dem ich letztes mal was geschickt habe',
      'der ich letztes mal geld geschickt habe', 'dem ich letztes mal geld geschickt habe', 'die ich letztes mal bezahlt habe',
      'der ich zuletzt was geschickt habe', 'dem ich zuletzt geld geschickt habe',
      // Als Frage ("welche hab ich zuletzt bezahlt?") oder mit "gleiche", "neulich", "wie immer":
      // der Verlauf entscheidet, nie eine Frage nach Ausgaben oder eine Kartenzahlung.
      'welche hab ich zuletzt bezahlt', 'welche habe ich zuletzt bezahlt', 'wen hab ich zuletzt bezahlt', 'wen habe ich zuletzt bezahlt',
      'welcher hab ich zuletzt was überwiesen', 'die gleiche wie letztes mal', 'den gleichen wie letztes mal', 'dieselbe wie letztes mal',
      'denselben wie letztes mal', 'die gleiche wie beim letzten mal', 'den gleichen wie beim letzten mal', 'die ich zuletzt bezahlt hab',
      'den ich zuletzt bezahlt hab', 'der ich neulich was überwiesen habe', 'dem ich neulich was überwiesen habe', 'die von neulich',
      'den von neulich', 'die übliche', 'den üblichen', 'die wie immer', 'den wie immer',
    ],
  },
};
