import { MemoryStateStore } from '../../fulfillment/state/memory-store';
import { describeStateStoreContract } from './state-store.contract';

describeStateStoreContract('memory', async () => {
  let now = Date.parse('2026-11-20T12:00:00Z');
  const store = new MemoryStateStore({ now: () => new Date(now) });
  return { store, prefix: '', advance: async (seconds) => void (now += seconds * 1000) };
});
