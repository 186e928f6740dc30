/** A StateStore that hands every call to another, as its own object: wrappers start from it. */
import type { StateStore } from './state-store';

/** Every operation of `inner`, called on `inner`. */
export function forwardingStore(inner: StateStore): StateStore {
  return {
    get: (key) => inner.get(key),
    set: (key, value, ttl) => inner.set(key, value, ttl),
    setIfAbsent: (key, value, ttl) => inner.setIfAbsent(key, value, ttl),
    consume: (key) => inner.consume(key),
    delete: (key) => inner.delete(key),
    increment: (key, ttl, by) => inner.increment(key, ttl, by),
  };
}
