/** A Redis store for tests, under a fresh prefix; tests that need one are declared with `describeWith('redis')`. */
import { randomUUID } from 'node:crypto';
import { RedisStateStore } from '../../fulfillment/state/redis-store';
import { TEST_REDIS_URL } from './services';

export { TEST_REDIS_URL } from './services';

/** A connected store under a fresh prefix. */
export async function testRedisStore(): Promise<{ store: RedisStateStore; prefix: string }> {
  const prefix = `vb-test:${randomUUID()}:`;
  return { store: await RedisStateStore.connect(TEST_REDIS_URL, prefix), prefix };
}
