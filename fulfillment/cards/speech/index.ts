import type { Locale } from '../../kit/locale';
import type { CardsSpeech } from './catalog';
import { deDECards } from './de-DE';
import { englishCards } from './en';

const CATALOGS: Readonly<Record<Locale, CardsSpeech>> = { 'en-US': englishCards('en-US'), 'en-GB': englishCards('en-GB'), 'de-DE': deDECards };

/** The cards feature's sentences for a locale. */
export function cardsSpeech(locale: Locale): CardsSpeech {
  return CATALOGS[locale];
}

export type { SpokenCard, StatementAnswer } from './catalog';
