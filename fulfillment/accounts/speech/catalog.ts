/** The sentences of balances and account lists. */
import type { Account } from '../../banks/bank-types';

/** The accounts feature's sentences in one locale. */
export interface AccountsSpeech {
  balances(accounts: readonly Account[]): string;
  balance(account: Account, sameKindCount: number): string;
  /** What can still be spent on a credit card, said after its balance. */
  availableCredit(amount: Account['balance']): string;
  accountList(accounts: readonly Account[]): string;
  /**
   * "What's my account number?": never the number, only each account's last four digits, and
   * where the full details are (the bank's app).
   */
  accountNumbers(accounts: readonly Account[]): string;
  /**
   * "Am I overdrawn?": yes or no first, then by how much (`overdrawn`, each below zero) or, when none
   * is, the balances of those `checked`; `quiet` (discreet mode) says the yes or no alone.
   */
  overdrawnAnswer(overdrawn: readonly Account[], checked: readonly Account[], quiet: boolean): string;
  noAccounts(): string;
  /** The accounts there are, after what was heard; with `heard` empty ("my other account") only the question. */
  noSuchAccount(heard: string, accounts: readonly Account[]): string;
}
