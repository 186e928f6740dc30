/**
 * Text the bank's records hold that someone else wrote (a description, a merchant) is spoken as
 * it is, except for anything shaped like an IBAN or an account or card number: a bank record
 * may hold one, and the skill never says more of a number than its last four digits.
 */
import { accountId, transactionId } from '../../fulfillment/kit/ids';
import { money } from '../../fulfillment/kit/money';
import { startSkill } from '../support/harness';
import { booksOf, speaker } from '../support/speaker';

describe.each(['alexa', 'dialogflow', 'dialogflow-cx'] as const)('on %s', (platform) => {
  it.each([
    ['demo', 'en-US', 'a withheld number'],
    ['demo-de', 'de-DE', 'eine ausgeblendete Nummer'],
  ] as const)('withholds an IBAN and a card number in a transaction read to %s', async (token, locale, withheld) => {
    const skill = startSkill();
    const books = booksOf(skill, token);
    const checking = books.accounts.find((a) => a.kind === 'checking');
    if (!checking) throw new Error('the demo customer has a checking account');
    books.transactions.unshift({
      id: transactionId('tx-rent'),
      accountId: accountId(checking.id),
      date: '2026-11-20',
      amount: money(-95000, books.currency),
      description: 'Rent DE89 3704 0044 0532 0130 00 card 4111 1111 1111 1111',
      category: 'housing',
      status: 'booked',
    });
    const said = await speaker(skill, platform, { token, locale })('RecentTransactions');
    expect(said.text).toContain(`Rent ${withheld} card ${withheld}`);
    expect(said.text).not.toMatch(/3704|4111/);
  });
});
