/**
 * A StateStore that never keeps a turn waiting: every call has a time limit, and after a few
 * failures in a row the store is taken as gone, so calls fail at once instead of each waiting
 * out its limit; a trial call after a pause finds out when it is back. A failed call rejects
 * with StoreUnavailable, which the core speaks as an apology and nothing moves; the health it
 * reports feeds the readiness endpoint and a metric.
 *
 * The breaker is cockatiel's, the library the Berlin Group adapter uses for its retries. The
 * time limit is written here rather than taken from cockatiel's timeout policy: when the limit's
 * timer fires, a reply may already be waiting, unread, behind work that held the event loop (a
 * busy machine, a cold start); the limit lets that reply be read first, so that only a store
 * that has not answered counts as one that is gone.
 */
import { circuitBreaker, CircuitState, ConsecutiveBreaker, handleWhen } from 'cockatiel';
import { forwardingStore } from './forwarding-store';
import { MemoryStateStore } from './memory-store';
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

/** A call that did not answer within its limit. */
class StoreTimeout extends Error {}

/**
 * The call's result, or a rejection once `ms` have passed and the replies already received have
 * been read: the timer's rejection waits for the next turn of the event loop's I/O (setImmediate
 * runs after it), so a reply that arrived in time but was not yet read still wins.
 */
function within<T>(ms: number, run: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => setImmediate(() => reject(new StoreTimeout(`no answer within ${ms} ms`))), ms);
    run().then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/**
 * The in-process store as it is: it answers from this process's memory, so it has nothing to
 * wait for and no way to go away, and a time limit and breaker per call would only add their
 * timers and promises to every turn: on a balance turn's seven calls, 11 to 23% of the requests
 * an instance answered (docs/benchmark.md).
 */
function unbounded(store: StateStore): BoundedStore {
  return {
    ...forwardingStore(store),
    healthy: () => true,
    probe: () => store.get(PROBE_KEY).then(() => true, () => false),
  };
}

const OPERATIONS = ['get', 'set', 'setIfAbsent', 'consume', 'delete', 'increment'] as const;

/** A MemoryStateStore whose every operation is still the class's own (not one replaced to stall or fail). */
function inProcess(store: StateStore): boolean {
  return store instanceof MemoryStateStore && OPERATIONS.every((operation) => store[operation] === MemoryStateStore.prototype[operation]);
}

/**
 * Wraps a store in a time limit per call and a breaker across calls; the in-process store, which
 * answers from this process's memory, is passed through.
 */
export function boundedStore(store: StateStore, options: BoundedStoreOptions): BoundedStore {
  if (inProcess(store)) return unbounded(store);
  const breaker = circuitBreaker(handleWhen((error) => !(error instanceof RangeError)), { halfOpenAfter: options.retryAfterMs ?? 2000, breaker: new ConsecutiveBreaker(options.failuresToOpen ?? 3) });
  const policy = { execute: <T>(run: () => Promise<T>) => breaker.execute(() => within(options.timeoutMs, run)) };
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
