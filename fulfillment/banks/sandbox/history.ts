/**
 * Generates a customer's 90 days of transactions from a fixed seed and the bank's clock, so
 * the same seed and clock always give the same history (tests compute their expected figures
 * from it).
 */
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { Transaction } from '../bank-types';
import { accountId, transactionId } from '../../kit/ids';
import { money } from '../../kit/money';
import { REGIONS } from './merchants';
import type { SeedCustomer } from './seed';
import { compareCodeUnits } from '../../kit/compare';

/** How many days of history each customer has, today included. */
export const HISTORY_DAYS = 90;

/** The ISO date (YYYY-MM-DD, UTC) a number of days before an instant. */
export function isoDaysAgo(now: Date, days: number): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - days));
  return d.toISOString().slice(0, 10);
}

function seedOf(text: string): number {
  let hash = 2166136261;
  for (const ch of text) hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619) >>> 0;
  return hash;
}

/** The generated history of one customer, newest first. Today's and yesterday's are pending. */
export function generateHistory(customer: SeedCustomer, now: Date): Transaction[] {
  const rng = xoroshiro128plus(seedOf(customer.id));
  const region = REGIONS[customer.region];
  const byKind = (kind: string) => customer.accounts.find((a) => a.kind === kind);
  const out: Transaction[] = [];
  let n = 0;
  const push = (accId: string | undefined, daysAgo: number, minor: number, description: string, category: string, merchant?: string) => {
    if (!accId) return;
    n += 1;
    out.push({
      id: transactionId(`${accId}-t${String(n).padStart(4, '0')}`),
      accountId: accountId(accId),
      date: isoDaysAgo(now, daysAgo),
      amount: money(minor, customer.currency),
      description,
      ...(merchant ? { merchant } : {}),
      category,
      status: daysAgo <= 1 ? 'pending' : 'booked',
    });
  };
  const checking = byKind('checking')?.id;
  const savings = byKind('savings')?.id;
  const card = byKind('credit-card')?.id;

  for (let daysAgo = HISTORY_DAYS - 1; daysAgo >= 0; daysAgo -= 1) {
    const dayOfMonth = Number(isoDaysAgo(now, daysAgo).slice(8, 10));
    if (dayOfMonth === 1 || dayOfMonth === 15) push(checking, daysAgo, region.salaryMinor, region.employer, 'income', region.employer);
    if (dayOfMonth === 1) push(checking, daysAgo, -region.rentMinor, region.landlord, 'housing', region.landlord);
    if (dayOfMonth === 2) {
      push(checking, daysAgo, -20000, region.texts.toSavings, 'transfers');
      push(savings, daysAgo, 20000, region.texts.fromChecking, 'transfers');
    }
    if (dayOfMonth === 28) push(savings, daysAgo, uniformInt(rng, 900, 2400), region.texts.interest, 'interest');
    for (const pattern of region.spending) {
      if (uniformInt(rng, 1, 100) > pattern.dailyChance) continue;
      const merchant = pattern.merchants[uniformInt(rng, 0, pattern.merchants.length - 1)] ?? pattern.merchants[0];
      const minor = uniformInt(rng, pattern.minMinor, pattern.maxMinor);
      push(pattern.account === 'checking' ? checking : card, daysAgo, -minor, merchant ?? pattern.category, pattern.category, merchant);
    }
  }
  return out.sort((a, b) => (a.date === b.date ? compareCodeUnits(b.id, a.id) : compareCodeUnits(b.date, a.date)));
}
