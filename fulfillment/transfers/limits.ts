/**
 * The voice channel's limits: per transfer, per UTC day (a running sum in minor units) and per
 * hour (a count), kept as StateStore counters so every instance sees the same totals.
 */
import type { CustomerId } from '../kit/ids';
import { compare, parseDecimal, type CurrencyCode, type Money } from '../kit/money';
import type { StateStore } from '../state/state-store';
import type { TransferPolicy } from '../pipeline/transfer-policy';

/** Which limit an amount breaks, if any. */
export type LimitBreach = 'per-transfer' | 'daily' | 'hourly' | undefined;

const dayKey = (c: CustomerId, now: Date) => `limit:day:${c}:${now.toISOString().slice(0, 10)}`;
const hourKey = (c: CustomerId, now: Date) => `limit:hour:${c}:${now.toISOString().slice(0, 13)}`;
const DAY_TTL = 26 * 3600;
const HOUR_TTL = 3600;

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
  const count = Number((await store.get(hourKey(customer, now))) ?? '0');
  if (count + 1 > policy.perHourMax) return 'hourly';
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
 * the hour's count, and gives both back if that went over.
 */
export async function reserveLimits(store: StateStore, policy: TransferPolicy, customer: CustomerId, amount: Money, now: Date): Promise<LimitBreach> {
  if (compare(amount, cap(policy.perTransferMax, amount)) > 0) return 'per-transfer';
  const day = await store.increment(dayKey(customer, now), DAY_TTL, amount.minor);
  const hour = await store.increment(hourKey(customer, now), HOUR_TTL, 1);
  const breach: LimitBreach = day > cap(policy.dailyMax, amount).minor ? 'daily' : hour > policy.perHourMax ? 'hourly' : undefined;
  if (breach) await releaseLimits(store, customer, amount, now);
  return breach;
}

/** Gives limits back after a transfer the bank refused or the customer undid. */
export async function releaseLimits(store: StateStore, customer: CustomerId, amount: Money, now: Date): Promise<void> {
  await store.increment(dayKey(customer, now), DAY_TTL, -amount.minor);
  await store.increment(hourKey(customer, now), HOUR_TTL, -1);
}

/** The voice channel's limits in one currency, and what a customer has left of them now. */
export interface LimitsLeft {
  readonly perTransfer: Money;
  readonly daily: Money;
  /** Today's limit less what voice transfers used today (UTC), never below zero. */
  readonly leftToday: Money;
  readonly perHour: number;
  /** How many more voice transfers this hour allows, never below zero. */
  readonly transfersLeftThisHour: number;
}

/** The limits and what is left of them, read without using any up. */
export async function limitsLeft(store: StateStore, policy: TransferPolicy, customer: CustomerId, currency: CurrencyCode, now: Date): Promise<LimitsLeft> {
  const unit: Money = { minor: 0, currency };
  const daily = cap(policy.dailyMax, unit);
  const spent = Number((await store.get(dayKey(customer, now))) ?? '0');
  const count = Number((await store.get(hourKey(customer, now))) ?? '0');
  return {
    perTransfer: cap(policy.perTransferMax, unit),
    daily,
    leftToday: { minor: Math.max(0, daily.minor - spent), currency },
    perHour: policy.perHourMax,
    transfersLeftThisHour: Math.max(0, policy.perHourMax - count),
  };
}
