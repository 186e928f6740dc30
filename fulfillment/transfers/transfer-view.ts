/** Loads what the transfer dialog needs from the bank this turn: accounts and payees. */
import type { BankError } from '../banks/bank-error';
import type { LinkedContext } from '../pipeline/intent-handler';
import { err, ok, type Result } from '../kit/result';
import type { TransferView } from './advance';
import { moneySources } from './money-sources';

/** The customer's accounts and payees, or the bank's failure; transfers need both capabilities. */
export async function loadView(ctx: LinkedContext): Promise<Result<TransferView, BankError>> {
  const { bank } = ctx.deps;
  if (!bank.transfers || !bank.payees) return err({ kind: 'unsupported' });
  const [accounts, payees] = await Promise.all([bank.accounts.list(ctx.session), bank.payees.list(ctx.session)]);
  if (!accounts.ok) return accounts;
  if (!payees.ok) return payees;
  return ok({ accounts: accounts.value, payees: payees.value });
}

/** The currency amounts are heard in: that of the customer's first account that can send money. */
export function homeCurrency(view: Pick<TransferView, 'accounts'>) {
  return (moneySources(view.accounts)[0] ?? view.accounts[0])?.balance.currency ?? 'USD';
}
