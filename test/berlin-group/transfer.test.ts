/**
 * A transfer with decoupled approval through the whole skill, on both platforms, against the
 * nock Berlin Group bank: the read-back, the approval in the bank's app, one payment, and the
 * new balance spoken from the bank's figures.
 */
import nock from 'nock';
import { createSandboxBank } from '../../fulfillment/banks/sandbox/sandbox-bank';
import { fixedClock } from '../../fulfillment/clock';
import { formatMoney, money, parseDecimal } from '../../fulfillment/money';
import { berlinGroupBank, BG_BOOKS, BG_TOKEN, healthyBank, lockDown } from '../support/berlin-group-bank';
import { startSkill, TEST_NOW } from '../support/harness';
import { transferSpeaker } from '../support/transfer-speaker';

beforeAll(lockDown);
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe.each(['alexa', 'dialogflow'] as const)('on %s', (platform) => {
  it('sends 42 euros to Anna Lee once the app approves, and speaks the new balance', async () => {
    const bank = healthyBank();
    const skill = startSkill({ env: { TRANSFER_STEP_UP: 'app' }, overrides: { bank: berlinGroupBank() }, sandbox: createSandboxBank({ clock: fixedClock(TEST_NOW) }) });
    const say = transferSpeaker(skill, platform, 'EUR', { token: BG_TOKEN });
    const start = parseDecimal(BG_BOOKS.current.interimBooked, 'EUR');
    if (!start.ok) throw new Error('fixture balance');

    const readBack = await say('Transfer', { amount: '42', payee: 'Anna Lee', account: 'checking' });
    expect(readBack.text).toBe("You're sending money to Anna Lee, account ending in 9890, from your checking account ending in 3000. The amount is €42.00. Shall I send it?");
    expect((await say('Yes')).text).toBe("I've sent this transfer to your bank's app. Approve it there, then say continue.");
    expect(bank.initiated()).toBe(1);

    // Not approved yet: saying continue moves nothing.
    expect((await say('Yes')).text).toMatch(/still waiting for your approval/);
    const [approval] = bank.waiting();
    if (!approval) throw new Error('no approval waiting at the bank');
    bank.decide(approval, 'finalised');

    expect((await say('Yes')).text).toMatch(/^Done\. Your transfer to Anna Lee/);
    expect(bank.initiated()).toBe(1);
    const balance = await say('Balance', { account: 'checking' });
    expect(balance.text).toContain(formatMoney(money(start.value.minor - 4200, 'EUR'), 'en-US'));
  });

  it('answers a payment the bank rejects (RJCT) clearly, and never sends a second one', async () => {
    const bank = healthyBank({ rejectPayments: true });
    const skill = startSkill({ env: { TRANSFER_STEP_UP: 'app' }, overrides: { bank: berlinGroupBank() }, sandbox: createSandboxBank({ clock: fixedClock(TEST_NOW) }) });
    const say = transferSpeaker(skill, platform, 'EUR', { token: BG_TOKEN });
    await say('Transfer', { amount: '42', payee: 'Anna Lee', account: 'checking' });
    const refused = await say('Yes');
    expect(refused.text).toMatch(/declined/);
    expect(refused.text).not.toMatch(/^Done/);
    await say('Yes');
    expect(bank.waiting()).toEqual([]);
    expect(bank.initiated()).toBe(1);
  });

  it('says the bank declined when the customer refuses in the app, and moves nothing', async () => {
    const bank = healthyBank();
    const skill = startSkill({ env: { TRANSFER_STEP_UP: 'app' }, overrides: { bank: berlinGroupBank() }, sandbox: createSandboxBank({ clock: fixedClock(TEST_NOW) }) });
    const say = transferSpeaker(skill, platform, 'EUR', { token: BG_TOKEN });
    await say('Transfer', { amount: '42', payee: 'Anna Lee', account: 'checking' });
    await say('Yes');
    const [approval] = bank.waiting();
    if (!approval) throw new Error('no approval waiting at the bank');
    bank.decide(approval, 'failed');
    const after = await say('Yes');
    expect(after.text).not.toMatch(/^Done/);
    expect(after.text).toMatch(/refused|declined|not approved/i);
    const balance = await say('Balance', { account: 'checking' });
    const start = parseDecimal(BG_BOOKS.current.interimBooked, 'EUR');
    expect(start.ok && balance.text).toContain(start.ok ? formatMoney(start.value, 'en-US') : 'a balance');
  });
});
