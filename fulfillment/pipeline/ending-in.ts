/**
 * "The one ending in 7781", "die mit der Endung 4455": which item of a list read out the
 * customer means by the last digits the skill spoke for it (accounts, payees, cards).
 */
import type { SlotValue } from './turn';

/**
 * The zero-based index of the one item whose last four digits end with the digits said (two to
 * four of them); undefined when no digits were said, 'no-match' when none or several fit.
 */
export function endingIn(slot: SlotValue | undefined, lastFours: readonly string[]): number | 'no-match' | undefined {
  const digits = slot?.value.replace(/\D/g, '') ?? '';
  if (!digits) return undefined;
  if (digits.length < 2 || digits.length > 4) return 'no-match';
  const fitting = lastFours.flatMap((last4, index) => (last4.endsWith(digits) ? [index] : []));
  return fitting.length === 1 ? (fitting[0] as number) : 'no-match';
}
