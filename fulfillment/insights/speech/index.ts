import type { Locale } from '../../kit/locale';
import type { InsightsSpeech } from './catalog';
import { deDEInsights } from './de-DE';
import { enGBInsights, enUSInsights } from './en';

const CATALOGS: Readonly<Record<Locale, InsightsSpeech>> = { 'en-US': enUSInsights, 'en-GB': enGBInsights, 'de-DE': deDEInsights };

/** The insights' sentences for a locale. */
export function insightsSpeech(locale: Locale): InsightsSpeech {
  return CATALOGS[locale];
}
