/** Where tests find Redis: REDIS_URL, or 127.0.0.1:6379; none answering means a printed skip. */
import { randomUUID } from 'node:crypto';
import { RedisStateStore } from '../../fulfillment/state/redis-store';

/** The Redis URL tests use. */
export const TEST_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A connected store under a fresh prefix, or the reason there is none. */
export async function testRedisStore(): Promise<{ store: RedisStateStore; prefix: string } | string> {
  const prefix = `vb-test:${randomUUID()}:`;
  try {
    return { store: await RedisStateStore.connect(TEST_REDIS_URL, prefix), prefix };
  } catch (error) {
    return `no Redis answered at ${TEST_REDIS_URL} (${error instanceof Error ? error.message : 'unknown error'})`;
  }
}
