/** The order in which accounts are spoken, and when an account needs its digits to be told apart. */
import type { Account, AccountKind } from '../banks/bank-types';

/** The account kinds in the order they are spoken. */
export const SPOKEN_ORDER: readonly AccountKind[] = ['checking', 'savings', 'credit-card'];

/** Orders accounts as they are spoken: checking, savings, then cards. */
export function inSpokenOrder(accounts: readonly Account[]): Account[] {
  return [...accounts].sort((a, b) => SPOKEN_ORDER.indexOf(a.kind) - SPOKEN_ORDER.indexOf(b.kind));
}

/** How many accounts of each kind a customer has, to decide when "ending in 1234" is needed. */
export function countByKind(accounts: readonly Account[]): ReadonlyMap<AccountKind, number> {
  const counts = new Map<AccountKind, number>();
  for (const a of accounts) counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1);
  return counts;
}
