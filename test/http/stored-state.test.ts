/**
 * What the skill stored is parsed when it is read back: a transfer draft or a conversation that
 * does not parse (a bad write, a store shared with another version) gets a spoken answer, and
 * nothing moves on it.
 */
import { MemoryStateStore } from '../../fulfillment/state/memory-store';
import type { StateStore } from '../../fulfillment/state/state-store';
import { startSkill, TEST_NOW, type TestSkill } from '../support/harness';
import { fixedClock } from '../../fulfillment/kit/clock';
import { booksOf } from '../support/speaker';
import { transferSpeaker } from '../support/transfer-speaker';

/** A memory store that remembers which keys were written, so a test can spoil one. */
class WatchedStore extends MemoryStateStore {
  readonly written = new Set<string>();
  override async set(key: string, value: string, ttlSeconds: number): Promise<void> {
    this.written.add(key);
    await super.set(key, value, ttlSeconds);
  }
}

const keysLike = (store: WatchedStore, pattern: RegExp) => [...store.written].filter((k) => pattern.test(k));

describe.each(['alexa', 'dialogflow', 'dialogflow-cx'] as const)('on %s', (platform) => {
  let skill: TestSkill;
  let store: WatchedStore;

  beforeEach(() => {
    store = new WatchedStore(fixedClock(TEST_NOW));
    skill = startSkill({ overrides: { store: store as StateStore } });
  });

  it.each([
    ['not JSON', '{"id":'],
    ['JSON of the wrong shape', '{"id":"x","customerId":"demo","kind":"payee","step":"confirm","amount":{"minor":4.2,"currency":"USD"}}'],
  ])('says nothing was sent when the stored transfer is %s, and sends nothing on yes', async (_what, spoiled) => {
    const say = transferSpeaker(skill, platform, 'USD');
    expect((await say('Transfer', { amount: '42', payee: 'Bob', account: 'checking' })).text).toContain('Shall I send it?');
    const [draftKey] = keysLike(store, /^transfer:[0-9a-f-]{36}$/);
    expect(draftKey).toBeDefined();
    await store.set(draftKey as string, spoiled, 300);
    const answer = await say('Yes');
    expect(answer.text).toContain('nothing was sent');
    expect(answer.endsSession).toBe(false);
    expect(booksOf(skill, 'demo').transfers.size).toBe(0);
    expect((await say('Yes')).text).toContain("There's nothing waiting for a yes");
  });

  it('answers as at the start of a conversation when the stored conversation does not parse', async () => {
    const say = transferSpeaker(skill, platform, 'USD');
    await say('Transfer', { amount: '42', payee: 'Bob', account: 'checking' });
    for (const key of keysLike(store, /^conv:/)) await store.set(key, '{"awaiting":{"kind":"transfer","draftId":42}}', 300);
    expect((await say('Yes')).text).toContain("There's nothing waiting for a yes");
    expect(booksOf(skill, 'demo').transfers.size).toBe(0);
  });
});
