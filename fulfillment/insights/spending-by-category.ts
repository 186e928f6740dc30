/**
 * "What did I spend the most on last month", "wofür habe ich am meisten ausgegeben": the
 * spending of a period by category, largest first, in the currency most payments are in (two
 * currencies are never weighed against each other).
 */
import type { Transaction } from '../banks/bank-types';
import { absolute, compare, sum, type Money } from '../kit/money';
import { CATEGORY_IDS, type CategoryId } from './category-words';
import { mainCurrency } from './history';

/** One category's part of the spending: its total and how many payments made it. */
export interface CategoryShare {
  readonly category: CategoryId;
  readonly total: Money;
  readonly count: number;
}

/** How many categories an answer names: the largest, and two after it. */
export const CATEGORIES_SAID = 3;

/** The categories of some payments, largest total first (ties in the categories' own order); payments of no known category count in none. */
export function categoryShares(spent: readonly Transaction[]): CategoryShare[] {
  const currency = mainCurrency(spent);
  if (!currency) return [];
  return CATEGORY_IDS.map((category) => {
    const inCategory = spent.filter((t) => t.category === category && t.amount.currency === currency);
    return { category, total: sum(inCategory.map((t) => absolute(t.amount)), currency), count: inCategory.length };
  })
    .filter((share) => share.count > 0)
    .sort((a, b) => compare(b.total, a.total));
}
