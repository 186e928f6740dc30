/** Reads the customer's transactions from the bank, every page, and sums them. */
import type { BankError } from '../banks/bank-error';
import type { Account, Transaction } from '../banks/bank-types';
import type { LinkedContext } from '../pipeline/intent-handler';
import { isHeard, type SlotValue } from '../pipeline/turn';
import { absolute, compare, sum, type CurrencyCode, type Money } from '../kit/money';
import { err, ok, type Result } from '../kit/result';
import { heardAsWords, normaliseHeard } from '../pipeline/word-match';
import { foreign, type ForeignText } from '../pipeline/facts';
import { compareCodeUnits } from '../kit/compare';

/** The most pages read per account: a guard against a bank whose cursor never ends. */
const MAX_PAGES = 50;
/** The page size asked of the bank. */
const PAGE_SIZE = 100;

/**
 * Every transaction on every account of the customer between two ISO dates (inclusive), or on
 * the accounts given, which a caller that listed them already passes rather than list them again.
 */
export async function transactionsBetween(ctx: LinkedContext, from: string | undefined, to: string | undefined, of?: readonly Account[]): Promise<Result<Transaction[], BankError>> {
  const transactions = ctx.deps.bank.transactions;
  if (!transactions) return err({ kind: 'unsupported' });
  const accounts = of ? ok(of) : await ctx.deps.bank.accounts.list(ctx.session);
  if (!accounts.ok) return accounts;
  const found: Transaction[] = [];
  for (const account of accounts.value) {
    let cursor: string | undefined;
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const listed = await transactions.list(ctx.session, {
        accountId: account.id,
        limit: PAGE_SIZE,
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        ...(cursor ? { cursor } : {}),
      });
      if (!listed.ok) return listed;
      found.push(...listed.value.transactions);
      cursor = listed.value.nextCursor;
      if (!cursor) break;
    }
  }
  return ok(found.sort((a, b) => compareCodeUnits(b.date, a.date)));
}

/** Money spent: going out, and not moved between the customer's own accounts or to savings. */
export function isSpending(t: Transaction): boolean {
  return t.amount.minor < 0 && t.category !== 'transfers';
}

/** Money earned: coming in as income, or coming in uncategorised. */
export function isIncome(t: Transaction): boolean {
  return t.amount.minor > 0 && (t.category === 'income' || t.category === undefined);
}

/** A shop's name, or the words said for it, as the two are compared: normalised, without spaces, apostrophes or dashes. */
export const shopKey = (text: string) => normaliseHeard(text).replace(/[\s'-]/g, '');

/** A word without a German inflection ("deutschen" -> "deutsch"), as shop names are compared when their keys differ. */
const uninflected = (word: string) => (word.length > 4 ? word.replace(/(?:en|em|er|es|e|n)$/u, '') : word);
const uninflectedKey = (text: string) => normaliseHeard(text).split(' ').map(uninflected).join('').replace(/['-]/g, '');

/** Whether a transaction's merchant is the one the customer named ("starbucks", "trader joes", "der Deutschen Bahn"). */
export function merchantMatches(t: Transaction, heard: string): boolean {
  const wanted = shopKey(heard);
  const name = t.merchant ?? t.description;
  if (wanted.length === 0) return false;
  return shopKey(name).includes(wanted) || uninflectedKey(name).includes(uninflectedKey(heard));
}

/** The total size of some transactions, one amount per currency, in the order first seen. */
export function totalsOf(transactions: readonly Transaction[]): Money[] {
  const currencies = [...new Set(transactions.map((t) => t.amount.currency))] as CurrencyCode[];
  return currencies.map((c) => sum(transactions.filter((t) => t.amount.currency === c).map((t) => absolute(t.amount)), c));
}

/** The currency most of some payments are in (the first met of those tied); undefined for none. */
export function mainCurrency(payments: readonly Transaction[]): CurrencyCode | undefined {
  const counts = new Map<CurrencyCode, number>();
  for (const t of payments) counts.set(t.amount.currency, (counts.get(t.amount.currency) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * The largest single payment among some: in the currency most of them are in, so that amounts
 * in two currencies are never weighed against each other. Undefined when there are none.
 */
export function largestOf(payments: readonly Transaction[]): Transaction | undefined {
  const currency = mainCurrency(payments);
  const inCurrency = payments.filter((t) => t.amount.currency === currency);
  return inCurrency.reduce<Transaction | undefined>((big, t) => (!big || compare(absolute(t.amount), absolute(big.amount)) > 0 ? t : big), undefined);
}

/** Money that went out to a payee: found by the payee's name in each transaction's counterparty or description. */
export function sentTo(transactions: readonly Transaction[], payeeName: string): Transaction[] {
  return transactions.filter((t) => t.amount.minor < 0 && merchantMatches(t, payeeName));
}

/**
 * The spending a question asks about, in the order the history has it: narrowed to a category
 * and to the merchant heard, with that merchant's name as the bank writes it; without the
 * category left out ("excluding rent").
 */
export function spendingAsked(ctx: LinkedContext, history: readonly Transaction[], category: string | undefined, without?: string): { spent: Transaction[]; merchantName?: string } {
  const merchant = shopNamed(ctx.turn.slots.merchant);
  const spent = history.filter((t) => isSpending(t) && (!category || t.category === category) && (!without || t.category !== without) && (!merchant || merchantMatches(t, merchant)));
  const merchantName = merchant ? spent.find((t) => t.merchant)?.merchant ?? merchant : undefined;
  return merchantName ? { spent, merchantName } : { spent };
}

/** One payment picked out of some spending (the largest, the most recent), as a reply's facts hold it. */
export function paymentFact(t: Transaction): { readonly date: string; readonly amount: Money; readonly merchant?: ForeignText } {
  return { date: t.date, amount: absolute(t.amount), ...(t.merchant ? { merchant: foreign(t.merchant) } : {}) };
}

/** The shop a slot names, as words to match and say back; undefined when it names none. */
export function shopNamed(said: SlotValue | undefined): string | undefined {
  return isHeard(said) ? heardAsWords(said.value) : undefined;
}

/** The latest payment at a shop in all the history the bank keeps; undefined when there is none or the bank did not answer. */
export async function latestSpendingAt(ctx: LinkedContext, shop: string): Promise<Transaction | undefined> {
  const history = await transactionsBetween(ctx, undefined, undefined);
  // The history comes newest first.
  return history.ok ? history.value.find((t) => isSpending(t) && merchantMatches(t, shop)) : undefined;
}
