/**
 * A Berlin Group bank that books a payment but answers after the adapter stopped waiting, through
 * the whole skill: the customer hears the bank has not confirmed yet (never "try again"), the
 * same transfer asked for again is warned about first, the bank holds one payment, and the next
 * visit tells the customer it went through. With approval in the app, no second payment waits.
 */
import nock from 'nock';
import { createSandboxBank } from '../../fulfillment/banks/sandbox/sandbox-bank';
import { fixedClock } from '../../fulfillment/kit/clock';
import { berlinGroupBank, bgLinks, BG_ROOT, BG_TOKEN, healthyBank, lockDown, type NockBank } from '../support/berlin-group-bank';
import { faultyFetch, type FaultyFetch } from '../support/faulty-fetch';
import { startSkill, TEST_NOW, type TestSkill } from '../support/harness';
import { transferSpeaker } from '../support/transfer-speaker';

beforeAll(lockDown);
afterEach(async () => {
  await line.settle();
  nock.cleanAll();
});
afterAll(() => nock.enableNetConnect());

const PAYMENTS = new RegExp(`^${BG_ROOT}/v1/payments/sepa-credit-transfers$`);
const NOT_CONFIRMED = "Your bank hasn't confirmed that transfer yet. It may still go through, so please don't send it again. I'll tell you when your bank confirms it, or you can check your banking app.";

let bank: NockBank;
let line: FaultyFetch<'payment'>;
let skill: TestSkill;
const outcomes = () => (skill.audit as unknown as { events: { action: string; outcome: string }[] }).events.map((e) => `${e.action} ${e.outcome}`);

function start(stepUp: 'none' | 'app', env: Record<string, string> = {}): void {
  bank = healthyBank();
  line = faultyFetch((method, url) => (method === 'POST' && PAYMENTS.test(url.pathname) ? 'payment' : undefined));
  skill = startSkill({
    env: { TRANSFER_STEP_UP: stepUp, ...env },
    overrides: { bank: berlinGroupBank({ timeoutMs: 200, fetch: line.fetch }), links: bgLinks() },
    sandbox: createSandboxBank({ clock: fixedClock(TEST_NOW) }),
  });
}

describe.each(['alexa', 'dialogflow'] as const)('a bank that books the payment and answers late, on %s', (platform) => {
  it('says it is not confirmed yet, warns before the same transfer again, holds one payment, and tells the outcome next time', async () => {
    start('none');
    const say = transferSpeaker(skill, platform, 'EUR', { token: BG_TOKEN });
    await say('Transfer', { amount: '42', payee: 'Anna Lee', account: 'checking' });
    line.inject('payment', 'late');
    const first = await say('Yes');
    expect(first.text).toBe(NOT_CONFIRMED);
    expect(first.text).not.toMatch(/try again/i);

    const again = await say('Transfer', { amount: '42', payee: 'Anna Lee', account: 'checking' });
    expect(again.text).toBe("Your bank still hasn't confirmed your earlier transfer to Anna Lee, and it may still go through. The amount is €42.00. Do you really want to send the same transfer again?");
    expect((await say('No')).text).toBe("Okay, I won't send it. Nothing was sent. Is there anything else?");
    expect(line.reached('payment')).toBe(1);

    await line.settle();
    const opened = await say('Launch');
    expect(opened.text).toMatch(/^Your bank has now confirmed your earlier transfer\. It went through\. Welcome back, Lena\./);
    expect(bank.initiated()).toBe(1);
    expect(outcomes()).toEqual(['transfer uncertain', 'transfer pending']);
  });
});

describe.each(['server-error', 'dropped'] as const)('a payment POST that fails after reaching the bank (%s)', (fault) => {
  it('is never followed by "try again", and is not sent twice', async () => {
    start('none');
    const say = transferSpeaker(skill, 'dialogflow', 'EUR', { token: BG_TOKEN });
    await say('Transfer', { amount: '42', payee: 'Anna Lee', account: 'checking' });
    line.inject('payment', fault);
    expect((await say('Yes')).text).toBe(NOT_CONFIRMED);
    await say('Transfer', { amount: '42', payee: 'Anna Lee', account: 'checking' });
    expect(line.reached('payment')).toBe(1);
    expect(bank.initiated()).toBe(fault === 'dropped' ? 1 : 0);
  });
});

describe('a payment POST the bank refuses with 429', () => {
  it('took nothing, so the customer may try again later', async () => {
    start('none');
    const say = transferSpeaker(skill, 'dialogflow', 'EUR', { token: BG_TOKEN });
    await say('Transfer', { amount: '42', payee: 'Anna Lee', account: 'checking' });
    line.inject('payment', 'too-many-requests');
    expect((await say('Yes')).text).toBe("Your bank isn't responding right now, so nothing was sent. Please try again in a little while.");
    expect(bank.initiated()).toBe(0);
  });
});

describe('a transfer the bank has not confirmed', () => {
  it('keeps its limits reserved: the same amount again is over a daily limit that fits only one', async () => {
    start('none', { TRANSFER_DAILY_MAX: '50' });
    const say = transferSpeaker(skill, 'alexa', 'EUR', { token: BG_TOKEN });
    await say('Transfer', { amount: '42', payee: 'Anna Lee', account: 'checking' });
    line.inject('payment', 'late');
    expect((await say('Yes')).text).toBe(NOT_CONFIRMED);
    expect((await say('Transfer', { amount: '42', payee: 'Anna Lee', account: 'checking' })).text).toMatch(/over your daily limit/);
    await line.settle();
  });
});

describe('a bank that answers late to the payment an approval starts', () => {
  it('asks to continue instead of "try again", starts one payment, and leaves one approval waiting', async () => {
    start('app');
    const say = transferSpeaker(skill, 'alexa', 'EUR', { token: BG_TOKEN });
    await say('Transfer', { amount: '42', payee: 'Anna Lee', account: 'checking' });
    line.inject('payment', 'late');
    const unconfirmed = "Your bank hasn't confirmed it received this transfer yet, so please don't start it again. Say continue in a moment and I'll check.";
    expect((await say('Yes')).text).toBe(unconfirmed);
    // Said again before the bank's answer came: still nothing sent a second time.
    expect((await say('Yes')).text).toBe(unconfirmed);
    await line.settle();
    expect((await say('Yes')).text).toBe("I've sent this transfer to your bank's app. Approve it there, then say continue.");
    expect(line.reached('payment')).toBe(1);
    expect(bank.initiated()).toBe(1);
    expect(bank.waiting()).toHaveLength(1);
    expect(outcomes()).toEqual(['transfer-approval uncertain', 'transfer-approval uncertain', 'transfer-approval requested']);
  });
});
