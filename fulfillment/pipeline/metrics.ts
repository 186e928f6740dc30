/**
 * The metrics port: what the core reports about its work, in bounded, customer-free terms
 * (platform, intent name, reply type, adapter and operation names, outcome kinds). It never
 * carries ids, amounts, names or tokens. The skill implements it with prom-client.
 */
import type { BankErrorKind } from '../banks/bank-error';
import type { Reply } from './reply';
import type { Platform } from '../kit/platform';

/** How a bank call ended: with a value, an expected failure, cut off by the deadline, or thrown. */
export type BankCallOutcome = 'ok' | BankErrorKind | 'deadline' | 'threw';

/** What the core reports. */
export interface Metrics {
  /** One answered turn. */
  turn(platform: Platform, intent: string, reply: Reply['type'] | 'failed', seconds: number): void;
  /** One call to the bank adapter, by the adapter's name and the operation ("accounts.list"). */
  bankCall(adapter: string, operation: string, outcome: BankCallOutcome, seconds: number): void;
  /** One confirmed transfer's outcome ("completed", "pending", "refused:limit-daily", "uncertain"). */
  transfer(outcome: string): void;
}

/** Metrics that go nowhere, for a core built without them. */
export const noMetrics: Metrics = { turn() {}, bankCall() {}, transfer() {} };
