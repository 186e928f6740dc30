/** What the customer sent to someone, found in their history the same way wherever it is asked. */
import type { Transaction } from '../banks/bank-types';
import type { LinkedContext } from '../pipeline/intent-handler';
import { merchantMatches } from './history';

/**
 * The money the customer sent to someone: what went out as a transfer, as the bank files it, or
 * to one of their payees by name, for a bank that files no category. A move between their own
 * accounts (the same amount coming into another of them that day) was sent to no one.
 */
export async function transfersSent(ctx: LinkedContext, history: readonly Transaction[]): Promise<Transaction[]> {
  const payees = await ctx.deps.bank.payees?.list(ctx.session);
  const names = payees?.ok ? payees.value.map((p) => p.name) : [];
  // Where money came in, by day and amount: one look-up for each payment out, not another pass over the history.
  const cameIn = new Map<string, Set<string>>();
  const inKey = (t: Transaction, minor: number) => `${t.date}|${t.amount.currency}|${minor}`;
  for (const u of history) if (u.amount.minor > 0) cameIn.set(inKey(u, u.amount.minor), (cameIn.get(inKey(u, u.amount.minor)) ?? new Set()).add(u.accountId));
  const ownMove = (t: Transaction) => [...(cameIn.get(inKey(t, -t.amount.minor)) ?? [])].some((accountId) => accountId !== t.accountId);
  return history.filter((t) => t.amount.minor < 0 && (t.category === 'transfers' || names.some((name) => merchantMatches(t, name))) && !ownMove(t));
}
