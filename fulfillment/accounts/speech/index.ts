import type { Locale } from '../../kit/locale';
import type { AccountsSpeech } from './catalog';
import { deDEAccounts } from './de-DE';
import { englishAccounts, GB_ACCOUNT_NAMES, US_ACCOUNT_NAMES } from './en';

const CATALOGS: Readonly<Record<Locale, AccountsSpeech>> = {
  'en-US': englishAccounts('en-US', US_ACCOUNT_NAMES),
  'en-GB': englishAccounts('en-GB', GB_ACCOUNT_NAMES),
  'de-DE': deDEAccounts,
};

/** The accounts feature's sentences for a locale. */
export function accountsSpeech(locale: Locale): AccountsSpeech {
  return CATALOGS[locale];
}
