/**
 * Payments found by a charge question, read a few at a time: the first few with how many there
 * are, then "would you like to hear more?" while more are left. Only the ids of the payments found
 * are kept for the next page, in the conversation (the StateStore), never their amounts.
 */
import type { Account, Transaction } from '../banks/bank-types';
import { isoDay } from '../kit/clock';
import { transactionId, type TransactionId } from '../kit/ids';
import type { LinkedContext, Outcome } from '../pipeline/intent-handler';
import { answerAndContinue, ask, withFacts } from '../pipeline/reply-builders';
import { foreign, type Facts } from '../pipeline/facts';
import { transactionsBetween } from './history';
import type { FoundCharge } from './speech/catalog';
import { insightsSpeech } from './speech';
import { isDiscreet } from '../discreet/discreet-mode';

/** How many payments are read at once: few enough to follow by ear. */
export const CHARGES_AT_ONCE = 3;

/** The most payments kept for "more": a bound on what the conversation holds. */
const MOST_KEPT = 30;

/** What the first page says: the words with amounts, and (quiet) without. */
type Said = (page: readonly FoundCharge[], quiet: boolean) => string;

/**
 * Reads the payments of `found` from `offset` on, said by `say`, and asks for more while any are
 * left: the ids of those found are kept, as the cursor is, for the next page. In discreet mode
 * only how many were found is said, so there is no next page to offer.
 */
export async function readCharges(ctx: LinkedContext, found: readonly Transaction[], accounts: readonly Account[], offset: number, say: Said): Promise<Outcome> {
  const kinds = new Map(accounts.map((a) => [a.id, a.kind]));
  const kept = found.slice(0, MOST_KEPT);
  const page = kept.slice(offset, offset + CHARGES_AT_ONCE).map((tx) => ({ tx, account: kinds.get(tx.accountId) }));
  // None found names only what the customer said: no history to leave out.
  const quietly = { said: say(page, false), instead: say(page, true), ...(page.length > 0 ? { history: true as const } : {}) };
  const facts: Facts = { kind: 'transactions', transactions: page.map(({ tx }) => ({ date: tx.date, amount: tx.amount, text: foreign(tx.merchant ?? tx.description), pending: tx.status === 'pending' })), more: false };
  const next = offset + CHARGES_AT_ONCE;
  if (page.length === 0 || next >= kept.length || (await isDiscreet(ctx.deps.store, ctx.session.customer.id))) return withFacts(answerAndContinue(ctx, quietly.said), facts, quietly);
  const t = insightsSpeech(ctx.turn.locale);
  ctx.conversation.awaiting = { kind: 'more-transactions', cursor: String(next), charges: kept.map((tx) => tx.id) };
  return withFacts(ask(`${quietly.said} ${t.moreQuestion()}`, t.moreQuestion()), { ...facts, more: true }, quietly);
}

/** "More" after payments found: the next few of them, looked up again by their ids. */
export async function readMoreCharges(ctx: LinkedContext, ids: readonly TransactionId[], offset: number): Promise<Outcome> {
  const accounts = await ctx.deps.bank.accounts.list(ctx.session);
  if (!accounts.ok) return accounts;
  const history = await transactionsBetween(ctx, undefined, undefined, accounts.value);
  if (!history.ok) return history;
  const byId = new Map(history.value.map((tx) => [tx.id, tx]));
  const found = ids.map((id) => byId.get(transactionId(id))).filter((tx): tx is Transaction => tx !== undefined);
  const t = insightsSpeech(ctx.turn.locale);
  const today = isoDay(ctx.deps.clock.now());
  if (offset >= found.length) return answerAndContinue(ctx, t.noMoreTransactions());
  return readCharges(ctx, found, accounts.value, offset, (page, quiet) => t.chargesNext(page, today, quiet));
}
