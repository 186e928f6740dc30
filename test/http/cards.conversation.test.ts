/**
 * Credit card statements, and locking and unlocking cards with a confirmation, through both
 * platforms' HTTP endpoints. Figures come from the sandbox's seeded statements; locks are
 * checked in the sandbox's books and in the audit trail.
 */
import type { CardStatement } from '../../fulfillment/banks/bank-types';
import { formatMoney } from '../../fulfillment/speech/money';
import type { Locale } from '../../fulfillment/kit/locale';
import { startSkill, type TestSkill } from '../support/harness';
import { booksOf, speaker } from '../support/speaker';

let skill: TestSkill;
beforeEach(() => {
  skill = startSkill();
});

/**
 * A customer's credit card statement, with its figures spoken in a locale, and all that is owed
 * on the card now (its account's balance, more than the statement after purchases since). The
 * credit available is worked out here from the books: the limit less what is owed and the card's
 * pending charges, which the issuer holds against the limit before they are booked.
 */
function statementOf(token: string, locale: Locale): { st: CardStatement; m: (k: keyof CardStatement) => string; owed: string } {
  const books = booksOf(skill, token);
  const [st] = books.statements;
  if (!st) throw new Error(`${token} has no card statement`);
  const account = books.accounts.find((a) => a.id === st.accountId);
  if (!account || account.balance.minor <= st.statementBalance.minor) throw new Error(`${token}'s card owes no more than its statement`);
  const pending = books.transactions.filter((t) => t.accountId === st.accountId && t.status === 'pending' && t.amount.minor < 0);
  if (pending.length === 0) throw new Error(`${token}'s card has no pending charges to hold credit`);
  const held = pending.reduce((sum, t) => sum - t.amount.minor, 0);
  const available = { minor: st.creditLimit.minor - account.balance.minor - held, currency: st.creditLimit.currency };
  const m = (k: keyof CardStatement) => {
    const value = k === 'availableCredit' ? available : st[k];
    if (typeof value !== 'object') throw new Error(`${k} is not money`);
    return formatMoney(value, locale);
  };
  return { st, m, owed: formatMoney(account.balance, locale) };
}

const locked = (token: string) => Object.fromEntries(booksOf(skill, token).cards.map((c) => [c.id, c.locked]));

describe.each(['alexa', 'dialogflow', 'dialogflow-cx'] as const)('on %s', (platform) => {
  it('reads the whole statement: balance, minimum payment, due date and available credit', async () => {
    const { st, m, owed } = statementOf('demo', 'en-US');
    expect(st.dueDate).toBe('2026-11-25');
    const reply = await speaker(skill, platform)('CardDetails');
    expect(reply.text).toBe(
      `Your credit card statement balance is ${m('statementBalance')}, with a minimum payment of ${m('minimumPayment')}. The payment is due on November 25. With purchases since the statement, you owe ${owed} on the card in all. You have ${m('availableCredit')} of available credit. Is there anything else?`,
    );
  });

  it.each([
    ['minimum payment', 'minimum-payment', (m: (k: keyof CardStatement) => string) => `The minimum payment on your credit card is ${m('minimumPayment')}. The payment is due on November 25.`],
    ['due date', 'due-date', (m: (k: keyof CardStatement) => string) => `The payment on your credit card is due on November 25. The minimum payment is ${m('minimumPayment')}, out of a statement balance of ${m('statementBalance')}.`],
    ['available credit', 'available-credit', (m: (k: keyof CardStatement) => string) => `You have ${m('availableCredit')} of available credit on your credit card. Your credit limit is ${m('creditLimit')}.`],
    ['statement balance', 'statement-balance', (m: (k: keyof CardStatement) => string, owed: string) => `Your credit card statement balance is ${m('statementBalance')}. With purchases since the statement, you owe ${owed} on the card in all.`],
  ])('answers the "%s" alone', async (words, id, expected) => {
    const { m, owed } = statementOf('demo', 'en-US');
    const reply = await speaker(skill, platform)('CardDetails', { detail: words }, { detail: id });
    expect(reply.text).toBe(`${expected(m, owed)} Is there anything else?`);
  });

  it('takes "the credit card" heard as paying the card, with nothing to pay, as naming the credit card at the lock question', async () => {
    const say = speaker(skill, platform);
    await say('LockCard');
    const narrowed = await say('PayCard');
    expect(narrowed.text).toBe('Do you want me to lock your credit card ending in 9012? Please say yes or no.');
    const done = await say('Yes');
    expect(done.text).toBe('Done. Your credit card ending in 9012 is now locked. Is there anything else?');
    expect(locked('demo')).toEqual({ 'card-alex-debit': false, 'card-alex-visa': true });
    expect(booksOf(skill, 'demo').transfers.size).toBe(0);
  });

  it('locks every card of a customer who lost their card, after a yes, and audits each lock', async () => {
    const say = speaker(skill, platform);
    const question = await say('LockCard');
    expect(question.text).toBe('Do you want me to lock your debit card ending in 5530 and your credit card ending in 9012? Please say yes or no.');
    expect(locked('demo')).toEqual({ 'card-alex-debit': false, 'card-alex-visa': false });
    const done = await say('Yes');
    expect(done.text).toBe('Done. Your debit card ending in 5530 and your credit card ending in 9012 are now locked. Is there anything else?');
    expect(locked('demo')).toEqual({ 'card-alex-debit': true, 'card-alex-visa': true });
    expect(skill.audit).toMatchObject({
      events: [
        { customerId: 'cust-alex', action: 'card-lock', outcome: 'completed', reference: 'card-alex-debit', platform },
        { customerId: 'cust-alex', action: 'card-lock', outcome: 'completed', reference: 'card-alex-visa', platform },
      ],
    });
  });

  it('leaves the card alone on no', async () => {
    const say = speaker(skill, platform);
    const question = await say('LockCard', { card: 'credit card' }, { card: 'credit' });
    expect(question.text).toBe('Do you want me to lock your credit card ending in 9012? Please say yes or no.');
    const no = await say('No');
    expect(no.text).toBe("Okay, I haven't changed anything. Is there anything else?");
    expect(locked('demo')).toEqual({ 'card-alex-debit': false, 'card-alex-visa': false });
    expect(skill.audit).toMatchObject({ events: [] });
  });

  it('unlocks only a locked card, and says when there is none to unlock', async () => {
    const say = speaker(skill, platform);
    const nothing = await say('UnlockCard');
    expect(nothing.text).toBe('Your debit card ending in 5530 and your credit card ending in 9012 are not locked. Is there anything else?');
    await say('LockCard', { card: 'debit card' }, { card: 'debit' });
    await say('Yes');
    const question = await say('UnlockCard');
    expect(question.text).toBe('Do you want me to unlock your debit card ending in 5530? Please say yes or no.');
    await say('Yes');
    expect(locked('demo')).toEqual({ 'card-alex-debit': false, 'card-alex-visa': false });
    expect(skill.audit).toMatchObject({ events: [{ action: 'card-lock' }, { action: 'card-unlock', reference: 'card-alex-debit', outcome: 'completed' }] });
  });

  it('answers a question asked in between, asks again, and locks nothing until the answer is yes', async () => {
    const say = speaker(skill, platform);
    await say('LockCard');
    const balance = await say('Balance');
    expect(balance.text).toMatch(/\. Now, back to my question\. Do you want me to lock your debit card ending in 5530 and your credit card ending in 9012\? Please say yes or no\.$/);
    expect(locked('demo')).toEqual({ 'card-alex-debit': false, 'card-alex-visa': false });
    expect((await say('No')).text).toBe("Okay, I haven't changed anything. To lock just one of them, say so with the card, like lock my credit card. Is there anything else?");
    expect(locked('demo')).toEqual({ 'card-alex-debit': false, 'card-alex-visa': false });
  });

  it('speaks the bank failure when a lock does not go through, and audits the refusal', async () => {
    const say = speaker(skill, platform);
    await say('LockCard', { card: 'credit card' }, { card: 'credit' });
    skill.sandbox.control.failNext('cards.setLocked', 'unavailable');
    const reply = await say('Yes');
    expect(reply.text).toBe("Your bank isn't responding right now. Please try again in a little while. Is there anything else?");
    expect(locked('demo')['card-alex-visa']).toBe(false);
    expect(skill.audit).toMatchObject({ events: [{ action: 'card-lock', outcome: 'refused:unavailable', reference: 'card-alex-visa' }] });
  });
});

describe('other locales', () => {
  it.each(['alexa', 'dialogflow'] as const)('reads a British statement in pounds, day first, on %s', async (platform) => {
    const { st, m, owed } = statementOf('demo-gb', 'en-GB');
    expect(st.dueDate).toBe('2026-12-03');
    const reply = await speaker(skill, platform, { token: 'demo-gb', locale: 'en-GB' })('CardDetails');
    expect(reply.text).toBe(
      `Your credit card statement balance is ${m('statementBalance')}, with a minimum payment of ${m('minimumPayment')}. The payment is due on 3 December. With purchases since the statement, you owe ${owed} on the card in all. You have ${m('availableCredit')} of available credit. Is there anything else?`,
    );
  });

  it.each(['alexa', 'dialogflow'] as const)('reads a German statement in German, on %s', async (platform) => {
    const { st, m, owed } = statementOf('demo-de', 'de-DE');
    expect(st.dueDate).toBe('2026-12-20');
    const say = speaker(skill, platform, { token: 'demo-de', locale: 'de-DE' });
    const all = await say('CardDetails');
    expect(all.text).toBe(
      `Der Abrechnungssaldo deiner Kreditkarte beträgt ${m('statementBalance')}, die Mindestzahlung ${m('minimumPayment')}. Die Zahlung ist am 20. Dezember fällig. Mit den Umsätzen seit der Abrechnung sind auf der Karte insgesamt ${owed} offen. Verfügbar sind noch ${m('availableCredit')}. Kann ich sonst noch etwas für dich tun?`,
    );
    const minimum = await say('CardDetails', { detail: 'mindestzahlung' }, { detail: 'minimum-payment' });
    expect(minimum.text).toBe(`Die Mindestzahlung für deine Kreditkarte beträgt ${m('minimumPayment')}. Die Zahlung ist am 20. Dezember fällig. Kann ich sonst noch etwas für dich tun?`);
  });

  it('locks a German card after ja', async () => {
    const say = speaker(skill, 'alexa', { token: 'demo-de', locale: 'de-DE' });
    const question = await say('LockCard', { card: 'kreditkarte' });
    expect(question.text).toBe('Soll ich deine Kreditkarte mit der Endung 6677 sperren? Bitte sag ja oder nein.');
    const done = await say('Yes');
    expect(done.text).toBe('Erledigt. Deine Kreditkarte mit der Endung 6677 ist jetzt gesperrt. Kann ich sonst noch etwas für dich tun?');
    expect(locked('demo-de')).toEqual({ 'card-lena-giro': false, 'card-lena-kk': true });
  });
});
