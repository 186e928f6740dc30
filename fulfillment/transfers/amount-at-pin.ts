/**
 * A new amount said at the PIN prompt in words around its number: "actually make it twenty two",
 * "actually make it 1000", "nee, lieber 1000", heard as a request to send. It changes the
 * transfer, which is then read back for a new yes before the PIN is asked for again; it is never
 * checked or counted as a PIN, nor spoken as one. A number heard only as an amount ("sixty", "no,
 * make it sixty") stays PIN digits.
 */
import type { IntentName } from '../pipeline/intent-catalog';
import { isHeard, type SlotValue } from '../pipeline/turn';
import { spokenDigits } from './pin';

/** The requests to send: a platform hears them from words around a number, never from digits alone. */
export const REQUESTS: ReadonlySet<IntentName> = new Set(['Transfer', 'TransferOwn', 'PayCard']);

/**
 * Whether a whole number heard at the PIN prompt is a new amount rather than PIN digits.
 *
 * - A request to send ("actually make it 1000", "nee, lieber 1000") is words around a number: a new
 *   amount, whatever its digits. Four of them too: the read-back that follows says the amount
 *   before anything moves, and no one says a PIN as "make it ...".
 * - A number heard only as an amount ("sixty" and "no, make it sixty" reach the skill alike) stays
 *   where the PIN step puts it, whatever its digits: "twelve", a pause, "thirty four" is a PIN
 *   said in two halves, and a half read back as "$12.00" would speak it. The customer hears the
 *   amount still to be sent and how to change it (with its currency).
 */
export function amountNotPin(intent: IntentName, slots: Readonly<Record<string, SlotValue | undefined>>): boolean {
  const said = slots.amount ?? slots.number;
  return REQUESTS.has(intent) && !isHeard(slots.pin) && isHeard(said) && /^\d+$/.test(spokenDigits(said));
}
