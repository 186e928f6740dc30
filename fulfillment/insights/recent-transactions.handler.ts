import type { AccountKind } from '../banks/bank-types';
import type { AccountId } from '../kit/ids';
import { isoDay } from '../kit/clock';
import { err } from '../kit/result';
import { accountNamed } from '../accounts/account-named';
import { linked, open, type LinkedContext, type Outcome } from '../pipeline/intent-handler';
import { answerAndContinue, ask, askAfter, withFacts } from '../pipeline/reply-builders';
import type { Transaction } from '../banks/bank-types';
import { isHeard, type SlotValue } from '../pipeline/turn';
import { matchWords } from '../pipeline/word-match';
import { DIRECTION_WORDS, type Direction } from './direction-words';
import { pendingTransactions } from './pending';
import { foreign, type Facts } from '../pipeline/facts';
import { accountsSpeech } from '../accounts/speech';
import { insightsSpeech } from './speech';
import type { Awaiting } from '../pipeline/awaiting';
import { transactionsBetween } from './history';
import { transfersSent } from './transfers-sent';
import { spendingListed, spendingTotalAsked } from './spending-listed';
import { isDiscreet } from '../discreet/discreet-mode';
import { isCountable, periodOfTurn, periodRefused } from './period-slots';
import type { Period, PeriodName } from './period';

/** How many transactions are read per page: few enough to follow by ear. */
export const TRANSACTIONS_PER_PAGE = 3;

/** The most read at once when the customer asks for a number ("my last twenty"); more are offered after. */
export const MOST_AT_ONCE = 10;

/** "My last five transactions": the number asked for, at most MOST_AT_ONCE; otherwise a page. */
export function transactionsAskedFor(count: SlotValue | undefined): number {
  const n = countSaid(count);
  return n >= 1 ? Math.min(n, MOST_AT_ONCE) : TRANSACTIONS_PER_PAGE;
}

/** The days a list is narrowed to, inclusive ISO dates, as the bank's query takes them. */
interface Span {
  readonly from?: string;
  readonly to?: string;
}

/** Where a page starts: an account's first page (of a period, when one was asked about), or the bank's cursor of a later one. */
type PageStart = { readonly start: AccountKind; readonly period?: Period } | { readonly cursor: string; readonly span?: Span };

const spanOf = (p: Span): Span => ({ ...(p.from ? { from: p.from } : {}), ...(p.to ? { to: p.to } : {}) });

/**
 * Reads one page of an account's transactions and, when there are more, asks whether to go
 * on, keeping the bank's cursor (and the period asked about) in the conversation (the
 * StateStore), never in the platform.
 */
export async function readTransactionPage(ctx: LinkedContext, accountId: AccountId, from: PageStart, limit: number = TRANSACTIONS_PER_PAGE): Promise<Outcome> {
  const cursor = 'cursor' in from ? from.cursor : undefined;
  const period = 'start' in from ? from.period : undefined;
  const span = period ? spanOf(period) : 'span' in from && from.span ? spanOf(from.span) : {};
  const transactions = ctx.deps.bank.transactions;
  if (!transactions) return err({ kind: 'unsupported' });
  const page = await transactions.list(ctx.session, { accountId, limit, ...span, ...(cursor ? { cursor } : {}) });
  if (!page.ok) return page;
  const t = insightsSpeech(ctx.turn.locale);
  const items = page.value.transactions;
  const account = 'start' in from ? from.start : undefined;
  if (items.length === 0) return answerAndContinue(ctx, cursor ? t.noMoreTransactions() : period ? t.noTransactionsIn(period.name, account) : t.noTransactions());
  const today = isoDay(ctx.deps.clock.now());
  const list = (quiet?: boolean) => (period ? t.transactionsIn(period.name, account, items, today, quiet) : t.recentTransactions(account, items, today, quiet));
  const next = page.value.nextCursor;
  return pageRead(ctx, list, pageFacts(account, items, Boolean(next)), next ? { kind: 'more-transactions', accountId, cursor: next, ...span } : undefined);
}

/**
 * A page read out: with the question for more when `more` says where it goes on, else with
 * "that's all". `list` says the page, with amounts or (quiet, for discreet mode) how many were
 * found; in discreet mode that is the whole answer, and no page follows.
 */
async function pageRead(ctx: LinkedContext, list: (quiet?: boolean) => string, facts: Facts, more: Extract<Awaiting, { kind: 'more-transactions' }> | undefined): Promise<Outcome> {
  const t = insightsSpeech(ctx.turn.locale);
  const quietly = { said: list(), instead: list(true), history: true as const };
  if (await isDiscreet(ctx.deps.store, ctx.session.customer.id)) return withFacts(answerAndContinue(ctx, quietly.said), facts, quietly);
  if (!more) return withFacts(answerAndContinue(ctx, `${quietly.said} ${t.noMoreTransactions()}`), facts, quietly);
  ctx.conversation.awaiting = more;
  return withFacts(ask(`${quietly.said} ${t.moreQuestion()}`, t.moreQuestion()), facts, quietly);
}

/**
 * What a list is narrowed to: the money sent, or (`direction`) only the money that went out of
 * (or came into) the account given, or every account.
 */
export interface Narrowed {
  readonly sent?: boolean;
  readonly direction?: Direction;
  readonly accountId?: AccountId;
}

/**
 * Reads one page of every account's transactions in a period ("what did I buy yesterday?" names
 * no account, and the purchase may be on any card), newest first, from a place in that list;
 * narrowed, of the one account named. The place of the next page is kept as the cursor, with the
 * period and what the list is narrowed to.
 */
export async function readPeriodPage(ctx: LinkedContext, period: Span & { readonly name?: PeriodName }, offset: number, limit: number = TRANSACTIONS_PER_PAGE, only: Narrowed = {}): Promise<Outcome> {
  const { sent = false, direction } = only;
  const accounts = only.accountId ? await ctx.deps.bank.accounts.list(ctx.session) : undefined;
  if (accounts && !accounts.ok) return accounts;
  const account = accounts?.value.find((a) => a.id === only.accountId);
  const history = await transactionsBetween(ctx, period.from, period.to, account ? [account] : undefined);
  if (!history.ok) return history;
  const listed = sent ? await transfersSent(ctx, history.value) : direction ? history.value.filter((tx) => (direction === 'out' ? tx.amount.minor < 0 : tx.amount.minor > 0)) : history.value;
  const t = insightsSpeech(ctx.turn.locale);
  const items = listed.slice(offset, offset + limit);
  const first = offset === 0;
  const named = period.name;
  if (items.length === 0 && direction && first) return answerAndContinue(ctx, t.nothingMoved(direction, named, account?.kind));
  if (items.length === 0) return answerAndContinue(ctx, sent && first ? t.noTransfersSent(named) : named ? t.noTransactionsIn(named, undefined) : t.noMoreTransactions());
  const today = isoDay(ctx.deps.clock.now());
  // Quiet (discreet mode): how many there are in all, never the page.
  const list = (quiet?: boolean) => {
    const said = quiet ? listed : items;
    return direction && first
      ? t.movedList(direction, named, account?.kind, said, today, quiet)
      : sent && first
        ? t.transfersSent(named, said, today, quiet)
        : named
          ? t.transactionsIn(named, account?.kind, said, today, quiet)
          : t.recentTransactions(undefined, said, today, quiet);
  };
  const next = offset + limit;
  const more = next < listed.length;
  const kept = { ...(sent ? { sent: true } : {}), ...(direction ? { direction } : {}), ...(account ? { accountId: account.id } : {}) };
  return pageRead(ctx, list, pageFacts(undefined, items, more), more ? { kind: 'more-transactions', cursor: String(next), ...spanOf(period), ...kept } : undefined);
}

/** A page of transactions as facts: what each item's words say. */
function pageFacts(account: AccountKind | undefined, items: readonly Transaction[], more: boolean): Facts {
  const transactions = items.map((t) => ({ date: t.date, amount: t.amount, text: foreign(t.merchant ?? t.description), pending: t.status === 'pending' }));
  return { kind: 'transactions', ...(account ? { account } : {}), transactions, more };
}

/**
 * "What were my last (five) transactions", on a named account or else the checking account; in
 * a period ("from last week", "yesterday"), those of that period, on the account named or else
 * on every account; "any pending transactions?", what is pending (pending.ts); "what transfers
 * did I make?", the money sent from every account.
 */
export const recentTransactionsHandler = linked(async (ctx) => {
  const read = await recentTransactions(ctx);
  // "My last twenty transactions": the customer hears that ten are read at once before the ten.
  return countSaid(ctx.turn.slots.count) > MOST_AT_ONCE ? askAfter(insightsSpeech(ctx.turn.locale).mostAtOnce(MOST_AT_ONCE), read) : read;
});

/** The number of transactions said ("my last twenty"), or 0 when none was. */
function countSaid(count: SlotValue | undefined): number {
  const said = count?.value.trim() ?? '';
  return /^\d{1,4}(?:\.0+)?$/.test(said) ? Number.parseInt(said, 10) : 0;
}

/** The list asked for: pending, sent, in a period or the latest, on the account named or every one. */
async function recentTransactions(ctx: LinkedContext): Promise<Outcome> {
  if (!ctx.deps.bank.transactions) return err({ kind: 'unsupported' });
  const period = periodOfTurn(ctx);
  if (!isCountable(period)) return periodRefused(ctx, period);
  const accounts = await ctx.deps.bank.accounts.list(ctx.session);
  if (!accounts.ok) return accounts;
  const match = await accountNamed(ctx, accounts.value);
  if (match.kind === 'unknown') return ask(accountsSpeech(ctx.turn.locale).noSuchAccount(match.heard, accounts.value));
  if (isHeard(ctx.turn.slots.pending)) return pendingTransactions(ctx, match.kind === 'matched' ? match.accounts : accounts.value, match.kind === 'matched' ? match.accountKind : undefined);
  const limit = transactionsAskedFor(ctx.turn.slots.count);
  // "What transfers did I make this week?": what was sent from any account, in the period or lately.
  if (isHeard(ctx.turn.slots.sent)) return readPeriodPage(ctx, period ?? {}, 0, limit, { sent: true });
  // "What went out of my savings?": only the money that left it (or every account), never what came in.
  const direction = matchWords(ctx.turn.slots.direction, DIRECTION_WORDS[ctx.turn.locale]);
  if (direction.kind === 'matched') return readPeriodPage(ctx, period ?? {}, 0, limit, { direction: direction.id, ...(match.kind === 'matched' && match.accounts[0] ? { accountId: match.accounts[0].id } : {}) });
  if (period && match.kind !== 'matched') return readPeriodPage(ctx, period, 0, limit);
  const account = match.kind === 'matched' ? match.accounts[0] : accounts.value.find((a) => a.kind === 'checking') ?? accounts.value[0];
  // In discreet mode a period on one account is counted in all, as the bank's pages cannot say how many there are.
  if (period && account && (await isDiscreet(ctx.deps.store, ctx.session.customer.id))) return readPeriodPage(ctx, period, 0, limit, { accountId: account.id });
  if (!account) return answerAndContinue(ctx, accountsSpeech(ctx.turn.locale).noAccounts());
  return readTransactionPage(ctx, account.id, { start: account.kind, ...(period ? { period } : {}) }, limit);
}

/**
 * "More" when nothing is being read: after a spending total ("list them", "which ones?") the
 * payments behind it; else say there is nothing, and ask what else. Paging itself is the
 * more-transactions flow.
 */
export const moreHandler = open(async (ctx) => {
  const last = ctx.conversation.lastQuestion;
  if (ctx.session && spendingTotalAsked(last)) return spendingListed({ ...ctx, session: ctx.session }, last);
  return answerAndContinue(ctx, insightsSpeech(ctx.turn.locale).nothingMoreToRead());
});
