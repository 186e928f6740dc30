/** The sentences of balances and account lists. */
import type { Account } from '../../banks/bank-types';

/** The accounts feature's sentences in one locale. */
export interface AccountsSpeech {
  balances(accounts: readonly Account[]): string;
  balance(account: Account, sameKindCount: number): string;
  accountList(accounts: readonly Account[]): string;
  noAccounts(): string;
  /** The accounts there are, after what was heard; with `heard` empty ("my other account") only the question. */
  noSuchAccount(heard: string, accounts: readonly Account[]): string;
}
