/**
 * A burst of confirmations: the same spoken PIN sent 50 times to each of three app instances at
 * once over HTTP, all sharing one store and one bank. The draft is held before the PIN's hash is
 * computed, so only one confirmation pays for the hash, exactly one transfer reaches the bank,
 * and it does (the winner is not starved past the bank deadline). A burst of one wrong PIN is
 * checked one copy at a time, each check counting toward the lock, and unless that locks the
 * PIN the transfer is left for the right one. On Redis where there is
 * one, else on one memory store the three share. The time bound is far from any target: latency
 * is measured in bench/ (the confirmation burst case).
 */
import { fixedClock } from '../../fulfillment/kit/clock';
import { MemoryStateStore } from '../../fulfillment/state/memory-store';
import type { StateStore } from '../../fulfillment/state/state-store';
import { startBurst, type Burst } from '../support/confirmation-burst';
import { TEST_NOW } from '../support/harness';
import { testRedisStore } from '../support/redis';
import { describeWith } from '../support/services';

const COPIES = 3 * 50;
/** Each answer a copy may hear, said alone as the session ends or with the question of what next. */
const withOrWithoutQuestion = (said: string) => [said, `${said} What would you like to do?`];
const ALREADY = withOrWithoutQuestion('That transfer has already been handled.');
/** What a copy that came after the transfer was sent hears: nothing is waiting for a PIN any more. */
const AFTER = withOrWithoutQuestion('Nothing needs your PIN right now, and no transfer is waiting to be sent. You can say, for example, send fifty dollars to Anna.');
/** What a copy that came after a lock ended the transfer may hear: it is gone, and nothing was sent. */
const ENDED = withOrWithoutQuestion('That transfer request has expired, so nothing was sent. You can start again any time.');

function burstSuite(open: () => Promise<{ store: StateStore; close(): Promise<void> }>): void {
  let shared: { store: StateStore; close(): Promise<void> } | undefined;
  let burst: Burst | undefined;
  afterEach(async () => {
    await burst?.close();
    await shared?.close();
    burst = undefined;
    shared = undefined;
  });

  const start = async () => {
    shared = await open();
    burst = await startBurst(shared.store);
    return burst;
  };

  it('makes exactly one transfer from 50 confirmations on each of three instances, and makes it', async () => {
    const b = await start();
    const before = b.checking();
    const { answers, hashed, allMs } = await b.fire('1234', COPIES);
    expect(hashed).toBe(1);
    expect(answers.filter((a) => a.startsWith('Done.'))).toHaveLength(1);
    for (const other of answers.filter((a) => !a.startsWith('Done.'))) expect([...ALREADY, ...AFTER]).toContain(other);
    expect(b.transfers()).toBe(1);
    expect(b.checking()).toBe(before - 4200);
    // Far from any target: a stalled event loop took tens of seconds here.
    expect(allMs).toBeLessThan(20_000);
  }, 60_000);

  it('counts every wrong PIN it checks toward the lock, checks one at a time, and keeps the transfer for the right one', async () => {
    const b = await start();
    const { answers, hashed } = await b.fire('1111', COPIES);
    // A copy that finds the transfer held is not checked; one that comes after a wrong answer put
    // it back is, and counts, as any answer does.
    const wrong = answers.filter((a) => a.startsWith("That PIN isn't right."));
    const locked = answers.filter((a) => a.startsWith('Your voice PIN is locked'));
    expect(wrong.length + locked.length).toBe(hashed);
    const others = answers.filter((a) => !wrong.includes(a) && !locked.includes(a));
    expect(b.transfers()).toBe(0);
    if (hashed < 3) {
      // The draft was out of the store only while marked held: no copy heard it was gone.
      for (const other of others) expect([...ALREADY, ...AFTER]).toContain(other);
      // The transfer is still waiting: no copy was told otherwise.
      expect(others.filter((a) => AFTER.includes(a))).toHaveLength(0);
      expect(locked).toHaveLength(0);
      expect(await b.say(2, 'Pin', { pin: '1234' })).toMatch(/^Done\./);
      expect(b.transfers()).toBe(1);
    } else {
      // The lock ended the transfer: a copy that read the conversation before that hears it is gone.
      for (const other of others) expect([...ALREADY, ...AFTER, ...ENDED]).toContain(other);
      expect(locked).toHaveLength(1);
      expect(await b.say(2, 'Pin', { pin: '1234' })).not.toMatch(/^Done\./);
      expect(b.transfers()).toBe(0);
    }
  }, 60_000);
}

describeWith('redis')('a burst of confirmations on three instances sharing Redis', () => {
  burstSuite(async () => {
    const { store } = await testRedisStore();
    return { store, close: () => store.close() };
  });
});

describe('a burst of confirmations on three instances sharing one memory store', () => {
  burstSuite(async () => ({ store: new MemoryStateStore(fixedClock(TEST_NOW)), close: async () => undefined }));
});
