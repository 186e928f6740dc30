/**
 * The store's time limit counts a store that has not answered, not a process that was busy:
 * a reply that arrived within the limit, while work held the event loop, is still read and
 * returned; a store that never answers is given up on at the limit. The in-process store, which
 * has nothing to wait for, is passed through without a timer; any other store gets the limit.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';
import { boundedStore, StoreUnavailable } from '../../fulfillment/state/bounded-store';
import { forwardingStore } from '../../fulfillment/state/forwarding-store';
import { MemoryStateStore } from '../../fulfillment/state/memory-store';
import type { StateStore } from '../../fulfillment/state/state-store';

/** Holds the event loop, as a burst of work on a busy machine would. */
const busyFor = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    /* spin */
  }
};

describe('the store time limit', () => {
  let server: Server;
  let client: Socket | undefined;
  beforeAll(async () => {
    // A store over TCP on loopback that answers at once, and then holds the event loop for four
    // times the limit, as a burst of work on a busy machine would: the answer waits, unread.
    server = createServer((socket) =>
      socket.on('data', (line) => {
        socket.write(line);
        busyFor(200);
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    client?.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('reads a reply that came in time while the event loop was busy past the limit', async () => {
    const address = server.address();
    if (typeof address !== 'object' || !address) throw new Error('no port');
    const socket = connect({ host: '127.0.0.1', port: address.port });
    client = socket;
    await new Promise((resolve) => socket.once('connect', resolve));
    const echo: StateStore = Object.assign(new MemoryStateStore(), {
      get: (key: string) =>
        new Promise<string>((resolve) => {
          socket.once('data', (data) => resolve(data.toString()));
          socket.write(key);
        }),
    });
    const store = boundedStore(echo, { timeoutMs: 50 });
    await expect(store.get('hello')).resolves.toBe('hello');
  });

  it('gives up on a store that never answers, at the limit', async () => {
    const silent: StateStore = Object.assign(new MemoryStateStore(), { get: () => new Promise<undefined>(() => undefined) });
    const store = boundedStore(silent, { timeoutMs: 50 });
    const started = performance.now();
    await expect(store.get('anything')).rejects.toBeInstanceOf(StoreUnavailable);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

/** A memory store whose calls fail while `down` is set. */
function switchable() {
  const inner = new MemoryStateStore();
  const state = { down: false, calls: 0 };
  const guard = <T>(run: () => Promise<T>): Promise<T> => {
    state.calls += 1;
    return state.down ? Promise.reject(new Error('connection refused')) : run();
  };
  const store: StateStore = {
    get: (key) => guard(() => inner.get(key)),
    set: (key, value, ttl) => guard(() => inner.set(key, value, ttl)),
    setIfAbsent: (key, value, ttl) => guard(() => inner.setIfAbsent(key, value, ttl)),
    consume: (key) => guard(() => inner.consume(key)),
    delete: (key) => guard(() => inner.delete(key)),
    increment: (key, ttl, by) => guard(() => inner.increment(key, ttl, by)),
  };
  return { store, state };
}

describe('the bounded store and the in-process store', () => {
  afterEach(() => jest.restoreAllMocks());

  it('passes the in-process store straight through, with no timer per call; any other store gets its limit', async () => {
    const timers = jest.spyOn(global, 'setTimeout');
    const inProcess = boundedStore(new MemoryStateStore(), { timeoutMs: 1000 });
    await inProcess.set('k', 'v', 60);
    expect(await inProcess.get('k')).toBe('v');
    expect(timers).not.toHaveBeenCalled();
    const elsewhere = boundedStore(forwardingStore(new MemoryStateStore()), { timeoutMs: 1000 });
    await elsewhere.set('k', 'v', 60);
    expect(timers).toHaveBeenCalledTimes(1);
    // A memory store with an operation replaced (to stall, to fail) is not the in-process store.
    const replaced = boundedStore(Object.assign(new MemoryStateStore(), { get: () => Promise.resolve('x') }), { timeoutMs: 1000 });
    await replaced.get('k');
    expect(timers).toHaveBeenCalledTimes(2);
  });
});

describe.each([
  ['the in-process store', () => new MemoryStateStore()],
  ['a store elsewhere', () => forwardingStore(new MemoryStateStore())],
])('the bounded store around a working store: %s', (_name, make) => {
  it('passes every operation through with its arguments and answers', async () => {
    const store = boundedStore(make(), { timeoutMs: 1000 });
    await store.set('k', 'v', 60);
    expect(await store.get('k')).toBe('v');
    expect(await store.setIfAbsent('k', 'w', 60)).toBe(false);
    expect(await store.setIfAbsent('n', 'w', 60)).toBe(true);
    expect(await store.consume('k')).toBe('v');
    expect(await store.get('k')).toBeUndefined();
    expect(await store.increment('c', 60)).toBe(1);
    expect(await store.increment('c', 60, 5)).toBe(6);
    await store.delete('n');
    expect(await store.get('n')).toBeUndefined();
    expect(store.healthy()).toBe(true);
    expect(await store.probe()).toBe(true);
  });
});

describe('the bounded store around a working store', () => {
  it('passes a caller\'s own mistake through as it is, without counting the store as gone', async () => {
    const wrong: StateStore = Object.assign(new MemoryStateStore(), { increment: () => Promise.reject(new RangeError('ttl out of range')) });
    const health: boolean[] = [];
    const store = boundedStore(wrong, { timeoutMs: 1000, failuresToOpen: 1, onHealth: (up) => health.push(up) });
    await expect(store.increment('c', -1)).rejects.toBeInstanceOf(RangeError);
    expect(store.healthy()).toBe(true);
    expect(health).toEqual([]);
  });
});

describe('the bounded store around a store that goes away', () => {
  it('names the failed operation, and reports the store gone and back once each', async () => {
    const { store: inner, state } = switchable();
    const health: boolean[] = [];
    const store = boundedStore(inner, { timeoutMs: 1000, failuresToOpen: 10, onHealth: (up) => health.push(up) });
    state.down = true;
    for (const [operation, call] of [
      ['get', () => store.get('k')],
      ['set', () => store.set('k', 'v', 60)],
      ['setIfAbsent', () => store.setIfAbsent('k', 'v', 60)],
      ['consume', () => store.consume('k')],
    ] as const) {
      const error = await call().then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(StoreUnavailable);
      expect((error as StoreUnavailable).operation).toBe(operation);
      expect((error as Error).name).toBe('StoreUnavailable');
      expect((error as Error).message).toBe(`state store did not answer ${operation}`);
    }
    expect(health).toEqual([false]);
    expect(await store.probe()).toBe(false);
    state.down = false;
    expect(await store.get('k')).toBeUndefined();
    expect(health).toEqual([false, true]);
    expect(store.healthy()).toBe(true);
  });

  it('fails at once after the failures in a row it allows, and tries the store again after the pause', async () => {
    const { store: inner, state } = switchable();
    const store = boundedStore(inner, { timeoutMs: 1000, failuresToOpen: 2, retryAfterMs: 200 });
    state.down = true;
    await expect(store.delete('k')).rejects.toBeInstanceOf(StoreUnavailable);
    expect(store.healthy()).toBe(false);
    await expect(store.increment('c', 60)).rejects.toBeInstanceOf(StoreUnavailable);
    const reached = state.calls;
    expect(reached).toBe(2);
    // Open: the store is not asked at all.
    await expect(store.get('k')).rejects.toBeInstanceOf(StoreUnavailable);
    expect(state.calls).toBe(reached);
    expect(store.healthy()).toBe(false);
    state.down = false;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await store.get('k')).toBeUndefined();
    expect(state.calls).toBe(reached + 1);
    expect(store.healthy()).toBe(true);
  });

  it('uses three failures in a row by default before failing at once', async () => {
    const { store: inner, state } = switchable();
    const store = boundedStore(inner, { timeoutMs: 1000 });
    state.down = true;
    for (let i = 0; i < 4; i += 1) await expect(store.get('k')).rejects.toBeInstanceOf(StoreUnavailable);
    expect(state.calls).toBe(3);
  });

  it('takes a store that answers with something other than an Error as gone too', async () => {
    const odd: StateStore = Object.assign(new MemoryStateStore(), { get: () => Promise.reject('refused') });
    const store = boundedStore(odd, { timeoutMs: 1000 });
    await expect(store.get('k')).rejects.toBeInstanceOf(StoreUnavailable);
    expect(store.healthy()).toBe(false);
  });
});
