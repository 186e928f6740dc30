/** An amount said digit by digit, so fifteen and fifty cannot sound alike in the amount check. */
import { toDecimal, type Money } from '../../kit/money';

/**
 * "Five zero" for 50.00, "five zero point two zero" for 50.20: the whole units' digits, and the
 * cents' digits after `point` when there are cents, so the check never leaves part of the amount out.
 */
export function spelledAmount(amount: Money, digitWords: readonly string[], point: string): string {
  const [whole = '', cents = ''] = toDecimal(amount).split('.');
  const say = (digits: string) => [...digits].map((d) => digitWords[Number(d)]).join(' ');
  return /^0*$/.test(cents) ? say(whole) : `${say(whole)} ${point} ${say(cents)}`;
}
