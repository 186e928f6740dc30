/** Amounts that are easy to mishear: thirteen/thirty ... nineteen/ninety, and fifteen/fifty. */
import type { Money } from '../kit/money';
import { CURRENCY_EXPONENTS, money } from '../kit/money';

const TEENS = new Set([13, 14, 15, 16, 17, 18, 19]);
const TENS = new Set([30, 40, 50, 60, 70, 80, 90]);

/** An amount's whole units (50 for $50.20), from its integer minor units. */
const wholeUnits = (amount: Money) => Math.floor(amount.minor / 10 ** CURRENCY_EXPONENTS[amount.currency]);

/**
 * Whether the whole-unit part of an amount is one a listener could hear as its teen or tens
 * twin (13 and 30, 15 and 50...), alone or as the leading words of a larger amount
 * ("fifteen hundred" / "fifty hundred" is not a phrase, so only 13..19 and 30..90 count).
 */
export function isConfusable(amount: Money): boolean {
  const whole = wholeUnits(amount);
  return TEENS.has(whole) || TENS.has(whole);
}

/** A confusable amount's whole units and the twin a listener could hear instead (50 and 15, 14 and 40). */
export interface ConfusableTwin {
  readonly said: number;
  readonly twin: number;
}

/** The whole units of a confusable amount and their twin; undefined for any other amount. */
export function confusableTwin(amount: Money): ConfusableTwin | undefined {
  const whole = wholeUnits(amount);
  if (TEENS.has(whole)) return { said: whole, twin: (whole - 10) * 10 };
  if (TENS.has(whole)) return { said: whole, twin: whole / 10 + 10 };
  return undefined;
}

/**
 * The amount a confusable one could have been heard as, its hundredths kept: $15.20 for $50.20.
 * Undefined for an amount that is not confusable.
 */
export function twinAmount(amount: Money): Money | undefined {
  const pair = confusableTwin(amount);
  if (!pair) return undefined;
  const unit = 10 ** CURRENCY_EXPONENTS[amount.currency];
  return money(amount.minor + (pair.twin - pair.said) * unit, amount.currency);
}
