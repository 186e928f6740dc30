/**
 * Text from the bank's records that someone else wrote (a transaction's description, a
 * merchant, a memo), as it may be spoken: anything shaped like an IBAN or an account or card
 * number is withheld, even where a bank record holds one, so the skill never says more of a
 * number than the last four digits it chooses to say.
 */
import type { Locale } from '../kit/locale';

const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b/g;
/** Eight digits or more in a row (spaces and dashes between them allowed): account and card numbers. */
const LONG_NUMBER = /\d(?:[ -]?\d){7,}/g;

/** What is said in place of a withheld number. */
const WITHHELD: Readonly<Record<Locale, string>> = { 'en-US': 'a withheld number', 'en-GB': 'a withheld number', 'de-DE': 'eine ausgeblendete Nummer' };

/** A text with anything shaped like an IBAN or an account or card number replaced. */
export function withoutAccountNumbers(text: string, replacement: string): string {
  return text.replace(IBAN, replacement).replace(LONG_NUMBER, replacement);
}

/** A text from the bank's records as a locale speaks it, numbers withheld. */
export function spokenBankText(text: string, locale: Locale): string {
  return withoutAccountNumbers(text, WITHHELD[locale]);
}

/** Every way a text from the bank's records may stand in a sentence: as it is, or as each locale speaks it. */
export function bankTextVariants(text: string): string[] {
  return [...new Set([text, ...(Object.keys(WITHHELD) as Locale[]).map((l) => spokenBankText(text, l))])];
}
