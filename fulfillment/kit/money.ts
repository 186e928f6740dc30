/**
 * Money as integer minor units plus an ISO 4217 currency. Amounts never pass through a
 * floating-point number: they are parsed from decimal strings and spoken from decimal strings
 * (speech/money.ts).
 *
 * Written here rather than taken from dinero.js: the core needs a plain, JSON-serialisable
 * value that can sit in a state store and cross a bank adapter unchanged, plus four integer
 * operations with a currency check; a Dinero object would have to be converted at every edge.
 */
import { type Result, err, ok } from './result';
import * as z from './schema';

/** Minor-unit exponents of the currencies the skill handles (ISO 4217). */
export const CURRENCY_EXPONENTS = { USD: 2, EUR: 2, GBP: 2, CHF: 2, SEK: 2, DKK: 2, PLN: 2, JPY: 0 } as const;

/** An ISO 4217 currency code the skill handles. */
export type CurrencyCode = keyof typeof CURRENCY_EXPONENTS;

/** An amount of money: integer minor units (cents, pence) of one currency. */
export interface Money {
  readonly minor: number;
  readonly currency: CurrencyCode;
}

/** Money as it is stored and read back: integer minor units of a currency the skill handles. */
export const moneySchema = z.object({
  minor: z.number().check(z.refine(Number.isSafeInteger, 'minor units must be a safe integer')),
  currency: z.enum(Object.keys(CURRENCY_EXPONENTS) as [CurrencyCode, ...CurrencyCode[]]),
});

/** Why a text could not be read as money. */
export type MoneyError = 'invalid-amount' | 'unknown-currency' | 'too-precise' | 'too-large';

/** Tells whether a string names a currency the skill handles. */
export function isCurrencyCode(code: string): code is CurrencyCode {
  return Object.prototype.hasOwnProperty.call(CURRENCY_EXPONENTS, code);
}

/** Builds money from integer minor units; throws on a non-integer, which is a bug. */
export function money(minor: number, currency: CurrencyCode): Money {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`minor units must be a safe integer, got ${minor}`);
  return { minor, currency };
}

const DECIMAL = /^([+-]?)(\d{1,16})(?:\.(\d+))?$/;

/**
 * Parses a decimal string such as "2450.17", "-3.1" or "50" into money. More fraction digits
 * than the currency has are refused unless they are zeros ("12.500" is fine, "12.505" is not).
 */
export function parseDecimal(text: string, currencyCode: string): Result<Money, MoneyError> {
  if (!isCurrencyCode(currencyCode)) return err('unknown-currency');
  const match = DECIMAL.exec(text.trim());
  if (!match) return err('invalid-amount');
  const [, sign, whole = '0', fraction = ''] = match;
  const exponent = CURRENCY_EXPONENTS[currencyCode];
  if (/[^0]/.test(fraction.slice(exponent))) return err('too-precise');
  const digits = whole + fraction.slice(0, exponent).padEnd(exponent, '0');
  const minor = BigInt(digits) * (sign === '-' ? -1n : 1n);
  if (minor > BigInt(Number.MAX_SAFE_INTEGER) || minor < BigInt(Number.MIN_SAFE_INTEGER)) return err('too-large');
  return ok(money(Number(minor) || 0, currencyCode));
}

/** Writes money as a plain decimal string in major units: 245017 USD -> "2450.17". */
export function toDecimal(m: Money): string {
  const exponent = CURRENCY_EXPONENTS[m.currency];
  const negative = m.minor < 0;
  const digits = Math.abs(m.minor).toString().padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = digits.slice(digits.length - exponent);
  return `${negative ? '-' : ''}${whole}${exponent > 0 ? `.${fraction}` : ''}`;
}

function assertSameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new TypeError(`currency mismatch: ${a.currency} and ${b.currency}`);
}

/** Adds two amounts of the same currency. */
export function add(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return money(a.minor + b.minor, a.currency);
}

/** Subtracts b from a; both in the same currency. */
export function subtract(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return money(a.minor - b.minor, a.currency);
}

/** Whether two amounts are the same amount of the same currency (any currencies may be compared). */
export function sameMoney(a: Money, b: Money): boolean {
  return a.minor === b.minor && a.currency === b.currency;
}

/** Compares two amounts of the same currency: negative, zero or positive. */
export function compare(a: Money, b: Money): number {
  assertSameCurrency(a, b);
  return a.minor - b.minor;
}

/** The amount with its sign dropped. */
export function absolute(a: Money): Money {
  return money(Math.abs(a.minor), a.currency);
}

/** Sums a list of amounts in one currency; an empty list sums to zero of that currency. */
export function sum(items: readonly Money[], currency: CurrencyCode): Money {
  return items.reduce((total, m) => add(total, m), money(0, currency));
}
