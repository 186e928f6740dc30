import type { Locale } from '../locale';
import type { SpeechCatalog } from './catalog';
import { deDE } from './de-DE';
import { enGB } from './en-GB';
import { enUS } from './en-US';

/** The speech catalogue of every locale; a missing locale is a compile error. */
export const CATALOGS: Readonly<Record<Locale, SpeechCatalog>> = { 'en-US': enUS, 'en-GB': enGB, 'de-DE': deDE };

/** The sentences for a locale. */
export function speechFor(locale: Locale): SpeechCatalog {
  return CATALOGS[locale];
}
