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
    ],
  },
};
