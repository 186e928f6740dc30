/**
 * The Redis store's own edges, beyond the shared contract: times to live rounded up to whole
 * seconds (never down to none), a counter's window set once, and keys under the store's prefix.
 */
import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { RedisStateStore } from '../../../fulfillment/state/redis-store';
import { Closers } from '../../support/closers';
import { testRedisStore, TEST_REDIS_URL } from '../../support/redis';
import { describeWith } from '../../support/services';

describeWith('redis')('the Redis store', () => {
  const closers = new Closers();
  let store: RedisStateStore;
  let prefix: string;
  let raw: Redis;
  afterAll(() => closers.closeAll());
  beforeAll(async () => {
    const got = await testRedisStore();
    store = await closers.add('the store', got.store);
    prefix = got.prefix;
    raw = new Redis(TEST_REDIS_URL);
    await closers.add('the raw client', { close: async () => void (await raw.quit()) });
  });

  /**
   * Checks the whole seconds a write gave a key, from its absolute expiry (PEXPIRETIME) against
   * the clock before and after the write: a busy machine's delay before the check cannot shorten
   * it, as it shortens what TTL reports.
   */
  async function expectLife(key: string, seconds: number, write: () => Promise<unknown>): Promise<void> {
    const before = Date.now();
    await write();
    const after = Date.now();
    const expiry = Number(await raw.call('PEXPIRETIME', `${prefix}${key}`));
    expect(expiry).toBeGreaterThanOrEqual(before + seconds * 1000 - 1);
    expect(expiry).toBeLessThanOrEqual(after + seconds * 1000 + 1);
  }

  it('rounds a time to live up to whole seconds, so a short one still holds the value', async () => {
    await expectLife('short', 1, () => store.set('short', 'v', 0.2));
    expect(await store.get('short')).toBe('v');
    await expectLife('short2', 2, async () => expect(await store.setIfAbsent('short2', 'v', 1.5)).toBe(true));
    await expectLife('short3', 1, () => store.increment('short3', 0.5));
  });

  it('keeps a counter\'s first window when it is stepped with another, and gives one to a counter that had none', async () => {
    await store.increment('window', 100);
    await store.increment('window', 5000, 3);
    expect(await raw.ttl(`${prefix}window`)).toBeLessThanOrEqual(100);
    await raw.set(`${prefix}bare`, '5');
    await expectLife('bare', 30, async () => expect(await store.increment('bare', 30)).toBe(6));
  });

  it('stores with setIfAbsent only when absent, with the time to live', async () => {
    await expectLife('once', 60, async () => expect(await store.setIfAbsent('once', 'first', 60)).toBe(true));
    expect(await store.setIfAbsent('once', 'second', 60)).toBe(false);
    expect(await raw.get(`${prefix}once`)).toBe('first');
  });

  it('refuses times to live that are not positive and steps that are not whole, writing nothing', async () => {
    await expect(store.set('bad', 'v', 0)).rejects.toThrow('ttlSeconds must be positive, got 0');
    await expect(store.setIfAbsent('bad', 'v', -1)).rejects.toThrow(RangeError);
    await expect(store.increment('bad', Number.NaN)).rejects.toThrow(RangeError);
    await expect(store.increment('bad', 10, 1.5)).rejects.toThrow('increment step must be a safe integer, got 1.5');
    expect(await raw.exists(`${prefix}bad`)).toBe(0);
  });

  it('refuses to start on a database the server does not have, rather than writing to database 0', async () => {
    const url = new URL(TEST_REDIS_URL);
    url.pathname = '/9999';
    await expect(RedisStateStore.connect(url.toString())).rejects.toThrow(/DB index is out of range|invalid DB index/i);
  });

  it('answers undefined, not null, for what is not there', async () => {
    expect(await store.get('absent')).toBeUndefined();
    expect(await store.consume('absent')).toBeUndefined();
  });

  it('keeps its keys under "vb:" when given no prefix', async () => {
    const key = `redis-store-test:${randomUUID()}`;
    const plain = new RedisStateStore(raw);
    await plain.set(key, 'v', 60);
    expect(await raw.get(`vb:${key}`)).toBe('v');
    await plain.delete(key);
    expect(await raw.exists(`vb:${key}`)).toBe(0);
  });
});
