/** The spending by category: largest first, one currency, payments of no known category in none. */
import type { Transaction } from '../../fulfillment/banks/bank-types';
import type { AccountId, TransactionId } from '../../fulfillment/kit/ids';
import { money, type CurrencyCode } from '../../fulfillment/kit/money';
import { categoryShares } from '../../fulfillment/insights/spending-by-category';

let n = 0;
const paid = (minor: number, category: string | undefined, currency: CurrencyCode = 'USD'): Transaction => ({
  id: `t${(n += 1)}` as TransactionId,
  accountId: 'acc' as AccountId,
  date: '2026-11-03',
  amount: money(-minor, currency),
  description: 'x',
  ...(category ? { category } : {}),
  status: 'booked',
});

describe('categoryShares', () => {
  it('adds each category up and puts the largest first, ignoring payments of no known category', () => {
    const shares = categoryShares([paid(1200, 'dining'), paid(5000, 'groceries'), paid(900, 'dining'), paid(99999, 'lottery'), paid(77777, undefined), paid(2500, 'coffee')]);
    expect(shares.map((s) => [s.category, s.total.minor, s.count])).toEqual([['groceries', 5000, 1], ['coffee', 2500, 1], ['dining', 2100, 2]]);
  });

  it('weighs only the currency most payments are in, never dollars against euros', () => {
    const shares = categoryShares([paid(100, 'coffee'), paid(200, 'coffee'), paid(900000, 'shopping', 'EUR')]);
    expect(shares).toEqual([{ category: 'coffee', total: money(300, 'USD'), count: 2 }]);
  });

  it('has none for no payments', () => {
    expect(categoryShares([])).toEqual([]);
  });
});
