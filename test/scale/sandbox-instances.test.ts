/**
 * The sandbox keeps its books in one process's memory, so on a shared store a second instance
 * refuses to start with a message that says why and what to do; the first one's books stay the
 * only ones. The claim itself is tested on the memory store: taken once, freed by a clean stop,
 * or by time after a crash.
 */
import { randomUUID } from 'node:crypto';
import { MemoryStateStore } from '../../fulfillment/state/memory-store';
import { CLAIM_SECONDS, claimSandbox, SANDBOX_TAKEN } from '../../skill/banks/sandbox-claim';
import { startInstance, stopAll, type Instance } from '../support/cluster';
import { mutableClock } from '../support/mutable-clock';
import { describeWith, TEST_REDIS_URL } from '../support/services';

describe('the sandbox claim', () => {
  it('is held by one instance: a second is refused until the first releases it', async () => {
    const store = new MemoryStateStore();
    const first = await claimSandbox(store, 'a');
    expect(typeof first).toBe('object');
    expect(await claimSandbox(store, 'b')).toBe(SANDBOX_TAKEN);
    if (typeof first === 'string') throw new Error('first claim refused');
    await first.release();
    const second = await claimSandbox(store, 'b');
    expect(typeof second).toBe('object');
    if (typeof second !== 'string') await second.release();
  });

  it('of an instance that crashed frees itself after its time to live', async () => {
    const clock = mutableClock('2026-11-20T15:30:00.000Z');
    const store = new MemoryStateStore(clock);
    const crashed = await claimSandbox(store, 'a');
    expect(await claimSandbox(store, 'b')).toBe(SANDBOX_TAKEN);
    clock.advance(CLAIM_SECONDS + 1);
    const next = await claimSandbox(store, 'b');
    expect(typeof next).toBe('object');
    for (const claim of [crashed, next]) if (typeof claim !== 'string') await claim.release();
  });
});

describeWith('redis')('two sandbox instances on one Redis', () => {
  const instances: Instance[] = [];
  // Stopped and waited for, so no process outlives the file.
  afterAll(async () => {
    const exited = instances.map((i) => (i.process.exitCode === null ? new Promise((resolve) => i.process.once('exit', resolve)) : Promise.resolve()));
    stopAll(instances);
    await Promise.all(exited);
  });

  it('the second refuses to start and says why', async () => {
    const env = { REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: `vb-sandbox:${randomUUID()}:`, SANDBOX_BOOKS: 'one-instance' };
    instances.push(await startInstance(env));
    await expect(startInstance(env)).rejects.toThrow(/exited with 1:[\s\S]*another instance already runs the sandbox bank on this store/);
  }, 60_000);
});
