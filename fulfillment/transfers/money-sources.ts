/** The accounts money can come from: the credit card is paid, never paid from. */
import type { Account } from '../banks/bank-types';

/** The customer's accounts that can send money, in the bank's order. */
export function moneySources(accounts: readonly Account[]): Account[] {
  return accounts.filter((a) => a.kind !== 'credit-card');
}
