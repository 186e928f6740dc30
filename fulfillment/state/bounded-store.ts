/**
 * A StateStore that never keeps a turn waiting: every call has a time limit, and after a few
 * failures in a row the store is taken as gone, so calls fail at once instead of each waiting
 * out its limit; a trial call after a pause finds out when it is back. A failed call rejects
 * with StoreUnavailable, which the core speaks as an apology and nothing moves; the health it
 * reports feeds the readiness endpoint and a metric.
 *
 * The time limit and the breaker are cockatiel's policies, the same library the Berlin Group
 * adapter uses for its retries.
 */
import { circuitBreaker, CircuitState, ConsecutiveBreaker, handleWhen, timeout, TimeoutStrategy, wrap } from 'cockatiel';
import type { StateStore } from './state-store';

/** A store call that failed or took too long: the store is taken as unavailable for this call. */
export class StoreUnavailable extends Error {
  constructor(readonly operation: keyof StateStore) {
    super(`state store did not answer ${operation}`);
    this.name = 'StoreUnavailable';
  }
}

/** How a bounded store waits and when it gives up on the store. */
export interface BoundedStoreOptions {
  /** The most one call may take, in milliseconds. */
  readonly timeoutMs: number;
  /** Failures in a row after which calls fail at once. */
  readonly failuresToOpen?: number;
  /** How long calls fail at once before one is let through to try the store again, in milliseconds. */
  readonly retryAfterMs?: number;
  /** Told whenever the store is seen to go away or come back. */
  readonly onHealth?: (up: boolean) => void;
}

/** A StateStore with limits, and what it knows of the store's health. */
export interface BoundedStore extends StateStore {
  /** False while the store is taken as gone (calls fail at once). */
  healthy(): boolean;
  /** Asks the store something harmless, within the time limit: true when it answered. */
  probe(): Promise<boolean>;
}

const PROBE_KEY = 'health:probe';

/** Wraps a store in a time limit per call and a breaker across calls. */
export function boundedStore(store: StateStore, options: BoundedStoreOptions): BoundedStore {
  const breaker = circuitBreaker(handleWhen((error) => !(error instanceof RangeError)), { halfOpenAfter: options.retryAfterMs ?? 2000, breaker: new ConsecutiveBreaker(options.failuresToOpen ?? 3) });
  // Aggressive: the call's promise is given up at the limit even if the store never settles it.
  const policy = wrap(breaker, timeout(options.timeoutMs, TimeoutStrategy.Aggressive));
  let up = true;
  const seen = (now: boolean) => {
    if (now === up) return;
    up = now;
    options.onHealth?.(now);
  };
  async function call<T>(operation: keyof StateStore, run: () => Promise<T>): Promise<T> {
    try {
      const value = await policy.execute(run);
      seen(true);
      return value;
    } catch (error) {
      // A ttl or a step out of range is the caller's bug, not the store's absence.
      if (error instanceof RangeError) throw error;
      seen(false);
      throw new StoreUnavailable(operation);
    }
  }
  return {
    get: (key) => call('get', () => store.get(key)),
    set: (key, value, ttl) => call('set', () => store.set(key, value, ttl)),
    setIfAbsent: (key, value, ttl) => call('setIfAbsent', () => store.setIfAbsent(key, value, ttl)),
    consume: (key) => call('consume', () => store.consume(key)),
    delete: (key) => call('delete', () => store.delete(key)),
    increment: (key, ttl, by) => call('increment', () => store.increment(key, ttl, by)),
    healthy: () => up && breaker.state !== CircuitState.Open,
    probe: () => call('get', () => store.get(PROBE_KEY)).then(() => true, () => false),
  };
}
