import { MemoryStateStore } from '../../fulfillment/state/memory-store';
import { describeStateStoreContract } from './state-store.contract';

describeStateStoreContract('memory', async () => {
  let now = Date.parse('2026-11-20T12:00:00Z');
  const store = new MemoryStateStore({ now: () => new Date(now) });
  return { store, prefix: '', advance: async (seconds) => void (now += seconds * 1000) };
});

describe('the memory store under a stream of keys nobody reads again', () => {
  it('forgets expired replay markers by itself, so its size stays bounded', async () => {
    let now = Date.parse('2026-11-20T12:00:00Z');
    const store = new MemoryStateStore({ now: () => new Date(now) });
    // A 30-second marker every millisecond for 90 seconds: 90,000 written, 30,000 alive at a time.
    let peak = 0;
    for (let i = 0; i < 90_000; i += 1) {
      await store.setIfAbsent(`replay:${i}`, '1', 30);
      now += 1;
      peak = Math.max(peak, store.size);
    }
    expect(peak).toBeLessThanOrEqual(2 * 30_000 + 10);
    // What is still within its time to live is all still there.
    for (const i of [89_999, 75_000, 60_001]) expect(await store.setIfAbsent(`replay:${i}`, '1', 30)).toBe(false);
  });

  it('keeps a long-lived entry while the sweep passes it again and again', async () => {
    let now = Date.parse('2026-11-20T12:00:00Z');
    const store = new MemoryStateStore({ now: () => new Date(now) });
    await store.set('pref:discreet:c-1', 'on', 365 * 24 * 3600);
    for (let i = 0; i < 50_000; i += 1) {
      await store.increment(`rate:${i}`, 1);
      now += 100;
    }
    expect(await store.get('pref:discreet:c-1')).toBe('on');
    expect(store.size).toBeLessThan(100);
  });
});
