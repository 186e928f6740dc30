/**
 * "Since Monday", "seit dem ersten": a period that starts on the day named and ends today. The
 * platforms hear the day in the `since` slot; the turn is rewritten so that it names the period as
 * every insight reads one, from `period` to `until`, and a follow-up can change it like any other.
 */
import { isoDay } from '../kit/clock';
import { isHeard, type Turn } from '../pipeline/turn';

/** The turn with a `since` day as the period from that day to today; the turn itself without one. */
export function sinceAsPeriod(turn: Turn, now: Date): Turn {
  const { since, ...slots } = turn.slots;
  if (!isHeard(since)) return turn;
  // "Von September bis Oktober" heard as a period and a `since`: the range from the earlier to the
  // later, never the period silently replaced by the other.
  if (isHeard(slots.period) && !isHeard(slots.until)) {
    const [first, second] = [slots.period, since].sort((a, b) => a.value.localeCompare(b.value));
    if (first && second) return { ...turn, slots: { ...slots, period: first, until: second } };
  }
  return { ...turn, slots: { ...slots, period: since, ...(isHeard(slots.until) ? {} : { until: { value: isoDay(now) } }) } };
}
