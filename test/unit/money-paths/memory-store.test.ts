/**
 * The memory store's edges that the shared contract does not reach: expiry to the millisecond,
 * counters that step by more than one (the day's sum of a limit), and times to live it refuses.
 */
import { MemoryStateStore } from '../../../fulfillment/state/memory-store';
import { mutableClock } from '../../support/mutable-clock';

function setUp() {
  const clock = mutableClock('2026-11-20T12:00:00Z');
  return { clock, store: new MemoryStateStore(clock) };
}

describe('the memory store', () => {
  it('keeps a value until the last millisecond of its time to live, and not at it', async () => {
    const { clock, store } = setUp();
    await store.set('k', 'v', 2);
    clock.advance(1.999);
    expect(await store.get('k')).toBe('v');
    clock.advance(0.001);
    expect(await store.get('k')).toBeUndefined();
  });

  it('lets setIfAbsent take a key whose value expired, and consume find nothing there', async () => {
    const { clock, store } = setUp();
    expect(await store.setIfAbsent('k', 'first', 1)).toBe(true);
    clock.advance(1);
    expect(await store.consume('k')).toBeUndefined();
    expect(await store.setIfAbsent('k', 'second', 1)).toBe(true);
    expect(await store.consume('k')).toBe('second');
    expect(await store.consume('k')).toBeUndefined();
  });

  it('steps a counter by any whole amount, down too, within its first window', async () => {
    const { clock, store } = setUp();
    expect(await store.increment('sum', 10, 4200)).toBe(4200);
    expect(await store.increment('sum', 10, -200)).toBe(4000);
    expect(await store.increment('sum', 10)).toBe(4001);
    clock.advance(10);
    expect(await store.increment('sum', 10, 5)).toBe(5);
    expect(await store.get('sum')).toBe('5');
  });

  it('does not extend a counter\'s window when it is stepped', async () => {
    const { clock, store } = setUp();
    await store.increment('c', 10);
    clock.advance(9);
    await store.increment('c', 10);
    clock.advance(1);
    expect(await store.get('c')).toBeUndefined();
  });

  it('refuses a time to live that is not positive, and a step that is not a whole number', async () => {
    const { store } = setUp();
    await expect(store.set('k', 'v', 0)).rejects.toThrow(RangeError);
    await expect(store.set('k', 'v', -1)).rejects.toThrow('ttlSeconds must be positive, got -1');
    await expect(store.setIfAbsent('k', 'v', Number.NaN)).rejects.toThrow(RangeError);
    await expect(store.increment('k', 0)).rejects.toThrow(RangeError);
    await expect(store.increment('k', 10, 0.5)).rejects.toThrow('increment step must be a safe integer, got 0.5');
    expect(await store.get('k')).toBeUndefined();
  });

  it('sweeps expired keys on writes that go round the store, without touching live ones', async () => {
    const { clock, store } = setUp();
    for (let i = 0; i < 4; i += 1) await store.set(`old:${i}`, 'x', 1);
    clock.advance(1);
    for (let i = 0; i < 4; i += 1) await store.set(`live:${i}`, 'y', 60);
    expect(store.size).toBe(4);
    for (let i = 0; i < 4; i += 1) expect(await store.get(`live:${i}`)).toBe('y');
  });

  it('runs on the system clock when given none', async () => {
    const store = new MemoryStateStore();
    await store.set('k', 'v', 60);
    expect(await store.get('k')).toBe('v');
    await store.delete('k');
    await store.delete('k');
    expect(await store.get('k')).toBeUndefined();
  });
});
