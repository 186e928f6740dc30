/**
 * The store's time limit counts a store that has not answered, not a process that was busy:
 * a reply that arrived within the limit, while work held the event loop, is still read and
 * returned; a store that never answers is given up on at the limit.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';
import { boundedStore, StoreUnavailable } from '../../fulfillment/state/bounded-store';
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
