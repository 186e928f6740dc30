/** Money as each locale speaks and writes it: "$2,450.17", "2.450,17 €", "£12.50". */
import { absolute, CURRENCY_EXPONENTS, toDecimal, type CurrencyCode, type Money } from '../kit/money';
import type { Locale } from '../kit/locale';

/**
 * How each locale writes an amount of money, as Intl.NumberFormat's currency style writes it
 * (CLDR through Node's ICU). Kept as a table rather than asked of Intl at run time: the first
 * Intl.NumberFormat in a process makes V8 build its table of every ICU locale, about 15-20 ms
 * here, which would fall on the first answer of every fresh instance (a Lambda's cold start).
 * `test/unit/money.test.ts` checks every locale and currency against Intl.NumberFormat, so the
 * table cannot drift from what ICU writes.
 */
const NUMBER_STYLES: Readonly<Record<Locale, { group: string; decimal: string; signBefore: boolean }>> = {
  'en-US': { group: ',', decimal: '.', signBefore: true },
  'en-GB': { group: ',', decimal: '.', signBefore: true },
  'de-DE': { group: '.', decimal: ',', signBefore: false },
};

/** Currency signs where a locale writes a sign rather than the ISO code. */
const SIGNS: Readonly<Record<Locale, Partial<Record<CurrencyCode, string>>>> = {
  'en-US': { USD: '$', EUR: '\u20ac', GBP: '\u00a3', JPY: '\u00a5' },
  'en-GB': { USD: 'US$', EUR: '\u20ac', GBP: '\u00a3', JPY: 'JP\u00a5' },
  'de-DE': { USD: '$', EUR: '\u20ac', GBP: '\u00a3', JPY: '\u00a5' },
};

/** Every sign and code an amount can be written with in any locale the skill speaks. */
export const CURRENCY_SIGNS: readonly string[] = [...new Set([...Object.keys(CURRENCY_EXPONENTS), ...Object.values(SIGNS).flatMap((s) => Object.values(s))])];

const NBSP = '\u00a0';

/** Speaks money in a locale's own way: "$2,450.17", "2.450,17 €", "£12.50". */
export function formatMoney(m: Money, locale: Locale): string {
  const style = NUMBER_STYLES[locale];
  const [whole = '0', fraction] = toDecimal(absolute(m)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, style.group);
  const number = fraction === undefined ? grouped : `${grouped}${style.decimal}${fraction}`;
  const sign = SIGNS[locale][m.currency];
  const minus = m.minor < 0 ? '-' : '';
  if (!style.signBefore) return `${minus}${number}${NBSP}${sign ?? m.currency}`;
  // A written sign sits against the digits ("$5.00"), a code keeps a space ("CHF 5.00").
  return sign ? `${minus}${sign}${number}` : `${minus}${m.currency}${NBSP}${number}`;
}

/** Currencies by the name a locale says them in ("dollars", "Pfund"). */
const CURRENCY_NAMES: Readonly<Record<Locale, Partial<Record<CurrencyCode, string>>>> = {
  'en-US': { USD: 'dollars', EUR: 'euros', GBP: 'pounds', CHF: 'Swiss francs', JPY: 'yen' },
  'en-GB': { USD: 'US dollars', EUR: 'euros', GBP: 'pounds', CHF: 'Swiss francs', JPY: 'yen' },
  'de-DE': { USD: 'US-Dollar', EUR: 'Euro', GBP: 'Pfund', CHF: 'Franken', JPY: 'Yen' },
};

/** A currency as said aloud in a locale ("dollars", "Euro"); its ISO code where the locale has no name for it. */
export function currencyName(code: CurrencyCode, locale: Locale): string {
  return CURRENCY_NAMES[locale][code] ?? code;
}
