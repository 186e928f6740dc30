/**
 * "No, add ten" at "$60.00, is that right?": the amount said is added to the one asked for, and
 * the sum is what the dialog takes (said back, checked and read back like any new amount). Never
 * the ten alone, which would send ten where seventy was meant. "Make it ten dollars less" takes
 * it off the same way (nothing or less left is refused as any amount not above zero).
 */
import { add, subtract, toDecimal, type CurrencyCode, type Money } from '../kit/money';
import { isHeard, type Turn } from '../pipeline/turn';
import { matchWords } from '../pipeline/word-match';
import type { Locale } from '../kit/locale';
import { amountFromSlots } from './amount';
import { MORE_WORDS } from './more-words';

/**
 * The slots with their amount made the sum of the amount asked for and the one said, when the
 * turn says to add it (or the difference, when it says to take it off); the slots as they are otherwise (no amount yet, nothing said to add, or
 * an amount that cannot be read: the dialog's own checks answer it).
 */
export function withAmountAdded(slots: Turn['slots'], asked: Money | undefined, locale: Locale, currency: CurrencyCode): Turn['slots'] {
  const way = matchWords(slots.more, MORE_WORDS[locale]);
  if (!asked || !isHeard(slots.more) || way.kind !== 'matched') return slots;
  const said = amountFromSlots(slots, currency);
  if (!said.ok || !said.value || said.value.currency !== asked.currency) return slots;
  const { cents: _cents, more: _more, ...rest } = slots;
  const changed = way.id === 'less' ? subtract(asked, said.value) : add(asked, said.value);
  return { ...rest, amount: { value: toDecimal(changed), currency: asked.currency } };
}
