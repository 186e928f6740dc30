/**
 * The bank as a token without the transfer scope sees it: every capability but the ones that
 * move money (transfers, their approval), so the core answers "I can't do that" before asking
 * anything, as it does for a bank that lacks them.
 */
import type { BankAdapter } from '../banks/bank-adapter';

/** The adapter without its money-moving capabilities. */
export function withoutMoneyMovement(bank: BankAdapter): BankAdapter {
  const { accounts, transactions, payees, cards, alerts, messages } = bank;
  return {
    name: bank.name,
    identify: (link) => bank.identify(link),
    accounts,
    ...(transactions ? { transactions } : {}),
    ...(payees ? { payees } : {}),
    ...(cards ? { cards } : {}),
    ...(alerts ? { alerts } : {}),
    ...(messages ? { messages } : {}),
  };
}
