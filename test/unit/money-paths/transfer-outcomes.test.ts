/**
 * What the customer hears, and what reaches the bank, for each answer the bank can give to a
 * confirmed transfer: refusals and shortfalls say nothing was sent and give the limits back, a
 * timeout is followed by a status check, and only the bank's own "not found" for an order it
 * surely never got is spoken as "not sent".
 */
import type { BankResult } from '../../../fulfillment/banks/bank-adapter';
import type { BankError } from '../../../fulfillment/banks/bank-error';
import { decorateBank } from '../../../fulfillment/banks/decorate';
import { createSandboxBank } from '../../../fulfillment/banks/sandbox/sandbox-bank';
import { fixedClock } from '../../../fulfillment/kit/clock';
import { err, ok, type Result } from '../../../fulfillment/kit/result';
import { startSkill, TEST_NOW, type TestSkill } from '../../support/harness';
import { booksOf } from '../../support/speaker';
import { transferSpeaker } from '../../support/transfer-speaker';

/** What a faked bank operation answers instead of the sandbox (undefined: the sandbox answers). */
type Fake = () => Result<unknown, BankError> | undefined;

const NOT_RESPONDING_NOTHING_SENT = "Your bank isn't responding right now, so nothing was sent. Please try again in a little while.";
const UNCERTAIN = "Your bank hasn't confirmed that transfer yet. It may still go through, so please don't send it again. I'll tell you when your bank confirms it, or you can check your banking app.";
const DECLINED = 'Your bank declined that transfer, so nothing was sent.';

/** A skill on the sandbox whose chosen operations answer as faked, once each, then as the sandbox. */
function skillWith(fakes: Record<string, Fake[]>, env: Record<string, string> = {}) {
  const sandbox = createSandboxBank({ clock: fixedClock(TEST_NOW) });
  const calls: string[] = [];
  const bank = decorateBank(sandbox, <T>(operation: string, call: () => BankResult<T>) => {
    calls.push(operation);
    const faked = fakes[operation]?.shift()?.();
    // The fakes answer for the operations they are named for, whose T they match.
    return (faked ? Promise.resolve(faked) : call()) as BankResult<T>;
  });
  const skill = startSkill({ env: { TRANSFER_STEP_UP: 'none', ...env }, overrides: { bank }, sandbox });
  const say = transferSpeaker(skill, 'dialogflow', 'USD');
  const sendBob = async (amount = '42') => {
    await say('Transfer', { amount, payee: 'Bob', account: 'checking' });
    return (await say('Yes')).text;
  };
  return { skill, calls, say, sendBob, count: (operation: string) => calls.filter((c) => c === operation).length };
}

const sent = (skill: TestSkill) => booksOf(skill, 'demo').transfers.size;
const auditOutcomes = (skill: TestSkill) => (skill.audit as unknown as { events: { outcome: string }[] }).events.map((e) => e.outcome);

describe('a bank that refuses the order', () => {
  it('says nothing was sent for lack of money, and gives the hour\'s only transfer back', async () => {
    const { skill, sendBob, count } = skillWith({ 'transfers.submit': [() => err({ kind: 'insufficient-funds' })] }, { TRANSFER_PER_HOUR_MAX: '1' });
    expect(await sendBob()).toBe("There isn't enough money in your checking account ending in 4321 for that, so nothing was sent.");
    expect(sent(skill)).toBe(0);
    expect(count('transfers.status')).toBe(0);
    expect(await sendBob()).toMatch(/^Done\. Your transfer to Bob Carter is on its way\./);
    expect(sent(skill)).toBe(1);
    expect(auditOutcomes(skill)).toEqual(['refused:insufficient-funds', 'pending']);
  });

  it('says the bank declined it, and gives the day\'s amount back', async () => {
    const { skill, sendBob } = skillWith({ 'transfers.submit': [() => err({ kind: 'rejected', reason: 'fraud check' })] }, { TRANSFER_DAILY_MAX: '50.00' });
    expect(await sendBob()).toBe(DECLINED);
    expect(await sendBob()).toMatch(/^Done\./);
    expect(auditOutcomes(skill)).toEqual(['refused:rejected', 'pending']);
  });

  it('says the bank declined it when the receipt itself says rejected or cancelled', async () => {
    for (const status of ['rejected', 'cancelled'] as const) {
      const { skill, sendBob } = skillWith({ 'transfers.submit': [() => ok({ transferId: 't-1', idempotencyKey: 'k', status })] }, { TRANSFER_PER_HOUR_MAX: '1' });
      expect(await sendBob()).toBe(DECLINED);
      expect(await sendBob()).toMatch(/^Done\./);
      expect(auditOutcomes(skill)).toEqual([`refused:${status}`, 'pending']);
    }
  });
});

describe('a cancel of a transfer the bank had not confirmed', () => {
  it('says it did not go through once the bank has refused it, never that it was already sent', async () => {
    const { say, sendBob } = skillWith({
      'transfers.submit': [() => err({ kind: 'timeout', abandoned: true })],
      'transfers.status': [() => err({ kind: 'unavailable' }), () => ok({ transferId: 't-9', idempotencyKey: 'k', status: 'rejected' }), () => ok({ transferId: 't-9', idempotencyKey: 'k', status: 'rejected' })],
    });
    expect(await sendBob()).toBe(UNCERTAIN);
    const first = (await say('CancelTransfer')).text;
    expect(first).toMatch(/^Your earlier transfer to Bob Carter did not go through, so nothing was sent\./);
    const again = (await say('CancelTransfer')).text;
    expect(again).toMatch(/^Your earlier transfer to Bob Carter did not go through, so nothing was sent\./);
    expect(`${first} ${again}`).not.toContain('already sent');
  });
});

describe('a bank that does not answer the order', () => {
  it('asks for the status, and says not sent only when the bank answers it never got an order it surely had not', async () => {
    const { skill, sendBob, count } = skillWith({ 'transfers.submit': [() => err({ kind: 'unavailable' })] }, { TRANSFER_PER_HOUR_MAX: '1' });
    expect(await sendBob()).toBe(NOT_RESPONDING_NOTHING_SENT);
    expect(count('transfers.status')).toBe(1);
    expect(sent(skill)).toBe(0);
    // Nothing was sent, so the hour's one transfer is still there to use.
    expect(await sendBob()).toMatch(/^Done\./);
  });

  it('finds by its key an order the adapter threw on, or answered nothing for, after the bank took it: "done", never "try again"', async () => {
    const breakings = [
      () => {
        throw new SyntaxError('Unexpected token < in JSON');
      },
      () => undefined,
    ];
    for (const broken of breakings) {
      const sandbox = createSandboxBank({ clock: fixedClock(TEST_NOW) });
      const bank = decorateBank(sandbox, <T>(operation: string, call: () => BankResult<T>) => (operation === 'transfers.submit' ? (call().then(broken) as unknown as BankResult<T>) : call()));
      const skill = startSkill({ env: { TRANSFER_STEP_UP: 'none' }, overrides: { bank }, sandbox });
      const say = transferSpeaker(skill, 'dialogflow', 'USD');
      await say('Transfer', { amount: '42', payee: 'Bob', account: 'checking' });
      expect((await say('Yes')).text).toMatch(/^Done\. Your transfer to Bob Carter is on its way\./);
      expect(sent(skill)).toBe(1);
      expect(skill.logger.lines.some((l) => l.includes('"event":"bank-adapter-fault"'))).toBe(true);
    }
  });

  it('says it cannot tell when the adapter threw on the order and the status check fails too', async () => {
    const sandbox = createSandboxBank({ clock: fixedClock(TEST_NOW) });
    const bank = decorateBank(sandbox, <T>(operation: string, call: () => BankResult<T>) => {
      if (operation === 'transfers.submit') return call().then(() => Promise.reject(new TypeError('no body'))) as BankResult<T>;
      if (operation === 'transfers.status') return Promise.resolve(err({ kind: 'unavailable' })) as BankResult<T>;
      return call();
    });
    const skill = startSkill({ env: { TRANSFER_STEP_UP: 'none' }, overrides: { bank }, sandbox });
    const say = transferSpeaker(skill, 'dialogflow', 'USD');
    await say('Transfer', { amount: '42', payee: 'Bob', account: 'checking' });
    expect((await say('Yes')).text).toBe(UNCERTAIN);
  });

  it('says it cannot tell when the skill stopped waiting for the order, even when the bank has no record of it yet', async () => {
    const { skill, say, sendBob, count } = skillWith({ 'transfers.submit': [() => err({ kind: 'timeout', abandoned: true })] }, { TRANSFER_PER_HOUR_MAX: '1' });
    expect(await sendBob()).toBe(UNCERTAIN);
    expect(count('transfers.status')).toBe(1);
    expect(auditOutcomes(skill)).toEqual(['uncertain']);
    // The order may still land: the hour's transfer stays used up.
    expect((await say('Transfer', { amount: '1', payee: 'Bob', account: 'checking' })).text).toBe("That's more transfers than I can send by voice in an hour, so nothing was sent. Please use your banking app for this one, or try again later. Is there anything else?");
  });

  it('says it cannot tell when the status check answers with anything but "not found"', async () => {
    const { sendBob } = skillWith({ 'transfers.submit': [() => err({ kind: 'timeout' })], 'transfers.status': [() => err({ kind: 'unavailable' })] });
    expect(await sendBob()).toBe(UNCERTAIN);
  });

  it('speaks the status the bank reports after a timeout: done when it has the order, declined when it refused it', async () => {
    const done = skillWith({ 'transfers.submit': [() => err({ kind: 'timeout' })], 'transfers.status': [() => ok({ transferId: 't-9', idempotencyKey: 'k', status: 'completed' })] });
    expect(await done.sendBob()).toMatch(/^Done\. Your transfer to Bob Carter is on its way\. Is there anything else\?$/);
    const refused = skillWith({ 'transfers.submit': [() => err({ kind: 'unavailable' })], 'transfers.status': [() => ok({ transferId: 't-9', idempotencyKey: 'k', status: 'rejected' })] });
    expect(await refused.sendBob()).toBe(DECLINED);
  });

  it('does not ask for the status after a plain refusal', async () => {
    const { count, sendBob } = skillWith({ 'transfers.submit': [() => err({ kind: 'invalid-request', reason: 'bad amount' })] });
    expect(await sendBob()).toBe(DECLINED);
    expect(count('transfers.status')).toBe(0);
  });
});

describe('a transfer the bank took', () => {
  it('offers the undo for the minutes the bank still holds it, and sends the bank the draft\'s one key', async () => {
    const keys: string[] = [];
    const { skill, sendBob } = skillWith({});
    const submit = skill.sandbox.control;
    expect(await sendBob()).toBe('Done. Your transfer to Bob Carter is on its way. If you change your mind, say cancel that transfer within 5 minutes. Is there anything else?');
    for (const booked of booksOf(skill, 'demo').transfers.values()) keys.push(booked.order.idempotencyKey);
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(submit.calls()['transfers.submit']).toBe(1);
  });

  it('offers no undo when the receipt leaves less than a second, and rounds a short window up to a minute', async () => {
    const soon = (ms: number): Fake => () => ok({ transferId: 't-1', idempotencyKey: 'k', status: 'pending', cancellableUntil: new Date(Date.parse(TEST_NOW) + ms).toISOString() });
    expect(await skillWith({ 'transfers.submit': [soon(500)] }).sendBob()).toBe('Done. Your transfer to Bob Carter is on its way. Is there anything else?');
    expect(await skillWith({ 'transfers.submit': [soon(30_000)] }).sendBob()).toBe('Done. Your transfer to Bob Carter is on its way. If you change your mind, say cancel that transfer within a minute. Is there anything else?');
    expect(await skillWith({ 'transfers.submit': [soon(150_000)] }).sendBob()).toBe('Done. Your transfer to Bob Carter is on its way. If you change your mind, say cancel that transfer within 2 minutes. Is there anything else?');
  });

  it('says a plain "cancel" right after a transfer the bank will not cancel cannot undo it, and keeps the conversation', async () => {
    const done: Fake = () => ok({ transferId: 't-1', idempotencyKey: 'k', status: 'completed' });
    for (const intent of ['Cancel', 'CancelTransfer'] as const) {
      const { calls, say, sendBob } = skillWith({ 'transfers.submit': [done] });
      expect(await sendBob()).toBe('Done. Your transfer to Bob Carter is on its way. Is there anything else?');
      const reply = await say(intent);
      expect(reply.text).toBe("I can't cancel that transfer from here. If it was a mistake, please contact your bank. Is there anything else?");
      expect(reply.endsSession).toBe(false);
      expect(calls).not.toContain('transfers.cancel');
    }
  });
});

describe('"did it go through?"', () => {
  it('asks the bank about an uncertain transfer, says it is still unconfirmed, then what the bank learnt', async () => {
    const { say, sendBob, count } = skillWith({
      'transfers.submit': [() => err({ kind: 'timeout', abandoned: true })],
      'transfers.status': [() => err({ kind: 'unavailable' }), () => err({ kind: 'unavailable' }), () => ok({ transferId: 't-9', idempotencyKey: 'k', status: 'completed' })],
    });
    expect(await sendBob()).toBe(UNCERTAIN);
    expect((await say('TransferStatus')).text).toMatch(/^Your bank still hasn't confirmed your transfer to Bob Carter\. It may still go through, so please don't send it again\./);
    expect((await say('TransferStatus')).text).toMatch(/^Your bank has now confirmed your earlier transfer to Bob Carter\. It went through\./);
    expect(count('transfers.status')).toBe(3);
  });

  it('asks the bank by the key of the last transfer it took, and says what it reports', async () => {
    const { say, sendBob, count } = skillWith({});
    expect((await say('TransferStatus')).text).toMatch(/^I don't see a voice transfer from the last day\./);
    expect(count('transfers.status')).toBe(0);
    expect(await sendBob()).toMatch(/^Done\./);
    expect((await say('TransferStatus')).text).toMatch(/^Yes\. Your bank has your transfer to Bob Carter, and it's on its way\./);
    expect(count('transfers.status')).toBe(1);
  });
});
