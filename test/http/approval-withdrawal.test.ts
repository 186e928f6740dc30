/**
 * An approval asked for in the bank's app belongs to one order. When the customer changes the
 * transfer, starts over or cancels it while the approval waits, the skill withdraws it, so the
 * app can no longer approve an order the customer has left; and if the bank cannot withdraw it,
 * the customer hears to refuse it there.
 */
import { startSkill, TEST_NOW, type TestSkill } from '../support/harness';
import { mutableClock, type MutableClock } from '../support/mutable-clock';
import { booksOf } from '../support/speaker';
import { transferSpeaker, type SayTransfer } from '../support/transfer-speaker';

let skill: TestSkill;
const waiting = () => skill.sandbox.control.pendingApprovals().map((a) => a.request.amount.minor);
const transfersMade = () => [...booksOf(skill, 'demo').transfers.values()].filter((t) => t.receipt.status !== 'cancelled').length;

describe.each(['alexa', 'dialogflow', 'dialogflow-cx'] as const)('with approval in the app, on %s', (platform) => {
  let say: SayTransfer;
  beforeEach(async () => {
    skill = startSkill({ env: { TRANSFER_STEP_UP: 'app' } });
    say = transferSpeaker(skill, platform, 'USD');
    await say('Transfer', { amount: '25', payee: 'Bob', account: 'checking' });
    expect((await say('Yes')).text).toMatch(/^I've sent this transfer to your bank's app\./);
    expect(waiting()).toEqual([2500]);
  });

  it('withdraws the waiting approval when the amount changes, and only the new amount can be approved and sent', async () => {
    expect((await say('ProvideAmount', { amount: '22' })).text).toMatch(/The amount is \$22\.00\. Shall I send it\?$/);
    expect(waiting()).toEqual([]);
    await say('Yes');
    expect(waiting()).toEqual([2200]);
    const [approval] = skill.sandbox.control.pendingApprovals();
    skill.sandbox.control.decide(approval?.approval.approvalId ?? '', 'approved');
    expect((await say('Yes')).text).toMatch(/^Done\. Your transfer to Bob Carter is on its way\./);
    expect(booksOf(skill, 'demo').accounts.find((a) => a.kind === 'checking')?.balance.minor).toBe(245017 - 2200);
  });

  it('withdraws it when the customer cancels, or starts over', async () => {
    expect((await say('Cancel')).text).toBe("Okay, I've cancelled that. Nothing was sent. Is there anything else?");
    expect(waiting()).toEqual([]);
    await say('Transfer', { amount: '30', payee: 'Bob', account: 'checking' });
    await say('Yes');
    await say('Yes');
    expect(waiting()).toEqual([3000]);
    await say('StartOver');
    expect(waiting()).toEqual([]);
    expect(transfersMade()).toBe(0);
  });

  it('withdraws it when the customer says no to the waiting approval', async () => {
    expect((await say('No')).text).toMatch(/Nothing was sent\. Is there anything else\?$/);
    expect(waiting()).toEqual([]);
  });

  it('withdraws it when the dialog gives up after three answers it cannot use', async () => {
    await say('Fallback');
    await say('Fallback');
    expect((await say('Fallback')).text).toBe("Let's stop here. Nothing was sent. You can start again any time.");
    expect(waiting()).toEqual([]);
  });

  it('withdraws it when the money is no longer there as the customer says continue', async () => {
    const books = booksOf(skill, 'demo');
    const i = books.accounts.findIndex((a) => a.kind === 'checking');
    const checking = books.accounts[i];
    if (!checking) throw new Error('the demo customer has a checking account');
    books.accounts[i] = { ...checking, balance: { ...checking.balance, minor: 100 }, available: { ...checking.balance, minor: 100 } };
    expect((await say('Yes')).text).toMatch(/enough|insufficient/i);
    expect(waiting()).toEqual([]);
    expect(transfersMade()).toBe(0);
  });

  it('tells the customer to refuse it in the app when the bank cannot withdraw it', async () => {
    skill.sandbox.control.failNext('approvals.withdraw', 'unavailable');
    expect((await say('Cancel')).text).toBe("Okay, I've cancelled that. Nothing was sent. The earlier request is still waiting in your bank's app. Please refuse it there. Is there anything else?");
    expect(waiting()).toEqual([2500]);
  });
});

describe.each(['alexa', 'dialogflow', 'dialogflow-cx'] as const)('with the transfer expired while its approval waited in the app, on %s', (platform) => {
  let say: SayTransfer;
  let clock: MutableClock;
  beforeEach(async () => {
    clock = mutableClock(TEST_NOW);
    // The draft lives a minute; the sandbox's approval waits five.
    skill = startSkill({ env: { TRANSFER_STEP_UP: 'app', TRANSFER_PENDING_SECONDS: '60' }, overrides: { clock } });
    say = transferSpeaker(skill, platform, 'USD');
    await say('Transfer', { amount: '25', payee: 'Bob', account: 'checking' });
    expect((await say('Yes')).text).toMatch(/^I've sent this transfer to your bank's app\./);
    clock.advance(90);
  });

  it('withdraws the approval still waiting when the customer comes back, so the app can no longer pay it', async () => {
    expect((await say('Yes')).text).toBe(
      "That transfer request has expired, so nothing was sent. You can start again any time. I've also withdrawn the request that was waiting in your bank's app. What would you like to do?",
    );
    expect(waiting()).toEqual([]);
    expect(transfersMade()).toBe(0);
  });

  it('says the bank may have sent it when the customer approved it in the app meanwhile, never that nothing was sent', async () => {
    const [approval] = skill.sandbox.control.pendingApprovals();
    skill.sandbox.control.decide(approval?.approval.approvalId ?? '', 'approved');
    const back = await say('Yes');
    expect(back.text).toMatch(/^I had stopped waiting for that transfer, but it was approved in your bank's app, so your bank may have sent it\./);
    expect(back.text).not.toMatch(/nothing was sent/i);
  });

  it('tells the customer to refuse it in the app when the bank cannot withdraw it', async () => {
    skill.sandbox.control.failNext('approvals.withdraw', 'unavailable');
    expect((await say('Yes')).text).toBe(
      "That transfer request has expired, so nothing was sent. You can start again any time. The earlier request is still waiting in your bank's app. Please refuse it there. What would you like to do?",
    );
    expect(waiting()).toEqual([2500]);
  });
});
