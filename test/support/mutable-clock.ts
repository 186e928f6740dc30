import type { Clock } from '../../fulfillment/kit/clock';

/** A clock a test moves forward by hand. */
export interface MutableClock extends Clock {
  advance(seconds: number): void;
}

/** A clock that starts at an instant and moves only when told. */
export function mutableClock(iso: string): MutableClock {
  let at = Date.parse(iso);
  return { now: () => new Date(at), advance: (seconds) => void (at += seconds * 1000) };
}
