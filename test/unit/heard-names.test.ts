/** Names heard in a slot: a wish for privacy, a shop as the bank writes it, an account by its own name. */
import { asksForPrivacy } from '../../fulfillment/discreet/privately-words';
import { merchantMatches } from '../../fulfillment/insights/history';
import { matchAccount } from '../../fulfillment/accounts/account-match';
import type { Account, Transaction } from '../../fulfillment/banks/bank-types';

describe('a wish for privacy in passing', () => {
  it.each([
    ['sei diskret', 'de-DE'],
    ['jemand hört mit', 'de-DE'],
    ['keep it quite', 'en-US'],
    ['people are listening', 'en-GB'],
  ] as const)('"%s" asks for it', (value, locale) => {
    expect(asksForPrivacy({ value }, locale)).toBe(true);
  });

  it.each([
    ['einer Woche', 'de-DE'],
    ['keine Ahnung', 'de-DE'],
    ['from last tuesday', 'en-US'],
    ['there', 'en-GB'],
  ] as const)('"%s" does not', (value, locale) => {
    expect(asksForPrivacy({ value }, locale)).toBe(false);
  });

  it('takes any value the platform resolved', () => {
    expect(asksForPrivacy({ value: 'quite', id: 'on' }, 'en-US')).toBe(true);
    expect(asksForPrivacy({ value: 'on' }, 'de-DE')).toBe(true);
  });
});

describe('a shop named with an inflection', () => {
  const at = (merchant: string) => ({ merchant }) as unknown as Transaction;
  it('"der Deutschen Bahn" is Deutsche Bahn, and not Aral', () => {
    expect(merchantMatches(at('Deutsche Bahn'), 'Deutschen Bahn')).toBe(true);
    expect(merchantMatches(at('Aral'), 'Deutschen Bahn')).toBe(false);
  });
  it('"trader joes" is Trader Joe\'s', () => {
    expect(merchantMatches(at("Trader Joe's"), 'trader joes')).toBe(true);
  });
});

describe('an account by the name the bank shows', () => {
  const accounts = [
    { id: 'a', kind: 'checking', name: 'Everyday Checking', last4: '4321' },
    { id: 'b', kind: 'savings', name: 'High-Yield Savings', last4: '8765' },
  ] as unknown as Account[];
  it('"the high yield one" is the savings account', () => {
    expect(matchAccount({ value: 'the high yield one' }, accounts, 'en-US')).toMatchObject({ kind: 'matched', accounts: [{ id: 'b' }] });
  });
  it('words in no account\'s name are unknown', () => {
    expect(matchAccount({ value: 'the blue one' }, accounts, 'en-US')).toMatchObject({ kind: 'unknown' });
  });
});
