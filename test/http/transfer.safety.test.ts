/**
 * What keeps voice transfers safe: the PIN lock, expiry, exactly-once execution under
 * concurrency and replay, honest answers after a bank timeout, undo, and approval in the
 * bank's app. Both platforms.
 */
import { alexaRequest, dialogflowCxRequest, dialogflowRequest } from '../support/requests';
import { startSkill, TEST_NOW, type TestSkill } from '../support/harness';
import { mutableClock, type MutableClock } from '../support/mutable-clock';
import { privacyProblems, secretsOf } from '../support/privacy';
import { booksOf } from '../support/speaker';
import { transferSpeaker, type SayTransfer } from '../support/transfer-speaker';
import { standaloneDigits } from '../support/standalone-digits';

const NOT_CONFIRMED = "Your bank hasn't confirmed that transfer yet. It may still go through, so please don't send it again. I'll tell you when your bank confirms it, or you can check your banking app.";

let skill: TestSkill;
let clock: MutableClock;
const checking = () => booksOf(skill, 'demo').accounts.find((a) => a.kind === 'checking')?.balance.minor ?? NaN;
const transfersMade = () => booksOf(skill, 'demo').transfers.size;
const start = (env: Record<string, string> = {}) => {
  clock = mutableClock(TEST_NOW);
  skill = startSkill({ env, overrides: { clock } });
};

afterEach(() => {
  const secrets = secretsOf(booksOf(skill, 'demo'));
  for (const body of skill.responses) expect(privacyProblems(body, secrets)).toEqual([]);
});

describe.each(['alexa', 'dialogflow', 'dialogflow-cx'] as const)('on %s', (platform) => {
  let say: SayTransfer;
  const prepare = () => say('Transfer', { amount: '42', payee: 'Bob', account: 'checking' });

  describe('with the voice PIN', () => {
    beforeEach(() => {
      start();
      say = transferSpeaker(skill, platform, 'USD');
    });

    it('locks the PIN after three wrong answers; the right one then is refused, in this and a new session', async () => {
      await prepare();
      await say('Yes');
      expect((await say('Pin', { pin: '1111' })).text).toBe("That PIN isn't right. You have 2 tries left. Please say your PIN again.");
      expect((await say('Pin', { pin: '2222' })).text).toBe("That PIN isn't right. You have one try left. Please say your PIN again.");
      const locked = await say('Pin', { pin: '3333' });
      expect(locked.text).toBe("Your voice PIN is locked after too many wrong tries, so I can't move money by voice. It unlocks by itself within a day; until then, please use your banking app.");
      const fresh = transferSpeaker(skill, platform, 'USD', { token: 'demo', session: 'another-session' });
      // A new transfer hears of the lock at once, before anything is read back; the right PIN then finds nothing to confirm.
      expect((await fresh('Transfer', { amount: '42', payee: 'Bob', account: 'checking' })).text).toBe(`${locked.text} Is there anything else?`);
      await fresh('Pin', { pin: '1234' });
      expect(transfersMade()).toBe(0);
      const events = (skill.audit as unknown as { events: { action: string }[] }).events.map((e) => e.action);
      expect(events).toEqual(['pin-failed', 'pin-failed', 'pin-locked']);
    });

    it('never echoes, logs or keeps the PIN digits', async () => {
      await prepare();
      await say('Yes');
      const wrong = await say('Pin', { pin: '9876' });
      expect(JSON.stringify(wrong.body)).not.toMatch(standaloneDigits('9876'));
      expect(skill.logger.lines.join('\n')).not.toMatch(standaloneDigits('9876'));
      expect(JSON.stringify(skill.audit)).not.toMatch(standaloneDigits('9876'));
    });

    it('says a correction comes too late once the cancel window has passed, and never begins a second transfer beside the first', async () => {
      await prepare();
      await say('Yes');
      await say('Pin', { pin: '1234' });
      clock.advance(400);
      expect((await say('ProvideAmount', { amount: '25' })).text).toBe('Your bank has already sent your transfer to Bob Carter, so it can no longer be cancelled. Is there anything else?');
      expect(transfersMade()).toBe(1);
    });

    it('says a correction comes too late when the window passes between the offer and the answer', async () => {
      await prepare();
      await say('Yes');
      await say('Pin', { pin: '1234' });
      expect((await say('ProvideAmount', { amount: '25' })).text).toMatch(/Do you want me to cancel it, and then set up the transfer you meant\?/);
      clock.advance(400);
      expect((await say('ProvideAmount', { amount: '25' })).text).toBe('Your bank has already sent your transfer to Bob Carter, so it can no longer be cancelled. Is there anything else?');
      expect(transfersMade()).toBe(1);
    });

    it('takes a whole request said to the cancel-and-redo offer as the correction: one transfer, never two', async () => {
      await prepare();
      await say('Yes');
      await say('Pin', { pin: '1234' });
      await say('ProvideAmount', { amount: '25' });
      expect((await say('Transfer', { amount: '25', payee: 'Bob' })).text).toMatch(/^I've cancelled your last transfer, the one to Bob Carter\..* The amount is \$25\.00\. Shall I send it\?$/);
      await say('Yes');
      await say('Pin', { pin: '1234' });
      const kept = [...booksOf(skill, 'demo').transfers.values()].filter((t) => t.receipt.status !== 'cancelled');
      expect(kept.map((t) => t.order.amount.minor)).toEqual([2500]);
    });

    it('lets a pending transfer expire unsent', async () => {
      await prepare();
      clock.advance(301);
      expect((await say('Yes')).text).toBe('That transfer request has expired, so nothing was sent. You can start again any time. What would you like to do?');
      expect(transfersMade()).toBe(0);
    });

    it('undoes a transfer to a payee while the bank still holds it', async () => {
      const before = checking();
      await prepare();
      await say('Yes');
      await say('Pin', { pin: '1234' });
      expect(checking()).toBe(before - 4200);
      expect((await say('CancelTransfer')).text).toBe("I've cancelled your last transfer, the one to Bob Carter. The money is back in your account. Is there anything else?");
      expect(checking()).toBe(before);
      expect((await say('CancelTransfer')).text).toBe('Your transfer to Bob Carter was already cancelled, so the money is back in your account. Is there anything else?');
    });
  });

  describe('without step-up, as a bank with its own approval might run it', () => {
    beforeEach(() => {
      start({ TRANSFER_STEP_UP: 'none' });
      say = transferSpeaker(skill, platform, 'USD');
    });

    it('makes exactly one transfer from 50 concurrent "yes" answers', async () => {
      const before = checking();
      await prepare();
      const answers = await Promise.all(Array.from({ length: 50 }, () => say('Yes')));
      expect(answers.filter((a) => a.text.startsWith('Done.'))).toHaveLength(1);
      // The others either raced the winner ("already handled") or came after it finished and
      // answered its "anything else?"; none of them sends or claims to have sent anything.
      for (const other of answers.filter((a) => !a.text.startsWith('Done.'))) {
        expect(["That transfer has already been handled. What would you like to do?", 'Sure. What else would you like to do?', "There's nothing waiting for a yes right now, and no transfer is waiting to be sent. You can ask for your balance, or say help. What would you like to do?"]).toContain(other.text);
      }
      expect(transfersMade()).toBe(1);
      expect(checking()).toBe(before - 4200);
    });

    it('makes one transfer when the same request arrives twice', async () => {
      await prepare();
      const yes = platform === 'alexa'
        ? alexaRequest({ intent: 'AMAZON.YesIntent' }, { token: 'demo', requestId: 'amzn1.echo-api.request.same' })
        : platform === 'dialogflow'
          ? dialogflowRequest('Yes', {}, { token: 'demo', requestId: 'same-response-id' })
          : dialogflowCxRequest('Yes', {}, { token: 'demo', requestId: 'same-response-id' });
      const first = await skill.post(`/${platform}`, yes);
      const second = await skill.post(`/${platform}`, yes);
      expect(first.status).toBe(200);
      expect(second.status).toBeLessThan(500);
      expect(transfersMade()).toBe(1);
    });

    it('checks the status after a bank timeout and says done only because the bank confirmed', async () => {
      await prepare();
      skill.sandbox.control.failNext('transfers.submit', 'timeout-after-commit');
      expect((await say('Yes')).text).toMatch(/^Done\. Your transfer to Bob Carter is on its way\./);
      expect(transfersMade()).toBe(1);
      expect(skill.sandbox.control.calls()['transfers.status']).toBe(1);
    });

    it('never says done when the bank timed out before taking the order', async () => {
      const before = checking();
      await prepare();
      skill.sandbox.control.failNext('transfers.submit', 'timeout');
      const reply = await say('Yes');
      expect(reply.text).not.toMatch(/Done/);
      expect(reply.text).toBe("Your bank isn't responding right now, so nothing was sent. Please try again in a little while.");
      expect(checking()).toBe(before);
    });

    it('says the bank is not responding when it cannot confirm the customer at the "yes", never that nothing waits, and keeps the question', async () => {
      await prepare();
      skill.sandbox.control.failNext('identify', 'unavailable');
      const reply = await say('Yes');
      expect(reply.text).toBe("Your bank isn't responding right now. Please try again in a little while.");
      expect(transfersMade()).toBe(0);
      expect((await say('Yes')).text).toMatch(/^Done\. Your transfer to Bob Carter is on its way\./);
      expect(transfersMade()).toBe(1);
    });

    it('says it cannot tell when even the status check fails', async () => {
      await prepare();
      skill.sandbox.control.failNext('transfers.submit', 'timeout-after-commit');
      skill.sandbox.control.failNext('transfers.status', 'timeout');
      expect((await say('Yes')).text).toBe("Your bank hasn't confirmed that transfer yet. It may still go through, so please don't send it again. I'll tell you when your bank confirms it, or you can check your banking app.");
    });
  });

  describe('when the bank has not confirmed a transfer', () => {
    beforeEach(() => {
      start({ TRANSFER_STEP_UP: 'none' });
      say = transferSpeaker(skill, platform, 'USD');
    });
    const audited = () => (skill.audit as unknown as { events: { outcome: string }[] }).events.map((e) => e.outcome);

    it('sends the same transfer again only after a warning and an explicit yes', async () => {
      await prepare();
      skill.sandbox.control.failNext('transfers.submit', 'timeout');
      skill.sandbox.control.failNext('transfers.status', 'timeout');
      expect((await say('Yes')).text).toBe(NOT_CONFIRMED);
      expect((await prepare()).text).toMatch(/^Your bank still hasn't confirmed your earlier transfer to Bob Carter, and it may still go through\. The amount is \$42\.00\. Do you really want/);
      expect((await say('Yes')).text).toMatch(/^You're sending money to Bob Carter/);
      expect((await say('Yes')).text).toMatch(/^Done\./);
      expect(transfersMade()).toBe(1);
    });

    it('learns at the next visit that the bank never took it, says so, and gives the limits back', async () => {
      start({ TRANSFER_STEP_UP: 'none', TRANSFER_DAILY_MAX: '50' });
      say = transferSpeaker(skill, platform, 'USD');
      await prepare();
      skill.sandbox.control.failNext('transfers.submit', 'timeout');
      skill.sandbox.control.failNext('transfers.status', 'timeout');
      expect((await say('Yes')).text).toBe(NOT_CONFIRMED);
      // Too soon for "not found" to prove anything: still unresolved, nothing said.
      expect((await say('Launch')).text).toMatch(/^Welcome back/);
      clock.advance(121);
      expect((await say('Launch')).text).toMatch(/^Your earlier transfer did not go through, so nothing was sent\. Welcome back/);
      expect((await say('Launch')).text).toMatch(/^Welcome back/);
      expect(audited()).toEqual(['uncertain', 'refused:not-found']);
      // The day's limit fits one such transfer: it is free again.
      expect((await prepare()).text).toMatch(/^You're sending money to Bob Carter/);
    });
  });

  describe('with approval in the bank\'s app', () => {
    beforeEach(() => {
      start({ TRANSFER_STEP_UP: 'app' });
      say = transferSpeaker(skill, platform, 'USD');
    });

    it('waits for the app, then sends exactly what was approved', async () => {
      const before = checking();
      await prepare();
      expect((await say('Yes')).text).toBe("I've sent this transfer to your bank's app. Approve it there, then say continue.");
      expect((await say('Yes')).text).toBe("It's still waiting for your approval in the app. Approve it there, then say continue, or say cancel.");
      const [pending] = skill.sandbox.control.pendingApprovals();
      expect(pending?.request.amount).toEqual({ minor: 4200, currency: 'USD' });
      skill.sandbox.control.decide(pending?.approval.approvalId ?? '', 'approved');
      expect((await say('Yes')).text).toMatch(/^Done\./);
      expect(checking()).toBe(before - 4200);
    });

    it('sends nothing when the app refuses', async () => {
      await prepare();
      await say('Yes');
      const [pending] = skill.sandbox.control.pendingApprovals();
      skill.sandbox.control.decide(pending?.approval.approvalId ?? '', 'refused');
      expect((await say('Yes')).text).toBe('The transfer was not approved in your app, so nothing was sent.');
      expect(transfersMade()).toBe(0);
    });
  });
});

describe('in other locales', () => {
  it('transfers in German, in euros, to the right Anna', async () => {
    start();
    const say = transferSpeaker(skill, 'dialogflow', 'EUR', { token: 'demo-de', locale: 'de' });
    expect((await say('Transfer', { amount: '25', payee: 'Anna' })).text).toBe('Welche Anna meinst du: Anna Müller oder Anna Schneider?');
    await say('ProvidePayee', { payee: 'Anna Müller' });
    const confirm = await say('ProvideAccount', { account: 'girokonto' });
    expect(confirm.text).toBe(
      'Du überweist an Anna Müller, Konto mit der Endung 1101, von deinem Girokonto mit der Endung 4455. Der Betrag ist 25,00\u00a0€. Soll ich das überweisen?',
    );
    await say('Yes');
    expect((await say('Pin', { pin: '1234' })).text).toMatch(/^Erledigt\. Deine Überweisung an Anna Müller ist unterwegs\./);
  });

  it('transfers in British English, in pounds, from the current account', async () => {
    start();
    const say = transferSpeaker(skill, 'alexa', 'GBP', { token: 'demo-gb', locale: 'en-GB' });
    const confirm = await say('Transfer', { amount: '12', payee: 'Tom', account: 'current account' });
    expect(confirm.text).toBe(
      "You're sending money to Tom Baker, account ending in 3303, from your current account ending in 6610. The amount is £12.00. Shall I send it?",
    );
  });

  it('refuses dollars from a euro account on Dialogflow', async () => {
    start();
    const reply = await skill.dialogflow('Transfer', { amount: { amount: 25, currency: 'USD' }, payee: 'Jonas' }, { token: 'demo-de', locale: 'de' });
    expect(reply.text).toBe('Ich kann nur in Euro überweisen, der Währung deines Kontos. Wie viel möchtest du an Jonas Weber überweisen?');
  });

  it('takes a number said alone as the amount on Dialogflow ES and CX, where unit-currency cannot hear it', async () => {
    start();
    const session = { session: 'projects/p/agent/sessions/bare-number', token: 'demo' };
    expect((await skill.dialogflow('Transfer', { payee: 'Bob Carter', account: 'checking' }, session)).text).toBe('How much would you like to send to Bob Carter?');
    const es = await skill.dialogflow('ProvideAmount', { amount: '', cents: '', number: 22 }, session);
    expect(es.text).toContain('The amount is $22.00. Shall I send it?');
    const cxSession = { session: 'projects/p/locations/global/agents/a/sessions/bare-number', token: 'demo' };
    await skill.dialogflowCx('Transfer', { payee: 'Bob Carter', account: 'checking' }, cxSession);
    const cx = await skill.dialogflowCx('ProvideAmount', { number: 22 }, cxSession);
    expect(cx.text).toContain('The amount is $22.00. Shall I send it?');
    // A number beside an amount heard as money ("twenty four dollars, or seven") is a second
    // amount: neither is read back, and the amount is asked for.
    const two = await skill.dialogflow('ProvideAmount', { amount: { amount: 24, currency: 'USD' }, number: 7 }, session);
    expect(two.text).toBe('I heard more than one amount. How much would you like to send to Bob Carter?');
  });

  it.each([
    ['resolved to a currency', { value: 'euros', id: 'EUR' }],
    ['of a currency the model lacks', { value: 'rubles' }],
  ])('refuses a currency word on Alexa %s, which arrives apart from its number', async (_case, currency) => {
    start();
    const reply = await skill.alexa({ intent: 'TransferIntent', slots: { amount: '50', currency, payee: 'Anna Schmidt', account: 'checking' } }, { token: 'demo' });
    expect(reply.text).toBe("I can only send money in dollars, your account's currency. How much would you like to send to Anna Schmidt?");
    expect(skill.sandbox.control.books('demo')?.transfers.size).toBe(0);
  });

  it('takes the currency word of the account currency on Alexa as the amount it names', async () => {
    start();
    const reply = await skill.alexa({ intent: 'TransferIntent', slots: { amount: '25', currency: { value: 'bucks', id: 'USD' }, payee: 'Anna Schmidt', account: 'checking' } }, { token: 'demo' });
    expect(reply.text).toContain('The amount is $25.00.');
  });
});
