import { isSpending, largestOf, latestSpendingAt, merchantMatches, paymentFact, spendingAsked, totalsOf, transactionsBetween } from './history';
import { LARGEST_WORDS } from './largest-words';
import { BREAKDOWN_WORDS } from './breakdown-words';
import { CATEGORIES_SAID, categoryShares } from './spending-by-category';
import { isoDay } from '../kit/clock';
import { namedPeriod, type Period, type PeriodName } from './period';
import { CATEGORY_WORDS, type CategoryId } from './category-words';
import { heardAsWords, matchWords } from '../pipeline/word-match';
import { linked } from '../pipeline/intent-handler';
import { isCountable, periodOfTurn, periodRefused } from './period-slots';
import { answerAndContinue, ask, withFacts, sayThenAskWhatNext } from '../pipeline/reply-builders';
import { foreign } from '../pipeline/facts';
import { insightsSpeech } from './speech';
import type { SpendingAnswer } from './speech/catalog';
import { lastSentToPayee, sentToPayee } from './sent-to-payee';
import { latestPayment } from './latest-payment';
import { LATEST_WORDS } from './latest-words';
import { SENT_WORDS } from './sent-words';
import { accountNamed } from '../accounts/account-named';
import { accountsSpeech } from '../accounts/speech';
import type { Account, AccountKind, Transaction } from '../banks/bank-types';
import type { LinkedContext, Outcome } from '../pipeline/intent-handler';
import { transfersSent } from './transfers-sent';
import { isHeard } from '../pipeline/turn';

/** The account a spending question names, matched; 'unknown' with what was heard; undefined when none is named. */
export async function accountAsked(
  ctx: LinkedContext,
): Promise<{ readonly kind: 'matched'; readonly id: string; readonly accountKind: Account['kind'] } | { readonly kind: 'unknown'; readonly heard: string; readonly accounts: readonly Account[] } | undefined> {
  if (!isHeard(ctx.turn.slots.account) && !isHeard(ctx.turn.slots.last4)) return undefined;
  const accounts = await ctx.deps.bank.accounts.list(ctx.session);
  if (!accounts.ok) return undefined;
  const match = await accountNamed(ctx, accounts.value);
  if (match.kind === 'unknown') return { kind: 'unknown', heard: match.heard, accounts: accounts.value };
  const [account] = match.kind === 'matched' ? match.accounts : [];
  return account ? { kind: 'matched', id: account.id, accountKind: account.kind } : undefined;
}

/**
 * "What about Trader Joe's" after a question about groceries: words heard as a category that name
 * no category but a shop in the customer's history are that shop, never "I don't know the category".
 */
async function shopForCategory(ctx: LinkedContext): Promise<LinkedContext> {
  const said = ctx.turn.slots.category;
  if (!isHeard(said) || isHeard(ctx.turn.slots.merchant) || matchWords(said, CATEGORY_WORDS[ctx.turn.locale]).kind !== 'unknown') return ctx;
  const history = await transactionsBetween(ctx, undefined, undefined);
  const shop = heardAsWords(said.value);
  if (!history.ok || !history.value.some((t) => isSpending(t) && merchantMatches(t, shop))) return ctx;
  const { category: _category, ...slots } = ctx.turn.slots;
  return { ...ctx, turn: { ...ctx.turn, slots: { ...slots, merchant: said } } };
}

/**
 * "At the Co-op", "at the bakery": words Alexa put in the open slot for "last" or "biggest" that
 * are neither. They name what was asked about, as a shop: the answer says what was spent there
 * (nothing, perhaps), never all the spending as if they had not been said.
 */
function shopInOtherSlot(ctx: LinkedContext): LinkedContext {
  const { slots, locale } = ctx.turn;
  if (isHeard(slots.merchant)) return ctx;
  const latest = isHeard(slots.latest) && matchWords(slots.latest, LATEST_WORDS[locale]).kind === 'unknown' ? slots.latest : undefined;
  const largest = isHeard(slots.largest) && matchWords(slots.largest, LARGEST_WORDS[locale]).kind === 'unknown' ? slots.largest : undefined;
  const said = latest ?? largest;
  if (!said) return ctx;
  const moved = latest ? 'latest' : 'largest';
  const rest = Object.fromEntries(Object.entries(slots).filter(([name]) => name !== moved));
  return { ...ctx, turn: { ...ctx.turn, slots: { ...rest, merchant: said } } };
}

/** What a spending answer says: the totals and count of the payments, with what narrowed them. */
export function spendingAnswerOf(
  spent: readonly Transaction[],
  period: PeriodName,
  by: { readonly merchantName?: string | undefined; readonly category?: CategoryId | undefined; readonly without?: CategoryId | undefined; readonly account?: AccountKind | undefined },
): SpendingAnswer {
  return {
    totals: totalsOf(spent),
    count: spent.length,
    period,
    ...(by.merchantName ? { merchant: by.merchantName } : {}),
    ...(by.category ? { category: by.category } : {}),
    ...(by.without ? { without: by.without } : {}),
    ...(by.account ? { account: by.account } : {}),
  };
}

/** What was sent to anyone in a period: its total and how many transfers. */
async function sentInAll(ctx: LinkedContext, period: Period): Promise<Outcome> {
  const history = await transactionsBetween(ctx, period.from, period.to);
  if (!history.ok) return history;
  const sent = await transfersSent(ctx, history.value);
  return answerAndContinue(ctx, insightsSpeech(ctx.turn.locale).sentInAll({ period: period.name, totals: totalsOf(sent), count: sent.length }));
}

/**
 * "How much did I spend at Starbucks last month", "on groceries this week", "yesterday":
 * money going out, by merchant, category and period (this month when none is named); "how much
 * did I send to Bob" is what went to that payee; "what was my biggest purchase" its largest payment.
 */
export const spendingHandler = linked(async (question) => {
  const heardPeriod = periodOfTurn(question);
  if (!isCountable(heardPeriod)) return periodRefused(question, heardPeriod);
  const ctx = shopInOtherSlot(await shopForCategory(question));
  const category = matchWords(ctx.turn.slots.category, CATEGORY_WORDS[ctx.turn.locale]);
  if (category.kind === 'unknown') return sayThenAskWhatNext(ctx, insightsSpeech(ctx.turn.locale).unknownCategory(category.heard));
  // "Excluding rent", "ohne Miete": all spending but that category (a category asked about as well wins).
  const leftOut = category.kind === 'matched' ? undefined : matchWords(ctx.turn.slots.notCategory, CATEGORY_WORDS[ctx.turn.locale]);
  if (leftOut?.kind === 'unknown') return sayThenAskWhatNext(ctx, insightsSpeech(ctx.turn.locale).unknownCategory(leftOut.heard));
  const without = leftOut?.kind === 'matched' ? leftOut.id : undefined;
  // "When was I last at Starbucks": the most recent payment, in all the history the bank keeps
  // unless a period is named.
  const askedLatest = matchWords(ctx.turn.slots.latest, LATEST_WORDS[ctx.turn.locale]).kind === 'matched';
  const period = heardPeriod ?? namedPeriod('this-month', ctx.deps.clock.now(), ctx.turn.locale);
  // "How much did I send to Bob": transfers to a payee, which spending leaves out.
  const payee = ctx.turn.slots.payee?.value.trim();
  if (payee) return askedLatest ? lastSentToPayee(ctx, payee, heardPeriod) : sentToPayee(ctx, payee, period);
  // "How much have I sent today?": the money sent to anyone, which spending leaves out. Only the
  // words for it: Alexa fills an open slot with whatever stands there ("fürs" of "fürs Tanken").
  if (matchWords(ctx.turn.slots.sent, SENT_WORDS[ctx.turn.locale]).kind === 'matched') return sentInAll(ctx, period);
  // "On my credit card": the spending of that account alone.
  const account = await accountAsked(ctx);
  if (account?.kind === 'unknown') return ask(accountsSpeech(ctx.turn.locale).noSuchAccount(account.heard, account.accounts), ctx.speech.whatNext());
  if (askedLatest) return latestPayment(ctx, heardPeriod, category.kind === 'matched' ? category.id : undefined, account?.id);
  const history = await transactionsBetween(ctx, period.from, period.to);
  if (!history.ok) return history;
  const onAccount = account ? history.value.filter((t) => t.accountId === account.id) : history.value;
  const { spent, merchantName } = spendingAsked(ctx, onAccount, category.kind === 'matched' ? category.id : undefined, without);
  const totals = totalsOf(spent);
  // "What was my biggest purchase last month": the largest single payment of that spending.
  const askedLargest = matchWords(ctx.turn.slots.largest, LARGEST_WORDS[ctx.turn.locale]).kind === 'matched';
  const largest = askedLargest ? largestOf(spent) : undefined;
  const facts = {
    kind: 'spending' as const,
    span: { from: period.from, to: period.to },
    ...(totals.length > 0 ? { totals } : {}),
    count: spent.length,
    ...(merchantName ? { merchant: foreign(merchantName) } : {}),
    ...(category.kind === 'matched' ? { category: category.id } : {}),
    ...(largest ? { largest: paymentFact(largest) } : {}),
  };
  const asked = spendingAnswerOf(spent, period.name, { merchantName, category: category.kind === 'matched' ? category.id : undefined, without, account: account?.accountKind });
  const speech = insightsSpeech(ctx.turn.locale);
  const today = isoDay(ctx.deps.clock.now());
  // "What did I spend the most on": the categories, largest first; about one category or shop, its total as ever.
  const askedBreakdown = matchWords(ctx.turn.slots.breakdown, BREAKDOWN_WORDS[ctx.turn.locale]).kind === 'matched' && !asked.category && !asked.merchant;
  if (askedBreakdown && !askedLargest) {
    const shares = categoryShares(spent).slice(0, CATEGORIES_SAID);
    return withFacts(answerAndContinue(ctx, speech.spendingByCategory(asked, shares)), { ...facts, categories: shares });
  }
  // "How much do I pay for Netflix?" with nothing there this month, no month named: the last
  // payment there, from all the history the bank keeps, so a monthly charge not due yet is found.
  const earlier = !askedLargest && spent.length === 0 && merchantName && !heardPeriod && !account && category.kind !== 'matched' ? await latestSpendingAt(ctx, merchantName) : undefined;
  if (earlier) {
    // The shop as the bank writes it ("Target", where Alexa hears "target").
    const at = { merchant: earlier.merchant ?? merchantName };
    const told = (quiet: boolean) => `${speech.spending({ ...asked, ...at })} ${speech.latestPayment(at, earlier, today, quiet)}`;
    return withFacts(answerAndContinue(ctx, told(false)), { ...facts, latest: paymentFact(earlier) }, { said: told(false), instead: told(true), history: true });
  }
  if (!askedLargest) return withFacts(answerAndContinue(ctx, speech.spending(asked)), facts);
  const said = speech.largestPayment(asked, largest, today);
  return withFacts(answerAndContinue(ctx, said), facts, { said, instead: speech.largestPayment(asked, largest, today, true), history: true });
});
