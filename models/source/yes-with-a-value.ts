/**
 * A yes said together with a value ("yes exactly, to Anna Lee", "ja genau, 30 Euro", "correct,
 * from savings"). Alexa's built-in yes has no slots, and Dialogflow's Yes has none either: heard
 * as a yes, the value would be dropped and what was read out confirmed. These samples put such a
 * yes in the intent of the value it names, for every way of saying yes that customers use before
 * one, so the dialog can take the value as the correction it is.
 */
import type { Locale } from '../../fulfillment/kit/locale';

/** Ways of saying yes before a value (bare "yes" and "ja" have samples of their own). */
const YES_WORDS: Record<'en' | 'de', readonly string[]> = {
  en: ['yes exactly', 'exactly', 'correct', 'right', 'yeah right', 'yeah', 'yep', 'sure', 'okay', 'ok', 'yes please', 'that is right', 'yes right'],
  de: ['ja genau', 'genau', 'ja richtig', 'richtig', 'jawohl', 'ja klar', 'klar', 'okay', 'ok', 'ja bitte', 'passt', 'ja passt', 'stimmt', 'ja stimmt'],
};

/** The value said after the yes, per field: `{currency word}` stands for the locale's own. */
export const VALUES: Record<'amount' | 'payee' | 'account', Record<'en' | 'de', readonly string[]>> = {
  amount: { en: ['{amount} {currency word}'], de: ['{amount} euro'] },
  payee: { en: ['to {payee}', 'send it to {payee}'], de: ['an {payee}', 'schick es an {payee}'] },
  account: { en: ['from {from}', 'from my {from}'], de: ['vom {from}', 'von meinem {from}'] },
};

/**
 * A yes with an account named and nothing else ("yes, savings", "ja, Sparkonto"): the account is
 * the answer, as a yes with an amount is ("yes, sixty"). Heard as the yes, the account read out
 * would be confirmed and the one named dropped. The account is the neutral slot, so these are
 * their own list rather than every yes word before `from`.
 */
export const YES_AND_AN_ACCOUNT: Record<'en' | 'de', readonly string[]> = {
  en: ['yes {account}', 'yeah {account}', 'yes my {account}', 'yes the {account}', 'yes use {account}', 'yes use my {account}', 'yeah my {account}', 'okay {account}'],
  de: ['ja {account}', 'ja das {account}', 'ja mein {account}', 'ja nimm das {account}', 'ja lieber das {account}', 'okay {account}'],
};

/** The currency's word in each locale. */
export const CURRENCY_WORDS: Record<Locale, string> = { 'en-US': 'dollars', 'en-GB': 'pounds', 'de-DE': 'euro' };

/** The samples of a yes followed by one field's value, in one locale. */
export function yesWithA(field: keyof typeof VALUES, locale: Locale): string[] {
  const language = locale === 'de-DE' ? 'de' : 'en';
  return YES_WORDS[language].flatMap((yes) => VALUES[field][language].map((value) => `${yes} ${value.replace('{currency word}', CURRENCY_WORDS[locale])}`));
}
