/**
 * The StateStore on Redis, for several instances behind a load balancer: consume is GETDEL,
 * setIfAbsent is SET NX, and increment is one Lua script (INCRBY, then an expiry only if the
 * key has none), so every operation is atomic across instances.
 */
import Redis from 'ioredis';
import type { StateStore } from './state-store';

const INCREMENT = `
local value = redis.call('INCRBY', KEYS[1], ARGV[1])
if redis.call('TTL', KEYS[1]) < 0 then redis.call('EXPIRE', KEYS[1], ARGV[2]) end
return value`;

const seconds = (ttl: number) => {
  if (!(ttl > 0)) throw new RangeError(`ttlSeconds must be positive, got ${ttl}`);
  return Math.max(1, Math.ceil(ttl));
};

/** A StateStore on one Redis connection, with every key under a prefix. */
export class RedisStateStore implements StateStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'vb:',
  ) {}

  /**
   * Connects to a Redis URL, failing fast instead of retrying forever when none answers. A
   * command that gets no reply within twice `commandTimeoutMs` fails (the caller's own limit,
   * `commandTimeoutMs` in the bounded store, comes first and reads replies already received
   * before it gives up; this one only clears commands a frozen Redis never answers). While the
   * connection is down commands fail at once (no offline queue, no retries: a turn cannot wait
   * for a reconnect), and ioredis keeps reconnecting in the background, so the store recovers
   * when Redis returns.
   */
  static async connect(url: string, prefix?: string, commandTimeoutMs = 1000): Promise<RedisStateStore> {
    const redis = new Redis(url, {
      lazyConnect: true,
      connectTimeout: 2000,
      commandTimeout: 2 * commandTimeoutMs,
      maxRetriesPerRequest: 0,
      enableOfflineQueue: false,
      retryStrategy: (attempt) => Math.min(attempt * 100, 1000),
    });
    redis.on('error', () => undefined); // failures surface through the calls that hit them
    try {
      await redis.connect();
      // The database a URL names ("/99") is selected at connect, and a failure there only reaches
      // the silenced error event: selecting it again makes a database that does not exist an error.
      await redis.select(redis.options.db ?? 0);
      await redis.ping();
    } catch (error) {
      // A first connection that fails must not leave the client reconnecting behind the caller's back.
      redis.disconnect();
      throw error;
    }
    return new RedisStateStore(redis, prefix);
  }

  private k(key: string): string {
    return this.prefix + key;
  }

  async get(key: string): Promise<string | undefined> {
    return (await this.redis.get(this.k(key))) ?? undefined;
  }

  async set(key: string, value: string, ttlSeconds: number): Promise<void> {
    await this.redis.set(this.k(key), value, 'EX', seconds(ttlSeconds));
  }

  async setIfAbsent(key: string, value: string, ttlSeconds: number): Promise<boolean> {
    return (await this.redis.set(this.k(key), value, 'EX', seconds(ttlSeconds), 'NX')) === 'OK';
  }

  async consume(key: string): Promise<string | undefined> {
    return (await this.redis.getdel(this.k(key))) ?? undefined;
  }

  async delete(key: string): Promise<void> {
    await this.redis.del(this.k(key));
  }

  async increment(key: string, ttlSeconds: number, by = 1): Promise<number> {
    if (!Number.isSafeInteger(by)) throw new RangeError(`increment step must be a safe integer, got ${by}`);
    return Number(await this.redis.eval(INCREMENT, 1, this.k(key), String(by), String(seconds(ttlSeconds))));
  }

  /** Closes the connection, politely when Redis answers, at once when it does not, and waits until it has ended. */
  async close(): Promise<void> {
    // Not events.once: an error on the way out would reject it, and the end still comes.
    const ended = this.redis.status === 'end' ? Promise.resolve() : new Promise<void>((resolve) => this.redis.once('end', () => resolve()));
    try {
      await this.redis.quit();
    } catch {
      this.redis.disconnect();
    }
    await ended;
  }
}
