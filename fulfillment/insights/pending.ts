/**
 * "Any pending transactions?", "what's pending on my credit card?", "was ist vorgemerkt?": what
 * the bank still holds as pending, on every account or the one named, newest first, each said
 * with its account; never the latest transactions of one account, which may hold none of them.
 */
import type { Account, Transaction } from '../banks/bank-types';
import { isoDay, isoDaysBefore } from '../kit/clock';
import type { LinkedContext, Outcome } from '../pipeline/intent-handler';
import { answerAndContinue, withFacts } from '../pipeline/reply-builders';
import { foreign } from '../pipeline/facts';
import { totalsOf, transactionsBetween } from './history';
import { insightsSpeech } from './speech';

/** How far back a pending transaction may date: card holds rarely last longer. */
const PENDING_DAYS = 30;
/** The most said at once: pending items are few, and all of them are the answer. */
const MOST_SAID = 10;

/** Answers with what is pending on the accounts given (all, or the one named). */
export async function pendingTransactions(ctx: LinkedContext, accounts: readonly Account[], named: Account['kind'] | undefined): Promise<Outcome> {
  const now = ctx.deps.clock.now();
  const history = await transactionsBetween(ctx, isoDaysBefore(now, PENDING_DAYS), isoDay(now), accounts);
  if (!history.ok) return history;
  const kindOf = new Map(accounts.map((a) => [a.id, a.kind]));
  // The history comes newest first.
  const pending = history.value.filter((t) => t.status === 'pending').slice(0, MOST_SAID);
  const items = pending.flatMap((t: Transaction) => {
    const account = kindOf.get(t.accountId);
    return account ? [{ t, account }] : [];
  });
  const t = insightsSpeech(ctx.turn.locale);
  const speech = t.pendingTransactions(items, totalsOf(pending), isoDay(now), named);
  const transactions = pending.map((t) => ({ date: t.date, amount: t.amount, text: foreign(t.merchant ?? t.description), pending: true }));
  const quietly = { said: speech, instead: t.pendingTransactions(items, [], isoDay(now), named, true), history: true as const };
  return withFacts(answerAndContinue(ctx, speech), { kind: 'transactions', ...(named ? { account: named } : {}), transactions, more: false }, quietly);
}
