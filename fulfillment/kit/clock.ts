/** The time source; tests pass a fixed clock so seeded data and limits are reproducible. */
export interface Clock {
  now(): Date;
}

/** The machine's clock. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock that always says the same instant. */
export function fixedClock(iso: string): Clock {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) throw new RangeError(`not a date: ${iso}`);
  return { now: () => new Date(at.getTime()) };
}

/** The ISO date (YYYY-MM-DD, UTC) of an instant: the calendar day the bank dates transactions by. */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** The ISO date a whole number of days before an instant ("the last 90 days" start on it). */
export function isoDaysBefore(now: Date, days: number): string {
  return isoDay(new Date(now.getTime() - days * 86_400_000));
}
