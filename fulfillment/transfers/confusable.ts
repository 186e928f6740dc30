/** Amounts that are easy to mishear: thirteen/thirty ... nineteen/ninety, and fifteen/fifty. */
import type { Money } from '../kit/money';
import { CURRENCY_EXPONENTS } from '../kit/money';

const TEENS = new Set([13, 14, 15, 16, 17, 18, 19]);
const TENS = new Set([30, 40, 50, 60, 70, 80, 90]);

/**
 * Whether the whole-unit part of an amount is one a listener could hear as its teen or tens
 * twin (13 and 30, 15 and 50...), alone or as the leading words of a larger amount
 * ("fifteen hundred" / "fifty hundred" is not a phrase, so only 13..19 and 30..90 count).
 */
export function isConfusable(amount: Money): boolean {
  const unit = 10 ** CURRENCY_EXPONENTS[amount.currency];
  const whole = Math.floor(amount.minor / unit);
  return TEENS.has(whole) || TENS.has(whole);
}
