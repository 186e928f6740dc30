/** Reads an amount of money from the slots a platform filled, as decimal text, never as a float. */
import { isCurrencyCode, parseDecimal, type CurrencyCode, type Money } from '../kit/money';
import { err, ok, type Result } from '../kit/result';
import type { SlotValue } from '../pipeline/turn';

/** Why an amount could not be used. */
export type AmountProblem = 'unreadable' | 'other-currency' | 'not-positive';

const WHOLE_OR_DECIMAL = /^\d{1,12}(?:[.,]\d{1,2})?$/;

/**
 * The amount in `amount` (and `cents`, where Alexa heard "and twenty cents"), in the account's
 * currency. Dialogflow's unit-currency arrives as {value: "12.5", currency: "USD"}; Alexa's
 * AMAZON.NUMBER as "50". A German decimal comma ("12,50") is read as a decimal point.
 */
export function amountFromSlots(
  slots: Readonly<Record<string, SlotValue | undefined>>,
  accountCurrency: CurrencyCode,
): Result<Money | undefined, AmountProblem> {
  const amount = slots.amount;
  if (!amount || !amount.value.trim()) return ok(undefined);
  const text = amount.value.trim();
  if (!WHOLE_OR_DECIMAL.test(text)) return err('unreadable');
  if (amount.currency && (!isCurrencyCode(amount.currency) || amount.currency !== accountCurrency)) return err('other-currency');
  let decimal = text.replace(',', '.');
  const cents = slots.cents?.value.trim();
  if (cents) {
    if (decimal.includes('.') || !/^\d{1,2}$/.test(cents)) return err('unreadable');
    decimal = `${decimal}.${cents.padStart(2, '0')}`;
  }
  const money = parseDecimal(decimal, accountCurrency);
  if (!money.ok) return err('unreadable');
  return money.value.minor > 0 ? ok(money.value) : err('not-positive');
}
