/**
 * Fraud warnings through both platforms' HTTP endpoints: on launch the skill asks about the
 * bank's unreviewed suspicious purchase first; "no" locks the card, reports the purchase and
 * writes the audit trail; "yes" marks it genuine; "any suspicious activity?" works any time.
 * The purchase asked about is read from the sandbox's seeded alerts.
 */
import type { FraudAlert } from '../../fulfillment/banks/bank-types';
import { formatMoney } from '../../fulfillment/speech/money';
import { startSkill, type TestSkill } from '../support/harness';
import { booksOf, speaker } from '../support/speaker';

let skill: TestSkill;
beforeEach(() => {
  skill = startSkill();
});

function alertOf(token: string): FraudAlert {
  const [alert] = booksOf(skill, token).alerts;
  if (!alert) throw new Error(`${token} has no seeded alert`);
  return alert;
}
const cardLocked = (token: string, alert: FraudAlert) => booksOf(skill, token).cards.find((c) => c.id === alert.cardId)?.locked;

describe.each(['alexa', 'dialogflow', 'dialogflow-cx'] as const)('on %s', (platform) => {
  it('asks about the suspicious purchase before anything else on launch', async () => {
    const alert = alertOf('demo');
    expect(alert.at.slice(0, 10)).toBe('2026-11-20');
    const reply = await speaker(skill, platform)('Launch');
    expect(reply.text).toBe(
      `Welcome back, Alex. Before we start: did you make a purchase at ${alert.merchant} today, with your credit card ending in 9012? It was for ${formatMoney(alert.amount, 'en-US')}. Please say yes or no.`,
    );
    expect(formatMoney(alert.amount, 'en-US')).toBe('$912.40');
    expect(reply.endsSession).toBe(false);
  });

  it('on "no", locks the card, reports the purchase as fraud and audits both', async () => {
    const say = speaker(skill, platform);
    const alert = alertOf('demo');
    await say('Launch');
    const reply = await say('No');
    expect(reply.text).toBe(
      "I've locked your credit card ending in 9012 and reported the purchase to your bank as fraud. You can unlock the card later, by asking me or in your bank's app. Is there anything else?",
    );
    expect(cardLocked('demo', alert)).toBe(true);
    expect(alertOf('demo').status).toBe('reported-fraud');
    expect(skill.audit).toMatchObject({
      events: [
        { customerId: 'cust-alex', action: 'card-lock', outcome: 'completed', reference: alert.cardId, platform },
        { customerId: 'cust-alex', action: 'fraud-reported', outcome: 'completed', reference: alert.id, amount: alert.amount, platform },
      ],
    });
    const next = await say('Launch');
    expect(next.text).toMatch(/^Welcome back, Alex\. You can ask for your balance/);
  });

  it('on "yes", marks the purchase genuine and leaves the card alone', async () => {
    const say = speaker(skill, platform);
    const alert = alertOf('demo');
    await say('Launch');
    const reply = await say('Yes');
    expect(reply.text).toBe("Thanks. I've marked that purchase as genuine. Is there anything else?");
    expect(alertOf('demo').status).toBe('confirmed-genuine');
    expect(cardLocked('demo', alert)).toBe(false);
    expect(skill.audit).toMatchObject({ events: [{ action: 'fraud-confirmed-genuine', outcome: 'completed', reference: alert.id }] });
  });

  it('answers "any suspicious activity?" at any time with the same question, saying what yes and no mean', async () => {
    const say = speaker(skill, platform);
    await say('Balance');
    const reply = await say('SuspiciousActivity');
    expect(reply.text).toBe(
      `There's a purchase I'd like to check with you. Did you make a purchase at ElectroMart Online today, with your credit card ending in 9012? It was for ${formatMoney(alertOf('demo').amount, 'en-US')}. Say yes if it was you, or no if it wasn't.`,
    );
    await say('No');
    expect(alertOf('demo').status).toBe('reported-fraud');
  });

  it('says there is nothing suspicious for a customer without alerts', async () => {
    const reply = await speaker(skill, platform, { token: 'demo-2' })('SuspiciousActivity');
    expect(reply.text).toBe("I don't see any suspicious activity on your cards. Is there anything else?");
    const launch = await speaker(skill, platform, { token: 'demo-2' })('Launch');
    expect(launch.text).toMatch(/^Welcome back, Jordan\./);
  });

  it('answers a question asked first, then asks about the purchase again', async () => {
    const say = speaker(skill, platform);
    await say('Launch');
    const balance = await say('Balance');
    expect(balance.text).toMatch(/^Your checking account has .*\. Now, back to my question\. There's a purchase I'd like to check with you\. Did you make a purchase at /);
    expect(alertOf('demo').status).toBe('unreviewed');
    expect(skill.audit).toMatchObject({ events: [] });
  });

  it('keeps the alert for next time when the customer stops first', async () => {
    const say = speaker(skill, platform);
    await say('Launch');
    expect((await say('Stop')).text).toBe('Goodbye.');
    expect(alertOf('demo').status).toBe('unreviewed');
    expect(skill.audit).toMatchObject({ events: [] });
  });

  it('reports the purchase when the card cannot be locked, says the card is not locked, and audits both', async () => {
    const say = speaker(skill, platform);
    await say('Launch');
    skill.sandbox.control.failNext('cards.setLocked', 'unavailable');
    const reply = await say('No');
    expect(reply.text).toBe("I've reported the purchase to your bank as fraud, but I couldn't lock your credit card ending in 9012. Please lock it in your bank's app, or call your bank.");
    expect(alertOf('demo').status).toBe('reported-fraud');
    expect(skill.audit).toMatchObject({ events: [{ action: 'card-lock', outcome: 'refused:unavailable' }, { action: 'fraud-reported', outcome: 'completed' }] });
  });

  it('says honestly when the card was locked but the report did not go through', async () => {
    const say = speaker(skill, platform);
    const alert = alertOf('demo');
    await say('Launch');
    skill.sandbox.control.failNext('alerts.resolve', 'timeout');
    const reply = await say('No');
    expect(reply.text).toBe("I've locked your credit card ending in 9012, but I couldn't report the purchase to your bank. Please call your bank about it.");
    expect(cardLocked('demo', alert)).toBe(true);
    expect(skill.audit).toMatchObject({ events: [{ action: 'card-lock', outcome: 'completed' }, { action: 'fraud-reported', outcome: 'refused:timeout' }] });
  });

  it('still greets the customer when the bank does not answer about alerts', async () => {
    skill.sandbox.control.failNext('alerts.list', 'unavailable');
    const reply = await speaker(skill, platform)('Launch');
    expect(reply.text).toMatch(/^Welcome back, Alex\. You can ask/);
  });
});

describe('in German', () => {
  it.each(['alexa', 'dialogflow'] as const)('warns Lena on launch and locks her card on nein, on %s', async (platform) => {
    const say = speaker(skill, platform, { token: 'demo-de', locale: 'de-DE' });
    const alert = alertOf('demo-de');
    const launch = await say('Launch');
    expect(launch.text).toBe(
      `Willkommen zurück, Lena. Bevor wir anfangen: Hast du heute bei ${alert.merchant} eingekauft, mit deiner Kreditkarte mit der Endung 6677? Es waren ${formatMoney(alert.amount, 'de-DE')}. Bitte sag ja oder nein.`,
    );
    const no = await say('No');
    expect(no.text).toMatch(/^Ich habe deine Kreditkarte mit der Endung 6677 gesperrt und die Zahlung deiner Bank als Betrug gemeldet\./);
    expect(cardLocked('demo-de', alert)).toBe(true);
    expect(alertOf('demo-de').status).toBe('reported-fraud');
  });
});
