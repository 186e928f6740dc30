/**
 * A burst of confirmations: the same spoken PIN sent 50 times to each of three app instances at
 * once, all sharing one store and one bank. The draft is held before the PIN's hash is computed,
 * so only one confirmation pays for the hash, exactly one transfer reaches the bank, and it does
 * (the winner is not starved past the bank deadline). A burst of wrong PINs counts once toward
 * the lock and leaves the transfer for the right one. On Redis where there is one, else on one
 * memory store the three share. The time bound here is far from any target: latency and
 * throughput are measured in bench/ (the "confirmation burst" case).
 */
import { randomUUID } from 'node:crypto';
import { createSandboxBank } from '../../fulfillment/banks/sandbox/sandbox-bank';
import { fixedClock } from '../../fulfillment/kit/clock';
import { customerId } from '../../fulfillment/kit/ids';
import { fixedPinDirectory } from '../../fulfillment/records/pin-directory';
import { MemoryStateStore } from '../../fulfillment/state/memory-store';
import type { StateStore } from '../../fulfillment/state/state-store';
import { startSkill, TEST_NOW, type TestSkill } from '../support/harness';
import { testRedisStore } from '../support/redis';
import { describeWith } from '../support/services';

const PER_INSTANCE = 50;
const ALREADY = 'That transfer has already been handled.';
const ENV = { TRANSFER_STEP_UP: 'pin', RATE_LIMIT_PER_CUSTOMER: '1000000', RATE_LIMIT_PER_IP: '1000000' };

function burstSuite(open: () => Promise<{ store: StateStore; close(): Promise<void> }>): void {
  let shared: { store: StateStore; close(): Promise<void> } | undefined;
  afterEach(async () => {
    await shared?.close();
    shared = undefined;
  });

  async function threeInstances() {
    shared = await open();
    const sandbox = createSandboxBank({ clock: fixedClock(TEST_NOW) });
    const store = shared.store;
    // The bank is shared, so it is no longer the embedded sandbox: its demo PIN is enrolled here.
    const enrolled = fixedPinDirectory([customerId('cust-alex')], '1234');
    // Each PIN check reads the hash once: the count is how many confirmations paid for a hash.
    let checks = 0;
    const pins = { hashFor: (c: Parameters<typeof enrolled.hashFor>[0]) => ((checks += 1), enrolled.hashFor(c)) };
    const skills: TestSkill[] = [0, 1, 2].map(() => startSkill({ env: ENV, overrides: { bank: sandbox, store, pins }, sandbox }));
    const session = `projects/p/agent/sessions/${randomUUID()}`;
    const say = (i: number, intent: string, parameters: Record<string, unknown> = {}) => skills[i % 3]!.dialogflow(intent, parameters, { token: 'demo', session }).then((r) => r.text);
    const checking = () => sandbox.control.books('demo')?.accounts.find((a) => a.kind === 'checking')?.balance.minor ?? NaN;
    const transfers = () => sandbox.control.books('demo')?.transfers.size ?? NaN;
    const before = checking();
    expect(await say(0, 'Transfer', { amount: { amount: 42, currency: 'USD' }, payee: 'Bob', account: 'checking' })).toMatch(/Shall I send it\?$/);
    expect(await say(1, 'Yes')).toBe('Please say your four-digit voice PIN.');
    const burst = async (pin: string) => {
      checks = 0;
      const answers = await Promise.all(Array.from({ length: 3 * PER_INSTANCE }, (_, i) => say(i, 'Pin', { pin })));
      return { answers, hashed: checks };
    };
    return { burst, say, checking, transfers, before };
  }

  it('makes exactly one transfer from 50 confirmations on each of three instances, and makes it', async () => {
    const { burst, checking, transfers, before } = await threeInstances();
    const started = performance.now();
    const { answers, hashed } = await burst('1234');
    const ms = performance.now() - started;
    expect(hashed).toBe(1);
    expect(answers.filter((a) => a.startsWith('Done.'))).toHaveLength(1);
    for (const other of answers.filter((a) => !a.startsWith("Done."))) expect(other).toBe(ALREADY);
    expect(transfers()).toBe(1);
    expect(checking()).toBe(before - 4200);
    // Far from any target: a stalled event loop took tens of seconds here.
    expect(ms).toBeLessThan(20_000);
  }, 60_000);

  it('counts a burst of one wrong PIN once toward the lock, and keeps the transfer for the right one', async () => {
    const { burst, say, transfers } = await threeInstances();
    const { answers: wrong, hashed } = await burst('1111');
    expect(hashed).toBe(1);
    expect(wrong.filter((a) => a.startsWith("That PIN isn't right. You have 2 tries left."))).toHaveLength(1);
    for (const other of wrong.filter((a) => !a.startsWith("That PIN isn't right"))) expect(other).toBe(ALREADY);
    expect(transfers()).toBe(0);
    expect(await say(2, 'Pin', { pin: '1234' })).toMatch(/^Done\./);
    expect(transfers()).toBe(1);
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
