/**
 * The sandbox bank lists a customer's transactions newest first, the flagged purchase among them
 * by its date: read out as "the latest transactions", a purchase from yesterday never comes before
 * today's.
 */
import { SEED_CUSTOMERS } from '../../fulfillment/banks/sandbox/seed';
import { openBooks } from '../../fulfillment/banks/sandbox/state';

describe('the sandbox history', () => {
  it.each(SEED_CUSTOMERS.filter((s) => s.suspicious).map((s) => [s.id, s] as const))('of %s is newest first with the flagged purchase in its place, early in the day as late', (_id, seed) => {
    for (const now of ['2026-12-07T03:00:00Z', '2026-12-07T23:00:00Z']) {
      const { transactions } = openBooks(seed, new Date(now));
      const dates = transactions.map((t) => t.date);
      expect(dates).toEqual([...dates].sort().reverse());
      expect(transactions.some((t) => t.merchant === seed.suspicious?.merchant)).toBe(true);
    }
  });
});
