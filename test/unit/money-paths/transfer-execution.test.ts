/**
 * The last step of a confirmed transfer, as the customer hears it and as the audit trail keeps
 * it: the undo offer only while the bank holds a transfer it can still cancel, the plain
 * "cancel" that follows offering that undo, a limit reached by two conversations or instances
 * refused and audited, a draft already taken or unreadable, a bank that failed after receiving
 * the order, and records that fail after the bank took it.
 */
import type { BankResult } from '../../../fulfillment/banks/bank-adapter';
import type { BankError } from '../../../fulfillment/banks/bank-error';
import { decorateBank } from '../../../fulfillment/banks/decorate';
import { createSandboxBank } from '../../../fulfillment/banks/sandbox/sandbox-bank';
import { fixedClock } from '../../../fulfillment/kit/clock';
import { err, ok, type Result } from '../../../fulfillment/kit/result';
import { MemoryAuditLog, type AuditEvent, type AuditLog } from '../../../fulfillment/records/audit-log';
import { forwardingStore } from '../../../fulfillment/state/forwarding-store';
import { MemoryStateStore } from '../../../fulfillment/state/memory-store';
import type { StateStore } from '../../../fulfillment/state/state-store';
import { undoKey } from '../../../fulfillment/transfers/undo';
import { startSkill, TEST_NOW, type TestSkill } from '../../support/harness';
import { booksOf } from '../../support/speaker';
import { transferSpeaker } from '../../support/transfer-speaker';

type Fake = () => Result<unknown, BankError> | undefined;

/** What a test puts in place of the skill's own store or audit log. */
interface Replacements {
  readonly withoutCancel?: boolean;
  readonly store?: StateStore;
  readonly audit?: AuditLog;
}

function skillWith(fakes: Record<string, Fake[]> = {}, env: Record<string, string> = {}, { withoutCancel = false, store, audit: auditLog }: Replacements = {}) {
  const sandbox = createSandboxBank({ clock: fixedClock(TEST_NOW) });
  const decorated = decorateBank(sandbox, <T>(operation: string, call: () => BankResult<T>) => {
    const faked = fakes[operation]?.shift()?.();
    return (faked ? Promise.resolve(faked) : call()) as BankResult<T>;
  });
  const transfers = decorated.transfers;
  const bank = withoutCancel && transfers ? { ...decorated, transfers: { submit: transfers.submit, status: transfers.status } } : decorated;
  const skill = startSkill({ env: { TRANSFER_STEP_UP: 'none', ...env }, overrides: { bank, ...(store ? { store } : {}), ...(auditLog ? { audit: auditLog } : {}) }, sandbox });
  return { skill, speaker: (session = 'session-one') => transferSpeaker(skill, 'alexa', 'USD', { token: 'demo', session }) };
}

const audit = (skill: TestSkill) => (skill.audit as unknown as { events: { action: string; outcome: string }[] }).events.map((e) => `${e.action}:${e.outcome}`);
const inMinutes = (minutes: number) => new Date(Date.parse(TEST_NOW) + minutes * 60_000).toISOString();
const receipt = (status: 'pending' | 'completed', cancellableUntil?: string) => () => ok({ transferId: 't-1', idempotencyKey: 'k', status, ...(cancellableUntil ? { cancellableUntil } : {}) });

describe('the undo offer', () => {
  it('is made while the bank holds the transfer, and a plain "cancel" then offers to undo it', async () => {
    const { skill, speaker } = skillWith();
    const say = speaker();
    await say('Transfer', { amount: '42', payee: 'Bob', account: 'checking' });
    expect((await say('Yes')).text).toMatch(/^Done\. Your transfer to Bob Carter is on its way\. If you change your mind, say cancel that transfer within \d+ minutes\./);
    expect((await say('Cancel')).text).toMatch(/cancel the transfer you just made\?/);
    expect(audit(skill)).toEqual(['transfer:pending']);
  });

  it.each([
    ['a completed transfer', receipt('completed', inMinutes(4))],
    ['a pending one whose window has closed', receipt('pending', TEST_NOW)],
    ['a pending one without a window', receipt('pending')],
  ])('is not made for %s', async (_name, answer) => {
    const { skill, speaker } = skillWith({ 'transfers.submit': [answer] });
    const say = speaker();
    await say('Transfer', { amount: '42', payee: 'Bob', account: 'checking' });
    const done = (await say('Yes')).text;
    expect(done).toMatch(/^Done\. Your transfer to Bob Carter is on its way\./);
    expect(done).not.toMatch(/cancel that transfer/);
    expect((await say('Cancel')).text).not.toMatch(/transfer you just made/);
    expect(audit(skill)[0]).toMatch(/^transfer:(completed|pending)$/);
  });

  it('is not made by a bank that cannot cancel', async () => {
    const { speaker } = skillWith({}, {}, { withoutCancel: true });
    const say = speaker();
    await say('Transfer', { amount: '42', payee: 'Bob', account: 'checking' });
    expect((await say('Yes')).text).not.toMatch(/cancel that transfer/);
  });

  it('counts whole minutes of the window, and at least one', async () => {
    const { speaker } = skillWith({ 'transfers.submit': [receipt('pending', inMinutes(0.5))] });
    const say = speaker();
    await say('Transfer', { amount: '42', payee: 'Bob', account: 'checking' });
    expect((await say('Yes')).text).toMatch(/within a minute\./);
  });
});

describe('a limit two conversations reached at once', () => {
  it('refuses the second when it is confirmed, and sends the first only', async () => {
    const { skill, speaker } = skillWith({}, { TRANSFER_DAILY_MAX: '100.00' });
    const one = speaker('session-one');
    const two = speaker('session-two');
    await one('Transfer', { amount: '55', payee: 'Bob', account: 'checking' });
    await two('Transfer', { amount: '55', payee: 'Bob', account: 'checking' });
    expect((await one('Yes')).text).toMatch(/^Done\./);
    expect((await two('Yes')).text).toBe("That's over your daily limit for voice transfers, so nothing was sent. You can still send $45.00 by voice today. You can say a smaller amount, or cancel and use your banking app.");
    expect(booksOf(skill, 'demo').transfers.size).toBe(1);
  });

  it('refuses a confirmation when another instance spends the day between the check and the reservation, and audits it', async () => {
    // Another instance's transfer of $60 lands on the day's sum in the moment between this
    // turn's check of the limits and its reservation.
    let raced = false;
    const store = memoryStoreWith((inner) => ({
      increment: async (key, ttl, by) => {
        if (!raced && key.startsWith('limit:day:')) {
          raced = true;
          await inner.increment(key, ttl, 6000);
        }
        return inner.increment(key, ttl, by);
      },
    }));
    const { skill, speaker } = skillWith({}, { TRANSFER_DAILY_MAX: '100.00' }, { store });
    const say = speaker();
    await say('Transfer', { amount: '55', payee: 'Bob', account: 'checking' });
    expect((await say('Yes')).text).toBe("That's over your daily limit for voice transfers, so nothing was sent. Please use your banking app for this one.");
    expect(booksOf(skill, 'demo').transfers.size).toBe(0);
    expect(audit(skill)).toEqual(['transfer:refused:limit-daily']);
    // Only the other instance's $60 stays counted: $40 of the day is left, not a cent more.
    expect((await say('Transfer', { amount: '41', payee: 'Bob', account: 'checking' })).text).toMatch(/daily limit for voice transfers/);
    expect((await say('Transfer', { amount: '35', payee: 'Bob', account: 'checking' })).text).toMatch(/^You're sending money to Bob Carter/);
  });
});

/** A memory store with some of its operations replaced. */
function memoryStoreWith(replace: (inner: StateStore) => Partial<StateStore>): StateStore {
  const own = forwardingStore(new MemoryStateStore(fixedClock(TEST_NOW)));
  return { ...own, ...replace(own) };
}

/** A memory store whose taking of a transfer draft answers as told, once, instead of the draft. */
function storeTakingDraftAs(answer: string | undefined): StateStore {
  let left = 1;
  return memoryStoreWith((inner) => ({
    consume: async (key: string) => {
      if (left > 0 && /^transfer:[0-9a-f-]{36}$/.test(key)) {
        left -= 1;
        await inner.consume(key);
        return answer;
      }
      return inner.consume(key);
    },
  }));
}

describe('a draft that is not there to take when the customer confirms', () => {
  it('says nothing was sent when the stored draft cannot be read, and sends nothing', async () => {
    const { skill, speaker } = skillWith({}, {}, { store: storeTakingDraftAs('{"not":"a draft"}') });
    const say = speaker();
    await say('Transfer', { amount: '42', payee: 'Bob', account: 'checking' });
    expect((await say('Yes')).text).toMatch(/^Sorry, I lost track of the transfer you were preparing, so nothing was sent\./);
    expect(booksOf(skill, 'demo').transfers.size).toBe(0);
    expect(skill.sandbox.control.calls()['transfers.submit'] ?? 0).toBe(0);
  });

  it('says it was handled when another answer took it first, and sends nothing more', async () => {
    const { skill, speaker } = skillWith({}, {}, { store: storeTakingDraftAs(undefined) });
    const say = speaker();
    await say('Transfer', { amount: '42', payee: 'Bob', account: 'checking' });
    expect((await say('Yes')).text).toMatch(/^That transfer has already been handled\./);
    expect(skill.sandbox.control.calls()['transfers.submit'] ?? 0).toBe(0);
    expect(audit(skill)).toEqual([]);
  });
});

describe('a bank that failed after receiving the order', () => {
  it('says it cannot tell, even when the status check finds nothing yet, and keeps the limit used', async () => {
    const { skill, speaker } = skillWith({ 'transfers.submit': [() => err({ kind: 'unavailable', uncertain: true })], 'transfers.status': [() => err({ kind: 'not-found' })] }, { TRANSFER_PER_HOUR_MAX: '1' });
    const say = speaker();
    await say('Transfer', { amount: '42', payee: 'Bob', account: 'checking' });
    expect((await say('Yes')).text).toMatch(/^Your bank hasn't confirmed that transfer yet\./);
    expect(audit(skill)).toEqual(['transfer:uncertain']);
    expect((await say('Transfer', { amount: '1', payee: 'Bob', account: 'checking' })).text).toMatch(/more transfers than I can send by voice in an hour/);
  });
});

describe('the records after the bank took the transfer', () => {
  it('failing costs the undo offer and a log line, never the "done" the customer must hear', async () => {
    const trail = new MemoryAuditLog();
    const failing: AuditLog = { record: async (event: AuditEvent) => (event.outcome === 'pending' ? Promise.reject(new Error('records down')) : trail.record(event)) };
    const { skill, speaker } = skillWith({}, {}, { audit: failing });
    const say = speaker();
    await say('Transfer', { amount: '42', payee: 'Bob', account: 'checking' });
    expect((await say('Yes')).text).toMatch(/^Done\. Your transfer to Bob Carter is on its way\./);
    expect(booksOf(skill, 'demo').transfers.size).toBe(1);
    expect(skill.logger.lines.some((l) => l.includes('"event":"transfer-settle-failed"') && l.includes('"step":"audit"'))).toBe(true);
  });

  it('a store that fails to keep the undo window costs the offer only', async () => {
    const store = memoryStoreWith((inner) => ({
      set: (key, value, ttl) => (key.startsWith(undoKey('')) ? Promise.reject(new Error('store down')) : inner.set(key, value, ttl)),
    }));
    const { skill, speaker } = skillWith({}, {}, { store });
    const say = speaker();
    await say('Transfer', { amount: '42', payee: 'Bob', account: 'checking' });
    const done = (await say('Yes')).text;
    expect(done).toMatch(/^Done\. Your transfer to Bob Carter is on its way\./);
    expect(done).not.toMatch(/cancel that transfer/);
    expect(skill.logger.lines.some((l) => l.includes('"event":"transfer-settle-failed"') && l.includes('"step":"undo"'))).toBe(true);
    expect(audit(skill)).toEqual(['transfer:pending']);
  });
});
