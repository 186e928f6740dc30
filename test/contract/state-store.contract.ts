/**
 * The contract every StateStore passes (memory here, Redis where a server is reachable).
 * `advance` moves the store's clock; stores on a real clock wait instead.
 */
import type { StateStore } from '../../fulfillment/state/state-store';

/** How a contract run gets a fresh store and moves time. */
export interface StoreFixture {
  readonly store: StateStore;
  /** Lets time pass for the store: a fake clock moves, a real one is waited on. */
  advance(seconds: number): Promise<void>;
  /** A prefix that keeps this run's keys apart from others'. */
  readonly prefix: string;
  close?(): Promise<void>;
}

/**
 * Registers the contract tests for one store implementation, under `describe` or, for a store
 * whose server is not there, under the `describe.skip` that printed why.
 */
export function describeStateStoreContract(name: string, setup: () => Promise<StoreFixture>, describeIt: jest.Describe = describe): void {
  describeIt(`StateStore contract: ${name}`, () => {
    let fx: StoreFixture | undefined;
    const key = (k: string) => `${fx?.prefix ?? ''}${k}`;
    beforeAll(async () => {
      fx = await setup();
    });
    afterAll(async () => fx?.close?.());
    const run = (title: string, body: (s: StateStore) => Promise<void>) =>
      it(title, async () => {
        if (!fx) throw new Error('the store was not set up');
        await body(fx.store);
      });

    run('returns what was set, and undefined for what was not', async (s) => {
      await s.set(key('a'), 'one', 60);
      expect(await s.get(key('a'))).toBe('one');
      expect(await s.get(key('missing'))).toBeUndefined();
    });

    run('forgets a value after its time to live', async (s) => {
      await s.set(key('ttl'), 'x', 1);
      await fx?.advance(1.2);
      expect(await s.get(key('ttl'))).toBeUndefined();
    });

    run('stores with setIfAbsent only once', async (s) => {
      expect(await s.setIfAbsent(key('once'), 'first', 60)).toBe(true);
      expect(await s.setIfAbsent(key('once'), 'second', 60)).toBe(false);
      expect(await s.get(key('once'))).toBe('first');
    });

    run('consumes a value exactly once', async (s) => {
      await s.set(key('c'), 'pending', 60);
      expect(await s.consume(key('c'))).toBe('pending');
      expect(await s.consume(key('c'))).toBeUndefined();
      expect(await s.get(key('c'))).toBeUndefined();
    });

    run('gives a value to exactly one of 50 concurrent consumers', async (s) => {
      await s.set(key('race'), 'the-transfer', 60);
      const results = await Promise.all(Array.from({ length: 50 }, () => s.consume(key('race'))));
      expect(results.filter((r) => r === 'the-transfer')).toHaveLength(1);
    });

    run('counts with increment and forgets the count after its window', async (s) => {
      expect(await s.increment(key('n'), 1)).toBe(1);
      expect(await s.increment(key('n'), 1)).toBe(2);
      expect(await s.increment(key('n'), 1)).toBe(3);
      await fx?.advance(1.2);
      expect(await s.increment(key('n'), 1)).toBe(1);
    });

    run('adds a given step to a counter, negative steps included', async (s) => {
      expect(await s.increment(key('sum'), 60, 5000)).toBe(5000);
      expect(await s.increment(key('sum'), 60, 1250)).toBe(6250);
      expect(await s.increment(key('sum'), 60, -1250)).toBe(5000);
    });

    run('deletes keys, present or not', async (s) => {
      await s.set(key('d'), 'x', 60);
      await s.delete(key('d'));
      await s.delete(key('never-there'));
      expect(await s.get(key('d'))).toBeUndefined();
    });
  });
}
