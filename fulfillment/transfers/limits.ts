/**
 * The voice channel's limits: per transfer, per UTC day (a running sum in minor units) and per
 * hour (a count over the last 60 minutes), kept as StateStore counters so every instance sees the
 * same totals.
 */
import type { CustomerId } from '../kit/ids';
import { compare, parseDecimal, type CurrencyCode, type Money } from '../kit/money';
import type { StateStore } from '../state/state-store';
import type { TransferPolicy } from '../pipeline/transfer-policy';

/** Which limit an amount breaks, if any. */
export type LimitBreach = 'per-transfer' | 'daily' | 'hourly' | undefined;

const dayKey = (c: CustomerId, now: Date) => `limit:day:${c}:${now.toISOString().slice(0, 10)}`;
const DAY_TTL = 26 * 3600;

/*
 * The hourly count is a rolling hour, never a clock hour: five transfers at 15:55 and five more at
 * 16:01 would both fit clock hours. Each minute has a counter that lives a little over an hour; the
 * count is the sum of the last 60. (The store has counters with a lifetime, not sorted sets, and
 * the sum is exact to the minute.)
 */
const WINDOW_MINUTES = 60;
const MINUTE_TTL = WINDOW_MINUTES * 60 + 120;
const minuteKey = (c: CustomerId, at: Date) => `limit:minute:${c}:${at.toISOString().slice(0, 16)}`;
const minutesBack = (now: Date, back: number) => new Date(now.getTime() - back * 60_000);

/** The transfers counted in each of the last 60 minutes, this minute first. */
async function lastHour(store: StateStore, customer: CustomerId, now: Date): Promise<number[]> {
  const keys = Array.from({ length: WINDOW_MINUTES }, (_, back) => minuteKey(customer, minutesBack(now, back)));
  return Promise.all(keys.map(async (key) => Number((await store.get(key)) ?? '0')));
}

const sum = (counts: readonly number[]) => counts.reduce((a, b) => a + b, 0);

function cap(decimal: string, amount: Money): Money {
  const parsed = parseDecimal(decimal, amount.currency);
  if (!parsed.ok) throw new Error(`transfer limit ${decimal} is not a decimal amount`);
  return parsed.value;
}

/** Checks an amount against the limits without using any of them up. */
export async function checkLimits(store: StateStore, policy: TransferPolicy, customer: CustomerId, amount: Money, now: Date): Promise<LimitBreach> {
  if (compare(amount, cap(policy.perTransferMax, amount)) > 0) return 'per-transfer';
  const spent = Number((await store.get(dayKey(customer, now))) ?? '0');
  if (spent + amount.minor > cap(policy.dailyMax, amount).minor) return 'daily';
  if (sum(await lastHour(store, customer, now)) + 1 > policy.perHourMax) return 'hourly';
  return undefined;
}

/**
 * Whether some smaller amount would keep within the limit an amount broke: never the hourly
 * count, and not once the day's sum leaves not even one minor unit.
 */
export async function smallerMayFit(store: StateStore, policy: TransferPolicy, customer: CustomerId, breach: Exclude<LimitBreach, undefined>, amount: Money, now: Date): Promise<boolean> {
  if (breach === 'hourly') return false;
  return (await checkLimits(store, policy, customer, { minor: 1, currency: amount.currency }, now)) === undefined;
}

/** The most one voice transfer may carry, in the currency of `amount`. */
export const perTransferMax = (policy: TransferPolicy, amount: Money): Money => cap(policy.perTransferMax, amount);

/**
 * Uses up the limits for a transfer about to be sent: atomically adds it to the day's sum and
 * this minute's count, and gives both back if the day or the last 60 minutes went over. Two
 * reservations at once may both see the other and both give back: the limit fails closed.
 */
export async function reserveLimits(store: StateStore, policy: TransferPolicy, customer: CustomerId, amount: Money, now: Date): Promise<LimitBreach> {
  if (compare(amount, cap(policy.perTransferMax, amount)) > 0) return 'per-transfer';
  const day = await store.increment(dayKey(customer, now), DAY_TTL, amount.minor);
  await store.increment(minuteKey(customer, now), MINUTE_TTL, 1);
  const hour = sum(await lastHour(store, customer, now));
  const breach: LimitBreach = day > cap(policy.dailyMax, amount).minor ? 'daily' : hour > policy.perHourMax ? 'hourly' : undefined;
  if (breach) await releaseLimits(store, customer, amount, now);
  return breach;
}

/** Gives limits back after a transfer the bank refused or the customer undid; `at` is when they were reserved. */
export async function releaseLimits(store: StateStore, customer: CustomerId, amount: Money, at: Date): Promise<void> {
  await store.increment(dayKey(customer, at), DAY_TTL, -amount.minor);
  await store.increment(minuteKey(customer, at), MINUTE_TTL, -1);
}

/** The voice channel's limits in one currency, and what a customer has left of them now. */
export interface LimitsLeft {
  readonly perTransfer: Money;
  readonly daily: Money;
  /** Today's limit less what voice transfers used today (UTC), never below zero. */
  readonly leftToday: Money;
  readonly perHour: number;
  /** How many more voice transfers the last 60 minutes allow, never below zero. */
  readonly transfersLeftThisHour: number;
  /** With none left: in how many minutes the oldest transfer of the last 60 leaves the count. */
  readonly nextInMinutes?: number;
}

/** The limits and what is left of them, read without using any up. */
export async function limitsLeft(store: StateStore, policy: TransferPolicy, customer: CustomerId, currency: CurrencyCode, now: Date): Promise<LimitsLeft> {
  const unit: Money = { minor: 0, currency };
  const daily = cap(policy.dailyMax, unit);
  const spent = Number((await store.get(dayKey(customer, now))) ?? '0');
  const counts = await lastHour(store, customer, now);
  const left = Math.max(0, policy.perHourMax - sum(counts));
  const oldest = counts.findLastIndex((count) => count > 0);
  return {
    perTransfer: cap(policy.perTransferMax, unit),
    daily,
    leftToday: { minor: Math.max(0, daily.minor - spent), currency },
    perHour: policy.perHourMax,
    transfersLeftThisHour: left,
    ...(left === 0 && oldest >= 0 ? { nextInMinutes: WINDOW_MINUTES - oldest } : {}),
  };
}
