import type { Locale } from '../locale';
import type { SpeechCatalog } from './catalog';
import { deDE } from './de-DE';
import { enGB } from './en-GB';
import { enUS } from './en-US';
import type { InsightsSpeech } from './insights/catalog';
import { deDEInsights } from './insights/de-DE';
import { enGBInsights } from './insights/en-GB';
import { enUSInsights } from './insights/en-US';
import type { TransferSpeech } from './transfer/catalog';
import { deDETransfer } from './transfer/de-DE';
import { enGBTransfer } from './transfer/en-GB';
import { enUSTransfer } from './transfer/en-US';

/** The speech catalogue of every locale; a missing locale is a compile error. */
export const CATALOGS: Readonly<Record<Locale, SpeechCatalog>> = { 'en-US': enUS, 'en-GB': enGB, 'de-DE': deDE };

/** Every sentence handlers can say: the core catalogue and each feature's own. */
export type Speech = SpeechCatalog & InsightsSpeech & { readonly transfer: TransferSpeech };

const INSIGHTS: Readonly<Record<Locale, InsightsSpeech>> = { 'en-US': enUSInsights, 'en-GB': enGBInsights, 'de-DE': deDEInsights };

const SPEECH: Readonly<Record<Locale, Speech>> = {
  'en-US': { ...CATALOGS['en-US'], ...INSIGHTS['en-US'], transfer: enUSTransfer },
  'en-GB': { ...CATALOGS['en-GB'], ...INSIGHTS['en-GB'], transfer: enGBTransfer },
  'de-DE': { ...CATALOGS['de-DE'], ...INSIGHTS['de-DE'], transfer: deDETransfer },
};

/** The sentences for a locale. */
export function speechFor(locale: Locale): Speech {
  return SPEECH[locale];
}
