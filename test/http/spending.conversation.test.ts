/**
 * Spending by merchant, category and period through both platforms' HTTP endpoints, in
 * en-US, en-GB and de-DE. Periods are counted from the fixed clock (TEST_NOW, Friday
 * 20 November 2026); every expected figure is summed from the sandbox's seeded books.
 */
import type { Transaction } from '../../fulfillment/banks/bank-types';
import { formatMoney } from '../../fulfillment/speech/money';
import { startSkill, type TestSkill } from '../support/harness';
import { between, booksOf, speaker, spending, totalOf } from '../support/speaker';

let skill: TestSkill;
beforeEach(() => {
  skill = startSkill();
});

/** Alex's spending that passes a filter, and the words the skill speaks for it. */
function spent(keep: (t: Transaction) => boolean, token = 'demo', locale: 'en-US' | 'en-GB' | 'de-DE' = 'en-US') {
  const books = booksOf(skill, token);
  const { total, count } = totalOf(books.transactions.filter((t) => spending(t) && keep(t)), books.currency);
  return { amount: formatMoney(total, locale), count };
}

/** A Dialogflow date period as @sys.date-time sends it, in the customer's time zone. */
const dfPeriod = (from: string, to: string) => ({ startDate: `${from}T00:00:00-08:00`, endDate: `${to}T23:59:59-08:00` });

describe.each(['alexa', 'dialogflow', 'dialogflow-cx'] as const)('on %s', (platform) => {
  it('sums what was spent at a merchant last month', async () => {
    const say = speaker(skill, platform);
    const { amount, count } = spent((t) => t.merchant === 'Starbucks' && between('2026-10-01', '2026-10-31')(t));
    expect(count).toBeGreaterThan(1);
    const reply = await say('Spending', { merchant: 'starbucks', period: '2026-10' }, { merchant: 'starbucks', period: dfPeriod('2026-10-01', '2026-10-31') });
    expect(reply.text).toBe(`You spent ${amount} at Starbucks last month, in ${count} payments. Is there anything else?`);
    expect(reply.endsSession).toBe(false);
  });

  it('sums a category this week, the week starting on Sunday in the US', async () => {
    const say = speaker(skill, platform);
    const { amount, count } = spent((t) => t.category === 'dining' && between('2026-11-15', '2026-11-21')(t));
    expect(count).toBeGreaterThan(1);
    const reply = await say('Spending', { category: 'eating out', period: '2026-W47' }, { category: 'dining', period: dfPeriod('2026-11-16', '2026-11-22') });
    expect(reply.text).toBe(`You spent ${amount} on dining this week, in ${count} payments. Is there anything else?`);
  });

  it('sums everything between two dates', async () => {
    const say = speaker(skill, platform);
    const { amount, count } = spent(between('2026-11-01', '2026-11-10'));
    const reply = await say('Spending', { period: '2026-11-01', until: '2026-11-10' }, { period: dfPeriod('2026-11-01', '2026-11-10') });
    expect(reply.text).toBe(`You spent ${amount} between November 1 and November 10, in ${count} payments. Is there anything else?`);
  });

  it('says the years of a range that reaches into last year', async () => {
    // In mid-January, so that the range lies within the 90 days the sandbox keeps.
    skill = startSkill({ now: '2026-01-15T15:30:00.000Z' });
    const say = speaker(skill, platform);
    const { amount, count } = spent(between('2025-12-20', '2026-01-10'));
    expect(count).toBeGreaterThan(1);
    const reply = await say('Spending', { period: '2025-12-20', until: '2026-01-10' }, { period: dfPeriod('2025-12-20', '2026-01-10') });
    expect(reply.text).toBe(`You spent ${amount} between December 20, 2025 and January 10, 2026, in ${count} payments. Is there anything else?`);
  });

  it('says that a range before the 90 days the bank keeps is out of reach, never that nothing was spent', async () => {
    const say = speaker(skill, platform);
    const reply = await say('Spending', { period: '2025-12-20', until: '2026-01-10' }, { period: dfPeriod('2025-12-20', '2026-01-10') });
    expect(reply.text).toBe("Your bank only lets me see your transactions from August 23 on, so I can't tell you about that time. You can ask about any day since then. Is there anything else?");
    expect(reply.endsSession).toBe(false);
  });

  it('sums yesterday, counting pending payments', async () => {
    const say = speaker(skill, platform);
    const { amount, count } = spent(between('2026-11-19', '2026-11-19'));
    expect(count).toBeGreaterThan(0);
    const reply = await say('Spending', { period: '2026-11-19' }, { period: '2026-11-19T12:00:00-08:00' });
    expect(reply.text).toContain(`You spent ${amount} yesterday, in `);
  });

  it('takes this month when no period is named', async () => {
    const say = speaker(skill, platform);
    const { amount, count } = spent(between('2026-11-01', '2026-11-30'));
    const reply = await say('Spending');
    expect(reply.text).toBe(`You spent ${amount} this month, in ${count} payments. Is there anything else?`);
  });

  it('says so when nothing was spent', async () => {
    const say = speaker(skill, platform);
    expect(spent((t) => t.merchant === 'Starbucks' && between('2026-11-18', '2026-11-18')(t)).count).toBe(0);
    const reply = await say('Spending', { merchant: 'Starbucks', period: '2026-11-18' }, { merchant: 'Starbucks', period: '2026-11-18' });
    expect(reply.text).toBe("You didn't spend anything at Starbucks on November 18. Is there anything else?");
  });

  it('names the categories it knows when it hears one it does not', async () => {
    const reply = await speaker(skill, platform)('Spending', { category: 'bitcoin' });
    expect(reply.text).toBe("I don't know the category bitcoin. You can ask about groceries, coffee, dining, transportation, or shopping. What would you like to do?");
    expect(reply.endsSession).toBe(false);
  });

  it('asks again when it cannot read the dates', async () => {
    const reply = await speaker(skill, platform)('Spending', { period: 'sometime soon' });
    expect(reply.text).toMatch(/^Sorry, I didn't catch the dates\./);
    expect(reply.endsSession).toBe(false);
  });
});

describe('words Alexa puts in the open slot for "last" or "biggest"', () => {
  it('takes a shop heard there ("at the Co-op", "at the bakery") as the shop asked about, never all the spending', async () => {
    const say = speaker(skill, 'alexa', { token: 'demo-gb', locale: 'en-GB' });
    expect((await say('Spending', { latest: 'Co-op' })).text).toBe("You didn't spend anything at Co op this month. Is there anything else?");
    expect((await say('Spending', { largest: 'bakery', period: '2026-W46-WE' })).text).toBe("You didn't spend anything at bakery between 14 November and 15 November. Is there anything else?");
    // The words for "last" and "biggest" keep their meaning.
    expect((await say('Spending', { latest: 'last', merchant: 'tesco' })).text).toMatch(/^Your last payment at Tesco was on 18 November\./);
  });
});

describe('other locales', () => {
  it('starts the British week on Monday', async () => {
    const say = speaker(skill, 'alexa', { token: 'demo', locale: 'en-GB' });
    const { amount, count } = spent((t) => t.category === 'dining' && between('2026-11-16', '2026-11-22')(t), 'demo', 'en-GB');
    const sunday = spent((t) => t.category === 'dining' && between('2026-11-15', '2026-11-21')(t), 'demo', 'en-GB');
    expect(sunday.amount).not.toBe(amount);
    const reply = await say('Spending', { category: 'eating out', period: '2026-W47' });
    expect(reply.text).toBe(`You spent ${amount} on eating out this week, in ${count} payments. Is there anything else?`);
  });

  it.each(['alexa', 'dialogflow'] as const)('answers a British customer in pounds, day first, on %s', async (platform) => {
    const say = speaker(skill, platform, { token: 'demo-gb', locale: 'en-GB' });
    const { amount, count } = spent((t) => t.category === 'groceries' && between('2026-11-02', '2026-11-13')(t), 'demo-gb', 'en-GB');
    expect(amount).toMatch(/^£/);
    const reply = await say('Spending', { category: 'groceries', period: '2026-11-02', until: '2026-11-13' }, { category: 'groceries', period: dfPeriod('2026-11-02', '2026-11-13') });
    expect(reply.text).toBe(`You spent ${amount} on groceries between 2 November and 13 November, in ${count} payments. Is there anything else?`);
  });

  it.each(['alexa', 'dialogflow'] as const)('answers a German customer in German, on %s', async (platform) => {
    const say = speaker(skill, platform, { token: 'demo-de', locale: 'de-DE' });
    const groceries = spent((t) => t.category === 'groceries' && between('2026-10-01', '2026-10-31')(t), 'demo-de', 'de-DE');
    const reply = await say('Spending', { category: 'lebensmittel', period: '2026-10' }, { category: 'groceries', period: dfPeriod('2026-10-01', '2026-10-31') });
    expect(reply.text).toBe(`Du hast letzten Monat ${groceries.amount} für Lebensmittel ausgegeben, verteilt auf ${groceries.count} Zahlungen. Kann ich sonst noch etwas für dich tun?`);
    const rewe = spent((t) => t.merchant === 'Rewe' && between('2026-11-01', '2026-11-30')(t), 'demo-de', 'de-DE');
    const atRewe = await say('Spending', { merchant: 'rewe' });
    expect(atRewe.text).toBe(`Du hast diesen Monat ${rewe.amount} bei Rewe ausgegeben, verteilt auf ${rewe.count} Zahlungen. Kann ich sonst noch etwas für dich tun?`);
  });

  it('speaks a September of this year by name, in German', async () => {
    const say = speaker(skill, 'alexa', { token: 'demo-de', locale: 'de-DE' });
    const { amount } = spent(between('2026-09-01', '2026-09-30'), 'demo-de', 'de-DE');
    const reply = await say('Spending', { period: '2026-09' });
    expect(reply.text).toContain(`Du hast im September ${amount} ausgegeben`);
  });
});
