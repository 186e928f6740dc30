/**
 * A StateStore that fails on demand, in front of a real one: `stall` never answers (a frozen
 * Redis), `fail` rejects at once (a Redis that is gone); `only` limits the fault to some
 * operations. Calls are counted by operation.
 */
import type { StateStore } from '../../fulfillment/state/state-store';

/** How the store behaves now. */
export type Fault = 'none' | 'stall' | 'fail';

/** The store and its switch. */
export interface FaultyStore {
  readonly store: StateStore;
  /** Sets the fault, for every operation or only the named ones. */
  fault(fault: Fault, only?: readonly (keyof StateStore)[]): void;
  /** How many calls each operation received. */
  readonly calls: Partial<Record<keyof StateStore, number>>;
}

/** Wraps a store. */
export function faultyStore(inner: StateStore): FaultyStore {
  let current: Fault = 'none';
  let scope: readonly (keyof StateStore)[] | undefined;
  const calls: Partial<Record<keyof StateStore, number>> = {};
  const call = <T>(operation: keyof StateStore, run: () => Promise<T>): Promise<T> => {
    calls[operation] = (calls[operation] ?? 0) + 1;
    const fault = scope && !scope.includes(operation) ? 'none' : current;
    if (fault === 'stall') return new Promise<T>(() => undefined);
    if (fault === 'fail') return Promise.reject(new Error('connection refused'));
    return run();
  };
  const store: StateStore = {
    get: (key) => call('get', () => inner.get(key)),
    set: (key, value, ttl) => call('set', () => inner.set(key, value, ttl)),
    setIfAbsent: (key, value, ttl) => call('setIfAbsent', () => inner.setIfAbsent(key, value, ttl)),
    consume: (key) => call('consume', () => inner.consume(key)),
    delete: (key) => call('delete', () => inner.delete(key)),
    increment: (key, ttl, by) => call('increment', () => inner.increment(key, ttl, by)),
  };
  return {
    store,
    calls,
    fault(fault, only) {
      current = fault;
      scope = only;
    },
  };
}
