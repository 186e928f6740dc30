/** Reads an amount of money from the slots a platform filled, as decimal text, never as a float. */
import { isCurrencyCode, parseDecimal, type CurrencyCode, type Money } from '../kit/money';
import { err, ok, type Result } from '../kit/result';
import { isHeard, type SlotValue } from '../pipeline/turn';
import { amountWordForm, amountWordValue, type AmountWordForm } from './amount-words';
import { saysRough } from './rough-amount-words';

/** Whether the turn says an amount of its own: a number (with or without a currency), or a word for one ("a tenner"). */
export const saysAmount = (slots: Readonly<Record<string, SlotValue | undefined>>) => isHeard(slots.amount) || isHeard(slots.number) || isHeard(slots.amountWord);

/** Why an amount could not be used. */
export type AmountProblem = 'unreadable' | 'other-currency' | 'not-positive' | 'rough';

const WHOLE_OR_DECIMAL = /^\d{1,12}(?:[.,]\d{1,2})?$/;

/**
 * "Two" of "two tenners", "half" of "half a grand": the count times the word's whole number, in
 * integer hundredths so no float is involved; no count, the word alone; a count with more than two
 * decimals, unreadable.
 */
function timesWord(count: string, word: string, form: AmountWordForm | undefined): string {
  // "A tenner and fifty p" on Alexa: no count (0) beside the note and its pence.
  if (!count || count === '0') return word;
  if (/^[1-9]\d$/.test(count) && Number(count) > 10) {
    const note = Number(word) < 100;
    // "A tenner twenty five": a number from 11 to 99 after one note below a hundred is its pence,
    // never a count; nobody counts out fifty fivers. Where only the platform's id came, the
    // words cannot tell, and that is the reading too.
    if (note && (form === 'one' || form === undefined)) return `${word}.${count}`;
    // "Zwanzig Zehner" (a count, or ten euros twenty?), "a ton fifty" (£150? £5,000?): the words do
    // not say which, so the amount is asked for, never guessed.
    if ((note && form === 'either') || (!note && form === 'one')) return 'unreadable';
    // "Twenty tenners", "fifty grand", "zwanzig Riesen": a count.
  }
  const said = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(count);
  if (!said) return 'unreadable';
  const hundredths = (Number(said[1]) * 100 + Number((said[2] ?? '').padEnd(2, '0'))) * Number(word);
  const whole = Math.floor(hundredths / 100);
  const rest = hundredths % 100;
  return rest === 0 ? String(whole) : `${whole}.${String(rest).padStart(2, '0')}`;
}

/**
 * The amount in `amount` (and `cents`, where Alexa heard "and twenty cents"), in the account's
 * currency. Dialogflow's unit-currency arrives as {value: "12.5", currency: "USD"}; Alexa's
 * AMAZON.NUMBER as "50" ("fifty cents" as `centsAlone` 50); a word for an amount ("a tenner") in `amountWord`. A German decimal
 * comma ("12,50") is read as a decimal point.
 */
export function amountFromSlots(
  slots: Readonly<Record<string, SlotValue | undefined>>,
  accountCurrency: CurrencyCode,
): Result<Money | undefined, AmountProblem> {
  // "A tenner": the whole number the word stands for, in the account's currency; "two tenners" that many.
  const word = amountWordValue(slots.amountWord);
  // "About fifty", "a couple hundred", "so um die fünfzig": a guess at an amount is asked for again,
  // never sent as the number beside it.
  if (saysRough(slots.rough) && (saysAmount(slots) || isHeard(slots.centsAlone))) return err('rough');
  // "A couple hundred", "a few hundred": a word heard beside the amount that says no amount of its
  // own makes the amount uncertain; it is asked for, never read as the hundred alone.
  if (isHeard(slots.amountWord) && !word) return err('unreadable');
  const times = slots.amount?.value.trim() ?? '';
  // "Fifty cents", "50p": Alexa hears the cents alone, with no whole units.
  const centsAlone = slots.centsAlone?.value.trim();
  if (centsAlone && !slots.amount?.value.trim() && !word) return amountFromSlots({ amount: { value: '0' }, cents: slots.centsAlone }, accountCurrency);
  // "A tenner and fifty p": the word's whole amount and those pence.
  if (centsAlone && !slots.amount?.value.trim() && !slots.cents?.value.trim() && word) return amountFromSlots({ amount: { value: word }, cents: slots.centsAlone }, accountCurrency);
  // "A tenner and fifty p" on Dialogflow: the pence heard as money of their own (0.50 GBP).
  const pence = /^0[.,](\d{1,2})$/.exec(times);
  if (word && pence && slots.amount?.currency && !slots.cents?.value.trim()) return amountFromSlots({ amount: { value: word }, cents: { value: (pence[1] ?? '').padEnd(2, '0') } }, accountCurrency);
  // A count is never said with a currency: "a tenner and twenty quid" is two amounts, not twenty tenners.
  if (word && times && (slots.amount?.currency || isHeard(slots.currency))) return err('unreadable');
  const amount = word ? { value: timesWord(times, word, amountWordForm(slots.amountWord)) } : slots.amount;
  if (!amount || !amount.value.trim()) return ok(undefined);
  const text = amount.value.trim();
  // "Minus twenty": an amount below zero, which is refused as such, never read as twenty.
  if (/^-\s*\d/.test(text) && WHOLE_OR_DECIMAL.test(text.replace(/^-\s*/, ''))) return err('not-positive');
  if (!WHOLE_OR_DECIMAL.test(text)) return err('unreadable');
  // "Half" heard as the bare number 0.5: a number under one with no currency is no amount anyone
  // says (fifty cents arrive with their currency, or as cents alone); never read back as $0.50.
  if (!amount.currency && /^0[.,]\d+$/.test(text)) return err('unreadable');
  // "0950": digits with a leading zero are no amount anyone says (a PIN, perhaps); never read back as $950.
  if (/^0\d/.test(text)) return err('unreadable');
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
