/** Every sentence the skill says, as typed functions, one implementation per locale. */
import type { Account, AccountKind } from '../banks/bank-types';
import type { BankError } from '../banks/bank-error';
import type { Locale } from '../locale';
import type { Platform } from '../turn';

/** What the customer's bank lets the skill do beyond balances, so help offers only that. */
export interface BankAbilities {
  readonly transactions: boolean;
  readonly transfers: boolean;
  readonly cards: boolean;
  readonly alerts: boolean;
}

/** The sentences of one locale. Returns plain text; the platform wrappers escape it. */
export interface SpeechCatalog {
  readonly locale: Locale;
  welcome(firstName: string): string;
  whatNext(): string;
  help(can: BankAbilities): string;
  goodbye(): string;
  fallback(): string;
  anythingElse(): string;
  whatElse(): string;
  balances(accounts: readonly Account[]): string;
  balance(account: Account, sameKindCount: number): string;
  accountList(accounts: readonly Account[]): string;
  noAccounts(): string;
  noSuchAccount(heard: string, accounts: readonly Account[]): string;
  nothingToConfirm(): string;
  nothingToDecline(): string;
  linkAccount(platform: Platform): string;
  bankError(error: BankError): string;
  somethingWentWrong(): string;
}

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
