/**
 * The latest transactions with "hear more" paging, and deposits, through both platforms' HTTP
 * endpoints. Expected transactions are read from the sandbox's seeded books, newest first.
 */
import type { Transaction } from '../../fulfillment/banks/bank-types';
import { absolute } from '../../fulfillment/kit/money';
import { formatMoney } from '../../fulfillment/speech/money';
import { startSkill, type TestSkill } from '../support/harness';
import { between, booksOf, speaker, totalOf } from '../support/speaker';

let skill: TestSkill;
beforeEach(() => {
  skill = startSkill();
});

const usd = (t: Transaction) => formatMoney(absolute(t.amount), 'en-US');

/** The seeded transactions of one of Alex's accounts, newest first as the bank lists them. */
function onAccount(accountId: string): Transaction[] {
  return booksOf(skill, 'demo').transactions.filter((t) => t.accountId === accountId);
}

/** How the skill names a transaction in a list (money out at a merchant, or in from one). */
const item = (t: Transaction) => (t.amount.minor < 0 ? `${usd(t)} at ${t.merchant}` : `${usd(t)} in from ${t.merchant}`);

describe.each(['alexa', 'dialogflow', 'dialogflow-cx'] as const)('on %s', (platform) => {
  it('reads the latest checking transactions three at a time, with "more" and "yes" for the next pages', async () => {
    const say = speaker(skill, platform);
    const seeded = onAccount('acc-alex-chk');
    const first = await say('RecentTransactions');
    expect(first.text).toMatch(/^Here are the latest transactions on your checking account: /);
    expect(first.text).toMatch(/Would you like to hear more\?$/);
    for (const t of seeded.slice(0, 3)) if (t.merchant) expect(first.text).toContain(item(t));
    const more = await say('More');
    expect(more.text).toMatch(/^Here are the next ones: /);
    for (const t of seeded.slice(3, 6)) expect(more.text).toContain(usd(t));
    const yes = await say('Yes');
    for (const t of seeded.slice(6, 9)) expect(yes.text).toContain(usd(t));
    const no = await say('No');
    expect(no.text).toBe('Is there anything else?');
    expect(no.endsSession).toBe(false);
  });

  it('says which transactions are still pending, and when', async () => {
    const say = speaker(skill, platform);
    const [today, second] = onAccount('acc-alex-cc');
    if (!today || !second) throw new Error('the card has no history');
    expect([today.status, today.date]).toEqual(['pending', '2026-11-20']);
    const reply = await say('RecentTransactions', { account: 'credit card' });
    expect(reply.text).toContain(`on your credit card: today, pending, ${item(today)}; today, pending, ${item(second)}`);
  });

  it('keeps the paging cursor out of the platform', async () => {
    const reply = await speaker(skill, platform)('RecentTransactions');
    if (platform === 'alexa') expect(reply.body.sessionAttributes ?? {}).toEqual({});
    else if (platform === 'dialogflow') for (const c of reply.body.outputContexts as { parameters?: unknown }[]) expect(c.parameters).toBeUndefined();
    else expect(Object.values((reply.body.sessionInfo as { parameters?: object } | undefined)?.parameters ?? {}).every((v) => v === null)).toBe(true);
    expect(JSON.stringify(reply.body)).not.toMatch(/cursor|acc-alex/);
  });

  it('has nothing to read on "more" when no list is open', async () => {
    const reply = await speaker(skill, platform)('More');
    expect(reply.text).toMatch(/^There's nothing more to read right now\./);
  });

  it('tells when the salary last came in', async () => {
    const [salary] = booksOf(skill, 'demo').transactions.filter((t) => t.category === 'income');
    if (!salary) throw new Error('no seeded salary');
    const reply = await speaker(skill, platform)('Income');
    expect(reply.text).toBe(`Your last deposit was ${usd(salary)} from ${salary.merchant}, on November 15. Is there anything else?`);
    expect(salary.date).toBe('2026-11-15');
  });

  it('finds money in from a payee even where the bank books it as a transfer, not as income', async () => {
    const books = booksOf(skill, 'demo');
    const say = speaker(skill, platform);
    expect((await say('Income', { payee: 'Bob' })).text).toBe("I don't see any deposits from Bob Carter in your recent history. Is there anything else?");
    books.transactions.unshift({ ...(books.transactions[0] as Transaction), id: 'tx-from-bob' as Transaction['id'], accountId: books.accounts[0]?.id as Transaction['accountId'], date: '2026-11-18', amount: { minor: 2500, currency: 'USD' }, description: 'Transfer from Bob Carter', merchant: undefined, category: 'transfers', status: 'booked' } as Transaction);
    expect((await say('Income', { payee: 'Bob' })).text).toBe('Your last deposit was $25.00, Transfer from Bob Carter, on November 18. Is there anything else?');
    // Asked of all accounts, a transfer is still no income: the salary stays the last deposit.
    expect((await say('Income')).text).toMatch(/^Your last deposit was \$2,845\.00 from Acme Corp Payroll/);
  });

  it('sums the deposits of last month', async () => {
    const books = booksOf(skill, 'demo');
    const { total, count } = totalOf(books.transactions.filter((t) => t.category === 'income' && between('2026-10-01', '2026-10-31')(t)), 'USD');
    const reply = await speaker(skill, platform)('Income', { period: '2026-10' }, { period: { startDate: '2026-10-01T00:00:00-08:00', endDate: '2026-10-31T23:59:59-08:00' } });
    expect(reply.text).toBe(`You received ${formatMoney(total, 'en-US')} last month, in ${count} deposits. Is there anything else?`);
  });
});

describe('other locales', () => {
  it('reads a German customer her transactions with German dates and amounts', async () => {
    const say = speaker(skill, 'dialogflow', { token: 'demo-de', locale: 'de-DE' });
    const [first] = booksOf(skill, 'demo-de').transactions.filter((t) => t.accountId === 'acc-lena-giro');
    if (!first?.merchant) throw new Error('no seeded transaction');
    const reply = await say('RecentTransactions');
    expect(reply.text).toMatch(/^Hier sind die letzten Umsätze auf deinem Girokonto: /);
    expect(reply.text).toContain(`heute, vorgemerkt, ${formatMoney(absolute(first.amount), 'de-DE')} bei ${first.merchant}`);
    expect(reply.text).toMatch(/Möchtest du weitere hören\?$/);
  });

  it('tells a British customer when the salary came in, day first', async () => {
    const [salary] = booksOf(skill, 'demo-gb').transactions.filter((t) => t.category === 'income');
    if (!salary) throw new Error('no seeded salary');
    const reply = await speaker(skill, 'alexa', { token: 'demo-gb', locale: 'en-GB' })('Income');
    expect(reply.text).toBe(`Your last deposit was ${formatMoney(salary.amount, 'en-GB')} from ${salary.merchant}, on 15 November. Is there anything else?`);
  });

  it.each(['alexa', 'dialogflow'] as const)('tells Lena in German when her salary came in, on %s', async (platform) => {
    const [salary] = booksOf(skill, 'demo-de').transactions.filter((t) => t.category === 'income');
    if (!salary) throw new Error('no seeded salary');
    const reply = await speaker(skill, platform, { token: 'demo-de', locale: 'de-DE' })('Income');
    expect(reply.text).toBe(
      `Dein letzter Geldeingang war am 15. November: ${formatMoney(salary.amount, 'de-DE')} von ${salary.merchant}. Kann ich sonst noch etwas für dich tun?`,
    );
  });
});
