import { GB_ACCOUNT_NAMES, US_ACCOUNT_NAMES } from '../../accounts/speech/en';
import type { Locale } from '../../kit/locale';
import type { TransferSpeech } from './catalog';
import { deDETransfer } from './de-DE';
import { englishTransferSpeech } from './en';

const CATALOGS: Readonly<Record<Locale, TransferSpeech>> = {
  'en-US': englishTransferSpeech('en-US', US_ACCOUNT_NAMES),
  'en-GB': englishTransferSpeech('en-GB', GB_ACCOUNT_NAMES),
  'de-DE': deDETransfer,
};

/** The transfer dialog's sentences for a locale. */
export function transferSpeech(locale: Locale): TransferSpeech {
  return CATALOGS[locale];
}

export type { Destination, TransferSpeech } from './catalog';
