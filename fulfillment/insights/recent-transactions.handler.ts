import type { AccountKind } from '../banks/bank-types';
import type { AccountId } from '../kit/ids';
import { isoDay } from '../kit/clock';
import { err } from '../kit/result';
import { matchAccount } from '../accounts/account-match';
import { linked, open, type LinkedContext, type Outcome } from '../pipeline/intent-handler';
import { answerAndContinue, ask, withFacts } from '../pipeline/reply-builders';
import type { Transaction } from '../banks/bank-types';
import type { SlotValue } from '../pipeline/turn';
import { foreign, type Facts } from '../pipeline/facts';
import { accountsSpeech } from '../accounts/speech';
import { insightsSpeech } from './speech';

/** How many transactions are read per page: few enough to follow by ear. */
export const TRANSACTIONS_PER_PAGE = 3;

/** The most read at once when the customer asks for a number ("my last twenty"); more are offered after. */
export const MOST_AT_ONCE = 10;

/** "My last five transactions": the number asked for, at most MOST_AT_ONCE; otherwise a page. */
export function transactionsAskedFor(count: SlotValue | undefined): number {
  const said = count?.value.trim() ?? '';
  if (!/^\d{1,4}(?:\.0+)?$/.test(said)) return TRANSACTIONS_PER_PAGE;
  const n = Number.parseInt(said, 10);
  return n >= 1 ? Math.min(n, MOST_AT_ONCE) : TRANSACTIONS_PER_PAGE;
}

/**
 * Reads one page of an account's transactions and, when there are more, asks whether to go
 * on, keeping the bank's cursor in the conversation (the StateStore), never in the platform.
 */
export async function readTransactionPage(
  ctx: LinkedContext,
  accountId: AccountId,
  from: { readonly start: AccountKind } | { readonly cursor: string },
  limit: number = TRANSACTIONS_PER_PAGE,
): Promise<Outcome> {
  const cursor = 'cursor' in from ? from.cursor : undefined;
  const transactions = ctx.deps.bank.transactions;
  if (!transactions) return err({ kind: 'unsupported' });
  const page = await transactions.list(ctx.session, { accountId, limit, ...(cursor ? { cursor } : {}) });
  if (!page.ok) return page;
  const items = page.value.transactions;
  if (items.length === 0) return answerAndContinue(ctx, cursor ? insightsSpeech(ctx.turn.locale).noMoreTransactions() : insightsSpeech(ctx.turn.locale).noTransactions());
  const account = 'start' in from ? from.start : undefined;
  const list = insightsSpeech(ctx.turn.locale).recentTransactions(account, items, isoDay(ctx.deps.clock.now()));
  const next = page.value.nextCursor;
  if (!next) return withFacts(answerAndContinue(ctx, `${list} ${insightsSpeech(ctx.turn.locale).noMoreTransactions()}`), pageFacts(account, items, false));
  ctx.conversation.awaiting = { kind: 'more-transactions', accountId, cursor: next };
  return withFacts(ask(`${list} ${insightsSpeech(ctx.turn.locale).moreQuestion()}`, insightsSpeech(ctx.turn.locale).moreQuestion()), pageFacts(account, items, true));
}

/** A page of transactions as facts: what each item's words say. */
function pageFacts(account: AccountKind | undefined, items: readonly Transaction[], more: boolean): Facts {
  const transactions = items.map((t) => ({ date: t.date, amount: t.amount, text: foreign(t.merchant ?? t.description), pending: t.status === 'pending' }));
  return { kind: 'transactions', ...(account ? { account } : {}), transactions, more };
}

/** "What were my last (five) transactions", on a named account or else the checking account. */
export const recentTransactionsHandler = linked(async (ctx) => {
  if (!ctx.deps.bank.transactions) return err({ kind: 'unsupported' });
  const accounts = await ctx.deps.bank.accounts.list(ctx.session);
  if (!accounts.ok) return accounts;
  const match = matchAccount(ctx.turn.slots.account, accounts.value, ctx.turn.locale);
  if (match.kind === 'unknown') return ask(accountsSpeech(ctx.turn.locale).noSuchAccount(match.heard, accounts.value));
  const account = match.kind === 'matched' ? match.accounts[0] : accounts.value.find((a) => a.kind === 'checking') ?? accounts.value[0];
  if (!account) return answerAndContinue(ctx, accountsSpeech(ctx.turn.locale).noAccounts());
  return readTransactionPage(ctx, account.id, { start: account.kind }, transactionsAskedFor(ctx.turn.slots.count));
});

/** "More" when nothing is being read: say so. Paging itself is the more-transactions flow. */
export const moreHandler = open(async (ctx) => ask(insightsSpeech(ctx.turn.locale).nothingMoreToRead(), ctx.speech.whatNext()));
