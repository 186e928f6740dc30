import type { Clock } from '../kit/clock';
import { systemClock } from '../kit/clock';
import type { StateStore } from './state-store';

interface Entry {
  value: string;
  expiresAt: number;
}

/** How many stored entries each write looks at for expiry, as it goes round the whole store. */
const SWEEP_PER_WRITE = 2;

/**
 * The default StateStore: one process's memory. Operations complete synchronously inside
 * each call, so consume and setIfAbsent are atomic under Node's single thread.
 *
 * Expired entries are dropped when read, and also by a sweep that every write moves on by a
 * couple of entries, the way Redis expires keys nobody reads again: replay markers and
 * rate-limit windows are written once and never looked at after, and without the sweep they
 * would pile up for the life of the process. With two entries looked at per write, the store
 * holds at most about twice what was written within the longest time to live.
 */
export class MemoryStateStore implements StateStore {
  private readonly entries = new Map<string, Entry>();
  private sweep: Iterator<[string, Entry]> = this.entries.entries();
  private readonly nowMs: () => number;

  constructor(clock: Clock = systemClock) {
    this.nowMs = clock === systemClock ? Date.now : () => clock.now().getTime();
  }

  /** How many entries the store holds, expired ones not yet swept included. */
  get size(): number {
    return this.entries.size;
  }

  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt <= this.nowMs()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private write(key: string, value: string, ttlSeconds: number): void {
    if (!(ttlSeconds > 0)) throw new RangeError(`ttlSeconds must be positive, got ${ttlSeconds}`);
    const now = this.nowMs();
    this.entries.set(key, { value, expiresAt: now + ttlSeconds * 1000 });
    for (let i = 0; i < SWEEP_PER_WRITE; i += 1) {
      let next = this.sweep.next();
      if (next.done) {
        this.sweep = this.entries.entries();
        next = this.sweep.next();
        if (next.done) return;
      }
      const [seen, entry] = next.value;
      if (entry.expiresAt <= now) this.entries.delete(seen);
    }
  }

  async get(key: string): Promise<string | undefined> {
    return this.live(key)?.value;
  }

  async set(key: string, value: string, ttlSeconds: number): Promise<void> {
    this.write(key, value, ttlSeconds);
  }

  async setIfAbsent(key: string, value: string, ttlSeconds: number): Promise<boolean> {
    if (this.live(key)) return false;
    this.write(key, value, ttlSeconds);
    return true;
  }

  async consume(key: string): Promise<string | undefined> {
    const entry = this.live(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    return entry.value;
  }

  async delete(key: string): Promise<void> {
    this.entries.delete(key);
  }

  async increment(key: string, ttlSeconds: number, by = 1): Promise<number> {
    if (!Number.isSafeInteger(by)) throw new RangeError(`increment step must be a safe integer, got ${by}`);
    const entry = this.live(key);
    if (!entry) {
      this.write(key, String(by), ttlSeconds);
      return by;
    }
    const next = Number(entry.value) + by;
    entry.value = String(next);
    return next;
  }
}
