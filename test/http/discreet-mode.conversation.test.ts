/**
 * Discreet mode through both platforms' HTTP endpoints: once a customer turns it on, no
 * reply speaks an amount (balances, spending, statements, transactions, the fraud question)
 * until it is turned off, in every session, and the preference is kept by the skill, not
 * the platform.
 */
import { createSandboxBank } from '../../fulfillment/banks/sandbox/sandbox-bank';
import { fixedClock } from '../../fulfillment/kit/clock';
import { formatMoney } from '../../fulfillment/speech/money';
import { speaksAmount } from '../../fulfillment/discreet/redact-amounts';
import { startSkill, TEST_NOW, type TestSkill } from '../support/harness';
import { booksOf, speaker } from '../support/speaker';

let skill: TestSkill;
beforeEach(() => {
  skill = startSkill();
});

const NOTICE = "I've left the amounts out because discreet mode is on, and sent the details to your bank's app.";
/** History (transactions, a deposit) is more than its amounts: its details are left out whole. */
const DETAILS = "I've left out the details because discreet mode is on, and sent them to your bank's app.";

describe.each(['alexa', 'dialogflow', 'dialogflow-cx'] as const)('on %s', (platform) => {
  it('speaks no balance, spending, statement or transaction amount once discreet mode is on', async () => {
    const say = speaker(skill, platform);
    const checking = formatMoney(booksOf(skill, 'demo').accounts[0]?.balance ?? { minor: 0, currency: 'USD' }, 'en-US');
    expect((await say('Balance')).text).toContain(checking);
    const on = await say('DiscreetMode', { state: 'on' });
    expect(on.text).toMatch(/^Discreet mode is now on: I won't say amounts or the details of your history aloud/);
    const answers = [
      await say('Balance'),
      await say('Spending', { merchant: 'starbucks', period: '2026-10' }, { merchant: 'starbucks', period: { startDate: '2026-10-01', endDate: '2026-10-31' } }),
      await say('CardDetails'),
      await say('RecentTransactions'),
      await say('Income'),
    ];
    for (const [i, reply] of answers.entries()) {
      expect(reply.text).toContain(i < 3 ? NOTICE : DETAILS);
      expect(speaksAmount(reply.text)).toBe(false);
      expect(reply.text).not.toMatch(/\d+\.\d{2}/);
    }
    expect(answers[0]?.text).toBe(`${NOTICE} Is there anything else?`);
    // What was left unspoken went into the bank's own app, whole.
    const inbox = skill.sandbox.control.inbox('demo').map((m) => m.text);
    expect(inbox).toHaveLength(answers.length);
    expect(inbox[0]).toContain(checking);
    expect(inbox.every((text) => speaksAmount(text))).toBe(true);
    expect(answers[2]?.text).toBe(`${NOTICE} The payment is due on November 25. Is there anything else?`);
  });

  it('sends a question whose figures it left out to the app whole, never an empty message', async () => {
    const say = speaker(skill, platform);
    await say('DiscreetMode', { state: 'on' });
    const options = await say('PayCard');
    expect(options.text).toContain(NOTICE);
    const inbox = skill.sandbox.control.inbox('demo').map((m) => m.text);
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toContain('The statement balance is $498.23.');
  });

  it("says where to find the amounts when the bank's app takes no messages", async () => {
    const sandbox = createSandboxBank({ clock: fixedClock(TEST_NOW) });
    const { messages: _unused, ...withoutMessages } = sandbox;
    const quiet = startSkill({ overrides: { bank: withoutMessages }, sandbox });
    const say = speaker(quiet, platform);
    await say('DiscreetMode', { state: 'on' });
    expect((await say('Balance')).text).toBe("I've left the amounts out because discreet mode is on; you'll find them in your bank's app. Is there anything else?");
    expect(sandbox.control.inbox('demo')).toEqual([]);
  });

  it('still asks the fraud question in discreet mode, without the amount', async () => {
    const say = speaker(skill, platform);
    await say('DiscreetMode', { state: 'on' });
    const launch = await say('Launch');
    expect(launch.text).toBe(
      `Welcome back, Alex. Before we start: did you make a purchase at ElectroMart Online today, with your credit card ending in 9012? ${NOTICE} Please say yes or no.`,
    );
    const no = await say('No');
    expect(no.text).toMatch(/^I've locked your credit card ending in 9012/);
  });

  it('leaves amounts out of everything the platform receives, the reprompt and payload too', async () => {
    const say = speaker(skill, platform);
    await say('DiscreetMode', { state: 'on' });
    const reply = await say('Launch');
    expect(reply.text).toContain('did you make a purchase at ElectroMart Online');
    expect(speaksAmount(JSON.stringify(reply.body))).toBe(false);
    if (platform === 'alexa') expect(JSON.stringify(reply.body.response)).toContain('Did you make the purchase at ElectroMart Online?');
  });

  it('keeps the preference in other sessions until it is turned off', async () => {
    await speaker(skill, platform, { token: 'demo', session: 'first' })('DiscreetMode', { state: 'turn on' }, { state: 'on' });
    const later = speaker(skill, platform, { token: 'demo', session: 'second' });
    expect((await later('Balance')).text).toBe(`${NOTICE} Is there anything else?`);
    const status = await later('DiscreetMode');
    expect(status.text).toMatch(/^Discreet mode is on:/);
    const off = await later('DiscreetMode', { state: 'off' });
    expect(off.text).toMatch(/^Discreet mode is now off: I'll say amounts aloud\./);
    expect(speaksAmount((await later('Balance')).text)).toBe(true);
  });

  it('is one customer\'s preference, not everyone\'s', async () => {
    await speaker(skill, platform)('DiscreetMode', { state: 'on' });
    const jordan = await speaker(skill, platform, { token: 'demo-2' })('Balance');
    expect(speaksAmount(jordan.text)).toBe(true);
  });

  it('keeps the preference out of the platform', async () => {
    const reply = await speaker(skill, platform)('DiscreetMode', { state: 'on' });
    if (platform === 'alexa') expect(reply.body.sessionAttributes ?? {}).toEqual({});
    else if (platform === 'dialogflow') for (const c of reply.body.outputContexts as { parameters?: unknown }[]) expect(c.parameters).toBeUndefined();
    else expect(Object.values((reply.body.sessionInfo as { parameters?: object } | undefined)?.parameters ?? {}).every((v) => v === null)).toBe(true);
  });
});

describe('in German', () => {
  it('leaves amounts out for Lena and says why', async () => {
    const say = speaker(skill, 'alexa', { token: 'demo-de', locale: 'de-DE' });
    const on = await say('DiscreetMode', { state: 'ein' });
    expect(on.text).toMatch(/^Der diskrete Modus ist jetzt an/);
    const spending = await say('Spending', { category: 'lebensmittel' });
    expect(spending.text).toBe('Die Beträge lasse ich weg, weil der diskrete Modus an ist, und habe dir die Einzelheiten in die App deiner Bank geschickt. Kann ich sonst noch etwas für dich tun?');
    const card = await say('CardDetails');
    expect(card.text).toContain('Die Zahlung ist am 20. Dezember fällig.');
    expect(speaksAmount(card.text)).toBe(false);
  });
});
