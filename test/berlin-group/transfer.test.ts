/**
 * A transfer with decoupled approval through the whole skill, on both platforms, against the
 * nock Berlin Group bank: the read-back, the approval in the bank's app, one payment, and the
 * new balance spoken from the bank's figures.
 */
import nock from 'nock';
import { createSandboxBank } from '../../fulfillment/banks/sandbox/sandbox-bank';
import { fixedClock } from '../../fulfillment/kit/clock';
import { accountId, payeeId } from '../../fulfillment/kit/ids';
import { money, parseDecimal } from '../../fulfillment/kit/money';
import { formatMoney } from '../../fulfillment/speech/money';
import { berlinGroupBank, bgLinks, BG_BOOKS, BG_SESSION, BG_TOKEN, healthyBank, lockDown } from '../support/berlin-group-bank';
import { startSkill, TEST_NOW } from '../support/harness';
import { transferSpeaker } from '../support/transfer-speaker';

beforeAll(lockDown);
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe.each(['alexa', 'dialogflow'] as const)('on %s', (platform) => {
  it('sends 42 euros to Anna Lee once the app approves, and speaks the new balance', async () => {
    const bank = healthyBank();
    const skill = startSkill({ env: { TRANSFER_STEP_UP: 'app' }, overrides: { bank: berlinGroupBank(), links: bgLinks() }, sandbox: createSandboxBank({ clock: fixedClock(TEST_NOW) }) });
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
    const skill = startSkill({ env: { TRANSFER_STEP_UP: 'app' }, overrides: { bank: berlinGroupBank(), links: bgLinks() }, sandbox: createSandboxBank({ clock: fixedClock(TEST_NOW) }) });
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
    const skill = startSkill({ env: { TRANSFER_STEP_UP: 'app' }, overrides: { bank: berlinGroupBank(), links: bgLinks() }, sandbox: createSandboxBank({ clock: fixedClock(TEST_NOW) }) });
    const say = transferSpeaker(skill, platform, 'EUR', { token: BG_TOKEN });
    await say('Transfer', { amount: '42', payee: 'Anna Lee', account: 'checking' });
    await say('Yes');
    const [approval] = bank.waiting();
    if (!approval) throw new Error('no approval waiting at the bank');
    bank.decide(approval, 'failed');
    const after = await say('Yes');
    expect(after.text).not.toMatch(/^Done/);
    expect(after.text).toMatch(/refused|declined|not approved/i);
    // A refused approval is gone from the app: there is nothing to tell the customer to refuse.
    expect(after.text).not.toMatch(/still waiting/);
    const balance = await say('Balance', { account: 'checking' });
    const start = parseDecimal(BG_BOOKS.current.interimBooked, 'EUR');
    expect(start.ok && balance.text).toContain(start.ok ? formatMoney(start.value, 'en-US') : 'a balance');
  });
});

describe.each(['alexa', 'dialogflow'] as const)('a change while the approval waits, on %s', (platform) => {
  const start = () => {
    const skill = startSkill({ env: { TRANSFER_STEP_UP: 'app' }, overrides: { bank: berlinGroupBank(), links: bgLinks() }, sandbox: createSandboxBank({ clock: fixedClock(TEST_NOW) }) });
    return transferSpeaker(skill, platform, 'EUR', { token: BG_TOKEN });
  };

  it('cancels the waiting payment at the bank, so only the new amount can be approved and paid', async () => {
    const bank = healthyBank();
    const say = start();
    await say('Transfer', { amount: '42', payee: 'Anna Lee', account: 'checking' });
    await say('Yes');
    const [first] = bank.waiting();
    expect((await say('ProvideAmount', { amount: '41' })).text).toMatch(/The amount is €41\.00\. Shall I send it\?$/);
    expect(bank.waiting()).toEqual([]);
    if (first) bank.decide(first, 'finalised');
    expect((await say('Yes')).text).toBe("I've sent this transfer to your bank's app. Approve it there, then say continue.");
    const [second] = bank.waiting();
    if (!second) throw new Error('no approval waiting for the new amount');
    expect(second).not.toBe(first);
    bank.decide(second, 'finalised');
    expect((await say('Yes')).text).toMatch(/^Done\. Your transfer to Anna Lee/);
    const before = parseDecimal(BG_BOOKS.current.interimBooked, 'EUR');
    const balance = await say('Balance', { account: 'checking' });
    expect(before.ok && balance.text).toContain(before.ok ? formatMoney(money(before.value.minor - 4100, 'EUR'), 'en-US') : 'a balance');
  });

  it('never approves the new amount on the old payment when the bank cannot cancel it, and says to refuse it in the app', async () => {
    const bank = healthyBank({ refuseCancellations: true });
    const say = start();
    await say('Transfer', { amount: '42', payee: 'Anna Lee', account: 'checking' });
    await say('Yes');
    const [first] = bank.waiting();
    expect((await say('ProvideAmount', { amount: '41' })).text).toBe("The earlier request is still waiting in your bank's app. Please refuse it there. You're sending money to Anna Lee, account ending in 9890, from your checking account ending in 3000. The amount is €41.00. Shall I send it?");
    await say('Yes');
    // A new payment for the new order: the old one is not reused under the old key.
    expect(bank.initiated()).toBe(2);
    const second = bank.waiting().find((id) => id !== first);
    if (!second) throw new Error('no new approval waiting');
    bank.decide(second, 'finalised');
    expect((await say('Yes')).text).toMatch(/^Done\. Your transfer to Anna Lee/);
    const before = parseDecimal(BG_BOOKS.current.interimBooked, 'EUR');
    const balance = await say('Balance', { account: 'checking' });
    expect(before.ok && balance.text).toContain(before.ok ? formatMoney(money(before.value.minor - 4100, 'EUR'), 'en-US') : 'a balance');
  });
});

describe('a payment whose authorisation cannot start', () => {
  it('is withdrawn at the bank, and the customer hears the bank is not responding', async () => {
    const scope = nock('https://psd2.bank.example')
      .get('/psd2/v1/accounts/acc-giro-1')
      .reply(200, { account: { resourceId: 'acc-giro-1', iban: BG_BOOKS.current.iban, currency: 'EUR' } })
      .get('/psd2/v1/trusted-beneficiaries')
      .reply(200, { trustedBeneficiaries: [{ trustedBeneficiaryId: 'tb-anna-2', creditorAccount: 'DE12500105170648489890', creditorName: 'Anna Lee' }] })
      .post('/psd2/v1/payments/sepa-credit-transfers')
      .reply(201, { transactionStatus: 'RCVD', paymentId: 'pay-orphan' })
      .post('/psd2/v1/payments/sepa-credit-transfers/pay-orphan/authorisations')
      .reply(503, 'down')
      .delete('/psd2/v1/payments/sepa-credit-transfers/pay-orphan')
      .reply(204);
    const bank = berlinGroupBank();
    const session = BG_SESSION;
    const started = await bank.approvals?.start(session, { from: accountId('acc-giro-1'), to: { kind: 'payee', payeeId: payeeId('tb-anna-2') }, amount: money(4200, 'EUR') });
    expect(started).toEqual({ ok: false, error: { kind: 'unavailable' } });
    expect(scope.isDone()).toBe(true);
  });
});
