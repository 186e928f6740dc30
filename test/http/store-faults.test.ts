/**
 * A state store that stalls or dies: every request is answered with speech well within the
 * platforms' deadline, never a 500; money fails closed; a stall after the bank took a transfer
 * never says "try again"; GET /readyz and voicebank_store_up tell a load balancer, and the skill
 * recovers when the store returns. Against the memory store behind a fault switch; the same
 * faults on a real Redis are in test/scale/redis-faults.test.ts.
 */
import request from 'supertest';
import type { BankAdapter } from '../../fulfillment/banks/bank-adapter';
import { createSandboxBank } from '../../fulfillment/banks/sandbox/sandbox-bank';
import { MemoryStateStore } from '../../fulfillment/state/memory-store';
import { faultyStore, type FaultyStore } from '../support/faulty-store';
import { startSkill, TEST_NOW, type TestSkill } from '../support/harness';
import { fixedClock } from '../../fulfillment/kit/clock';
import { alexaRequest } from '../support/requests';
import { booksOf } from '../support/speaker';
import { transferSpeaker } from '../support/transfer-speaker';

/** The platforms' own deadline for a spoken answer (Alexa's hard limit is 8 s). */
const PLATFORM_TARGET_MS = 4500;
const STORE_DOWN = "Sorry, I'm having trouble on my side right now. If you just confirmed a transfer, please check your banking app before you ask again.";
const ENV = { STORE_TIMEOUT_MS: '200', TRANSFER_STEP_UP: 'none' };

let faulty: FaultyStore;
let skill: TestSkill;
beforeEach(() => {
  faulty = faultyStore(new MemoryStateStore(fixedClock(TEST_NOW)));
  skill = startSkill({ env: ENV, overrides: { store: faulty.store } });
});

const balance = () => skill.post('/alexa', alexaRequest({ intent: 'BalanceIntent' }, { token: 'demo' }));
const timed = async <T>(run: () => Promise<T>) => {
  const started = performance.now();
  const value = await run();
  return { value, ms: performance.now() - started };
};
const ready = async () => (await request(skill.app).get('/readyz')).status;
const storeUpMetric = async () => /^voicebank_store_up (\d)$/m.exec((await request(skill.app).get('/metrics')).text)?.[1];
const spoken = (res: { body: { response?: { outputSpeech?: { ssml?: string } } } }) => res.body.response?.outputSpeech?.ssml?.replace(/<\/?speak>/g, '').replace(/&apos;/g, "'");

describe.each(['stall', 'fail'] as const)('a store that starts to %s', (fault) => {
  it('gets every request a spoken answer well within the deadline, never a 500', async () => {
    faulty.fault(fault);
    for (let i = 0; i < 3; i += 1) {
      const { value: res, ms } = await timed(balance);
      expect(res.status).toBe(200);
      expect(spoken(res)).toBe(STORE_DOWN);
      expect(ms).toBeLessThan(PLATFORM_TARGET_MS);
    }
    expect(skill.logger.lines.some((l) => l.includes('turn failed: store unavailable'))).toBe(true);
    expect(skill.logger.lines.some((l) => l.includes('"level":"error"'))).toBe(false);
  });

  it('tells the load balancer: /readyz 503 and voicebank_store_up 0, while /healthz stays alive; both recover with the store', async () => {
    expect(await ready()).toBe(200);
    faulty.fault(fault);
    // Enough failed calls that the store is taken as gone, and calls fail at once until a trial one succeeds.
    for (let i = 0; i < 3; i += 1) await balance();
    expect(await ready()).toBe(503);
    expect(await storeUpMetric()).toBe('0');
    expect((await request(skill.app).get('/healthz')).status).toBe(200);

    faulty.fault('none');
    const deadline = performance.now() + 10_000;
    while ((await ready()) !== 200 && performance.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(await ready()).toBe(200);
    expect(await storeUpMetric()).toBe('1');
    expect(spoken(await balance())).toMatch(/^Your checking account has/);
  });
});

describe('money with a failing store', () => {
  const books = () => booksOf(skill, 'demo');
  const checking = () => books().accounts.find((a) => a.kind === 'checking')?.balance.minor;

  it.each(['stall', 'fail'] as const)('moves nothing when the draft cannot be taken out (%s)', async (fault) => {
    const say = transferSpeaker(skill, 'alexa', 'USD');
    await say('Transfer', { amount: '42', payee: 'Bob', account: 'checking' });
    const before = checking();
    faulty.fault(fault, ['consume']);
    const { value: yes, ms } = await timed(() => say('Yes'));
    expect(yes.text).toBe(STORE_DOWN);
    expect(ms).toBeLessThan(PLATFORM_TARGET_MS);
    expect(books().transfers.size).toBe(0);
    expect(checking()).toBe(before);
    expect(skill.sandbox.control.calls()['transfers.submit'] ?? 0).toBe(0);
  });
});

describe('a store that fails only when the turn is saved', () => {
  it('still gives the answer the turn found; the next turn starts afresh', async () => {
    faulty.fault('fail', ['set']);
    const res = await balance();
    expect(spoken(res)).toMatch(/^Your checking account has .*Is there anything else\?$/);
    expect(skill.logger.lines.some((l) => l.includes('conversation not saved: store unavailable'))).toBe(true);
  });
});

describe('a store that stalls after the bank took the transfer', () => {
  it('still says the transfer is done, within the deadline, and the transfer is made once', async () => {
    const sandbox = createSandboxBank({ clock: fixedClock(TEST_NOW) });
    const transfers = sandbox.transfers;
    if (!transfers) throw new Error('the sandbox makes transfers');
    const stallAfterSubmit: BankAdapter = {
      ...sandbox,
      transfers: {
        ...transfers,
        submit: async (session, order) => {
          const result = await transfers.submit(session, order);
          faulty.fault('stall');
          return result;
        },
      },
    };
    skill = startSkill({ env: ENV, overrides: { store: faulty.store, bank: stallAfterSubmit }, sandbox });
    const say = transferSpeaker(skill, 'alexa', 'USD');
    await say('Transfer', { amount: '42', payee: 'Bob', account: 'checking' });
    const { value: yes, ms } = await timed(() => say('Yes'));
    expect(ms).toBeLessThan(PLATFORM_TARGET_MS);
    // The money has moved: a store that fails now costs the undo offer, never the "done".
    expect(yes.text).toMatch(/^Done\. Your transfer to Bob Carter is on its way\./);
    expect(yes.text).not.toMatch(/cancel that transfer/);
    expect(booksOf(skill, 'demo').transfers.size).toBe(1);
  });
});
