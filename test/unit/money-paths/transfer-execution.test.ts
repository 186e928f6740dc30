/**
 * The last step of a confirmed transfer, as the customer hears it and as the audit trail keeps
 * it: the undo offer only while the bank holds a transfer it can still cancel, the plain
 * "cancel" that follows offering that undo, and a limit that two conversations reached at once
 * refused when the second is confirmed.
 */
import type { BankResult } from '../../../fulfillment/banks/bank-adapter';
import type { BankError } from '../../../fulfillment/banks/bank-error';
import { decorateBank } from '../../../fulfillment/banks/decorate';
import { createSandboxBank } from '../../../fulfillment/banks/sandbox/sandbox-bank';
import { fixedClock } from '../../../fulfillment/kit/clock';
import { ok, type Result } from '../../../fulfillment/kit/result';
import { startSkill, TEST_NOW, type TestSkill } from '../../support/harness';
import { booksOf } from '../../support/speaker';
import { transferSpeaker } from '../../support/transfer-speaker';

type Fake = () => Result<unknown, BankError> | undefined;

function skillWith(fakes: Record<string, Fake[]> = {}, env: Record<string, string> = {}, withoutCancel = false) {
  const sandbox = createSandboxBank({ clock: fixedClock(TEST_NOW) });
  const decorated = decorateBank(sandbox, <T>(operation: string, call: () => BankResult<T>) => {
    const faked = fakes[operation]?.shift()?.();
    return (faked ? Promise.resolve(faked) : call()) as BankResult<T>;
  });
  const transfers = decorated.transfers;
  const bank = withoutCancel && transfers ? { ...decorated, transfers: { submit: transfers.submit, status: transfers.status } } : decorated;
  const skill = startSkill({ env: { TRANSFER_STEP_UP: 'none', ...env }, overrides: { bank }, sandbox });
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
    const { speaker } = skillWith({}, {}, true);
    const say = speaker();
    await say('Transfer', { amount: '42', payee: 'Bob', account: 'checking' });
    expect((await say('Yes')).text).not.toMatch(/cancel that transfer/);
  });

  it('counts whole minutes of the window, and at least one', async () => {
    const { speaker } = skillWith({ 'transfers.submit': [receipt('pending', inMinutes(0.5))] });
    const say = speaker();
    await say('Transfer', { amount: '42', payee: 'Bob', account: 'checking' });
    expect((await say('Yes')).text).toMatch(/within 1 minutes/);
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
    expect((await two('Yes')).text).toBe("That's over your daily limit for voice transfers, so nothing was sent. Please use your banking app for this one.");
    expect(booksOf(skill, 'demo').transfers.size).toBe(1);
  });
});
