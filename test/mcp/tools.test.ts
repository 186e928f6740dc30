/**
 * Every MCP tool through the SDK's client against the running skill: each answers with the words
 * a Dialogflow customer hears for the same request (without the spoken "Is there anything
 * else?"), foreign text marked as data, and structured content holding what the words say.
 */
import { DATA_TAG } from '../../skill/mcp/model-text';
import { booksOf } from '../support/speaker';
import { callTool, startMcp, type McpHarness, type ToolAnswer } from '../support/mcp';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';

let mcp: McpHarness;
let client: Client;
beforeEach(async () => {
  mcp = await startMcp();
  client = await mcp.connect('demo');
});
afterEach(async () => {
  await mcp?.close();
});

/** What a model reads, with the data tags taken out: the words a speaker hears. */
const spoken = (answer: ToolAnswer) => answer.text.replace(new RegExp(`</?${DATA_TAG}>`, 'g'), '');

/** What a Dialogflow customer hears for an intent, without the closing question. */
async function voice(intent: string, parameters: Record<string, unknown> = {}, session = 'voice-1'): Promise<string> {
  const reply = await mcp.skill.dialogflow(intent, parameters, { token: 'demo', session: `projects/test-agent/agent/sessions/${session}` });
  return reply.text.replace(/ Is there anything else\?$/, '');
}

it('get_balances: every account, or one kind, as decimal strings', async () => {
  const all = await callTool(client, 'get_balances');
  expect(spoken(all)).toBe(await voice('Balance'));
  expect(all.structured).toEqual({
    accounts: [
      { kind: 'checking', last4: '4321', balance: { amount: '2450.17', currency: 'USD' } },
      { kind: 'savings', last4: '8765', balance: { amount: '12800.00', currency: 'USD' } },
      { kind: 'credit-card', last4: '9012', balance: { amount: '612.40', currency: 'USD' } },
    ],
  });
  const savings = await callTool(client, 'get_balances', { account: 'savings' });
  expect(savings.text).toBe('Your savings account has $12,800.00.');
  expect(savings.structured).toEqual({ accounts: [{ kind: 'savings', last4: '8765', balance: { amount: '12800.00', currency: 'USD' } }] });
});

it('list_transactions: a page at a time, merchants marked as data, the next page by an opaque id', async () => {
  const first = await callTool(client, 'list_transactions');
  expect(spoken(first)).toBe(await voice('RecentTransactions'));
  expect(first.text).toContain(`<${DATA_TAG}>Trader Joe's</${DATA_TAG}>`);
  const page = first.structured as { account: string; transactions: { date: string; amount: { amount: string }; text: string }[]; nextPage: string };
  expect(page.account).toBe('checking');
  expect(page.transactions[1]).toEqual({ date: '2026-11-12', amount: { amount: '-21.95', currency: 'USD' }, text: "Trader Joe's", pending: false });
  const second = await callTool(client, 'list_transactions', { page: page.nextPage });
  expect(second.text).toMatch(/^Here are the next ones: /);
  expect((second.structured as { transactions: { date: string }[] }).transactions[0]?.date).toMatch(/^2026-11-(0\d|1[01])$/);
  const stranger = await (await mcp.connect('demo-2')).callTool({ name: 'list_transactions', arguments: { page: page.nextPage } });
  expect(stranger.isError).toBe(true);
});

it('get_spending and get_income: over a named period or two dates', async () => {
  const lastMonth = await callTool(client, 'get_spending', { period: 'last-month' });
  expect(spoken(lastMonth)).toBe(await voice('Spending', { period: { startDate: '2026-10-01T00:00:00-07:00', endDate: '2026-10-31T23:59:59-07:00' } }));
  expect(lastMonth.structured).toMatchObject({ span: { from: '2026-10-01', to: '2026-10-31' }, count: expect.any(Number) });
  const coffee = await callTool(client, 'get_spending', { from: '2026-11-01', to: '2026-11-10', category: 'coffee' });
  expect(coffee.text).toMatch(/^You (spent \$[\d,.]+ on coffee between November 1 and November 10|didn't spend anything on coffee between)/);
  const biggest = await callTool(client, 'get_spending', { period: 'last-month', largest: true });
  expect(biggest.text).toBe('Your biggest payment last month was at <bank-data>Parkview Apartments</bank-data>, on October 1. It was $1,850.00.');
  expect(biggest.structured).toMatchObject({ largest: { date: '2026-10-01', amount: { amount: '1850.00', currency: 'USD' }, merchant: 'Parkview Apartments' } });
  const byCategory = await callTool(client, 'get_spending', { period: 'last-month', byCategory: true });
  expect(byCategory.text).toMatch(/^You spent the most on rent last month: \$1,850\.00\. Next come [a-z ]+ with \$[\d,.]+ and [a-z ]+ with \$[\d,.]+\. In all you spent \$[\d,.]+ last month, in \d+ payments\.$/);
  const shares = (byCategory.structured as { categories: { category: string; total: { amount: string }; count: number }[] }).categories;
  expect(shares.map((c) => c.category)[0]).toBe('housing');
  expect(shares).toHaveLength(3);
  const cents = shares.map((c) => BigInt(c.total.amount.replace('.', '')));
  expect(cents).toEqual([...cents].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)));
  const latest = await callTool(client, 'get_spending', { merchant: 'Starbucks', latest: true });
  expect(latest.text).toMatch(/^Your last payment at <bank-data>Starbucks<\/bank-data> was (today|yesterday|on November \d+)\. It was \$\d+\.\d\d\.$/);
  expect(latest.structured).toMatchObject({ latest: { date: expect.stringMatching(/^2026-11-/), amount: { currency: 'USD' }, merchant: 'Starbucks' } });
  expect(latest.structured).not.toHaveProperty('totals');
  const income = await callTool(client, 'get_income');
  expect(spoken(income)).toBe(await voice('Income'));
  expect(income.structured).toEqual({ count: 1, latest: { date: '2026-11-15', amount: { amount: '2845.00', currency: 'USD' }, from: 'Acme Corp Payroll', pending: false } });
});

it('get_card_details: the statement, or one figure of it', async () => {
  const all = await callTool(client, 'get_card_details');
  expect(spoken(all)).toBe(await voice('CardDetails'));
  const due = await callTool(client, 'get_card_details', { detail: 'due-date' });
  expect(due.text).toBe('The payment on your credit card is due on November 25. The minimum payment is $35.00, out of a statement balance of $498.23.');
  expect(due.structured).toEqual({ statements: [{ last4: '9012', dueDate: '2026-11-25', statementBalance: { amount: '498.23', currency: 'USD' }, minimumPayment: { amount: '35.00', currency: 'USD' } }] });
});

it('get_cards: every card or one kind, each with whether it is locked, changing nothing', async () => {
  await callTool(client, 'lock_card', { card: 'credit' });
  const all = await callTool(client, 'get_cards');
  expect(all.text).toBe('Your debit card ending in 5530 is not locked and your credit card ending in 9012 is locked.');
  expect(all.structured).toEqual({ cards: [{ kind: 'debit', last4: '5530', locked: false }, { kind: 'credit', last4: '9012', locked: true }] });
  const debit = await callTool(client, 'get_cards', { card: 'debit' });
  expect(debit.structured).toEqual({ cards: [{ kind: 'debit', last4: '5530', locked: false }] });
  expect(booksOf(mcp.skill, 'demo').cards.map((c) => c.locked)).toEqual([false, true]);
  await callTool(client, 'unlock_card', { card: 'credit' });
});

it('lock_card and unlock_card: change the card in the bank, and say so', async () => {
  const debit = () => booksOf(mcp.skill, 'demo').cards.find((c) => c.last4 === '5530')?.locked;
  const locked = await callTool(client, 'lock_card', { card: 'debit' });
  expect(locked.text).toBe('Done. Your debit card ending in 5530 is now locked.');
  expect(locked.structured).toEqual({ cards: [{ kind: 'debit', last4: '5530', locked: true }], changed: true });
  expect(debit()).toBe(true);
  const again = await callTool(client, 'lock_card', { card: 'debit' });
  expect(again.text).toBe('Your debit card ending in 5530 is already locked.');
  expect(again.structured).toBeUndefined();
  expect(await callTool(client, 'unlock_card', { card: 'debit' })).toMatchObject({ text: 'Done. Your debit card ending in 5530 is now unlocked.' });
  expect(debit()).toBe(false);
});

it('check_fraud_alerts and answer_fraud_alert: the customer\'s own answer reports the purchase', async () => {
  const check = await callTool(client, 'check_fraud_alerts');
  expect(spoken(check)).toBe(await voice('SuspiciousActivity'));
  const { alertId, alert } = check.structured as { alertId: string; alert: object };
  expect(alert).toEqual({ merchant: 'ElectroMart Online', amount: { amount: '912.40', currency: 'USD' }, at: expect.stringMatching(/^2026-11-20T/), card: { kind: 'credit', last4: '9012' } });
  const answered = await callTool(client, 'answer_fraud_alert', { alertId, madeByCustomer: false });
  expect(answered.text).toMatch(/^I've locked your credit card ending in 9012 and reported the purchase to your bank as fraud\./);
  expect(answered.structured).toEqual({ outcome: 'reported' });
  expect(booksOf(mcp.skill, 'demo').alerts[0]?.status).toBe('reported-fraud');
  expect(await callTool(client, 'answer_fraud_alert', { alertId, madeByCustomer: true })).toMatchObject({ isError: true });
  expect(await callTool(client, 'check_fraud_alerts')).toEqual({ text: "I don't see any suspicious activity on your cards.", structured: {}, isError: false });
});

it('list_payees: names only, marked as data', async () => {
  const payees = await callTool(client, 'list_payees');
  expect(spoken(payees)).toBe(await voice('ListPayees'));
  expect(payees.structured).toEqual({ payees: ['Anna Schmidt', 'Anna Lee', 'Bob Carter', 'Maria Garcia', 'City Power and Light'] });
});

it('get_transfer_limits: the limits, and what a transfer made here used of today\'s', async () => {
  const before = await callTool(client, 'get_transfer_limits');
  expect(spoken(before)).toBe(await voice('TransferLimits'));
  expect(before.text).toMatch(/up to \$1,000\.00 in one transfer/);
  expect(before.structured).toEqual({
    perTransfer: { amount: '1000.00', currency: 'USD' },
    daily: { amount: '2000.00', currency: 'USD' },
    leftToday: { amount: '2000.00', currency: 'USD' },
    perHour: 5,
    transfersLeftThisHour: 5,
  });
});

it('discreet_mode: amounts leave the words and the structured content alike, on every channel', async () => {
  expect(await callTool(client, 'discreet_mode', { on: true })).toMatchObject({ structured: { on: true } });
  const balances = await callTool(client, 'get_balances');
  expect(balances.text).toBe("I've left the amounts out because discreet mode is on, and sent the details to your bank's app.");
  expect(balances.structured).toEqual({ accounts: [{ kind: 'checking', last4: '4321' }, { kind: 'savings', last4: '8765' }, { kind: 'credit-card', last4: '9012' }] });
  expect(await voice('Balance')).toBe(balances.text);
  const transactions = await callTool(client, 'list_transactions');
  expect(JSON.stringify(transactions)).not.toMatch(/\d+\.\d{2}/);
  const byCategory = await callTool(client, 'get_spending', { period: 'last-month', byCategory: true });
  expect(JSON.stringify(byCategory)).not.toMatch(/\d+\.\d{2}/);
  expect(byCategory.structured).toMatchObject({ categories: [{ category: 'housing', count: expect.any(Number) }, {}, {}] });
  expect(await callTool(client, 'discreet_mode', {})).toMatchObject({ structured: { on: true } });
  expect(await callTool(client, 'discreet_mode', { on: false })).toMatchObject({ structured: { on: false } });
});

it('answers in the language the assistant asks for', async () => {
  const german = await mcp.connect('demo-de', { 'accept-language': 'de-DE,de;q=0.9' });
  const balances = await callTool(german, 'get_balances', { account: 'checking' });
  expect(balances.text.replace(/\s/gu, ' ')).toBe('Auf deinem Girokonto sind 2.310,45 €.');
  expect(balances.structured).toEqual({ accounts: [{ kind: 'checking', last4: '4455', balance: { amount: '2310.45', currency: 'EUR' } }] });
});

it('refuses arguments outside its schema as a tool error the model can correct', async () => {
  const wrong = await callTool(client, 'get_balances', { account: 'piggy-bank' });
  expect(wrong.isError).toBe(true);
  expect(wrong.text).toMatch(/Input validation error/);
});

it('refuses a transfer naming both a payee and an own account, preparing nothing', async () => {
  const both = await callTool(client, 'prepare_transfer', { payee: 'Bob', toAccount: 'savings', amount: '20', fromAccount: 'checking' });
  expect(both).toMatchObject({ isError: true, text: 'Give either payee or toAccount, not both: which one is the money for?' });
  expect(mcp.skill.sandbox.control.calls()['payees.list']).toBeUndefined();
});

it('reads an amount written with leading zeros as the number it is', async () => {
  const padded = await callTool(client, 'prepare_transfer', { payee: 'Bob', amount: '007.50', fromAccount: 'checking' });
  expect(padded.structured).toMatchObject({ status: 'needs-confirmation', readBack: { amount: { amount: '7.50', currency: 'USD' } } });
});
