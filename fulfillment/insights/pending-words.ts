/**
 * "Any pending transactions?", "was ist vorgemerkt?": the words that turn a transactions question
 * into one about what the bank holds as pending, per locale. Matched against heard slot text and
 * compiled into the interaction model as a slot type of its own.
 */
import type { Locale } from '../kit/locale';

const ENGLISH = ['pending', 'still pending', 'not cleared', 'not cleared yet', 'uncleared', "haven't gone through", "haven't gone through yet", 'not gone through', 'on hold', 'being processed'];

/** One value: pending. */
export const PENDING_WORDS: Readonly<Record<Locale, Readonly<Record<'pending', readonly string[]>>>> = {
  'en-US': { pending: ENGLISH },
  'en-GB': { pending: ENGLISH },
  'de-DE': { pending: ['vorgemerkt', 'vorgemerkte', 'vorgemerkten', 'ausstehend', 'ausstehende', 'ausstehenden', 'noch nicht gebucht', 'noch nicht abgebucht', 'in bearbeitung'] },
};
