/**
 * The port for everything the skill must remember between requests and share between
 * instances: conversation state, pending transfers, idempotency keys, lockouts and counters.
 * Values are strings (callers serialise); every key has a time to live.
 */
export interface StateStore {
  /** The value under a key, or undefined when absent or expired. */
  get(key: string): Promise<string | undefined>;
  /** Stores a value for ttlSeconds, replacing any earlier value. */
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  /** Stores a value only if the key is absent; true when this call stored it. */
  setIfAbsent(key: string, value: string, ttlSeconds: number): Promise<boolean>;
  /** Reads and deletes a value in one atomic step: of concurrent callers, one gets it. */
  consume(key: string): Promise<string | undefined>;
  /** Deletes a key; absent keys are fine. */
  delete(key: string): Promise<void>;
  /**
   * Adds `by` (default one, may be negative) to a counter and returns the new value. The expiry
   * is set when the counter is created and not extended, so it counts within a fixed window.
   */
  increment(key: string, ttlSeconds: number, by?: number): Promise<number>;
}
