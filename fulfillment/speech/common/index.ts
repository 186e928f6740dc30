import type { Locale } from '../../kit/locale';
import type { CommonSpeech } from './catalog';
import { deDECommon } from './de-DE';
import { englishCommon } from './en';

const CATALOGS: Readonly<Record<Locale, CommonSpeech>> = { 'en-US': englishCommon('en-US'), 'en-GB': englishCommon('en-GB'), 'de-DE': deDECommon };

/** The shared sentences of a locale; a missing locale is a compile error. */
export function commonSpeech(locale: Locale): CommonSpeech {
  return CATALOGS[locale];
}

export type { CommonSpeech } from './catalog';
