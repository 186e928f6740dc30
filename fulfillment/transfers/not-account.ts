/**
 * "Not the savings" to "from which account: your current account or your savings account?": of
 * the accounts that question offered, the one left when the one taken back is set aside. With two
 * or more left, nothing is chosen for the customer, and what was taken back is asked for again.
 */
import type { Account } from '../banks/bank-types';
import type { Locale } from '../kit/locale';
import { matchAccount } from '../accounts/account-match';
import type { SlotValue } from '../pipeline/turn';
import type { TransferDraft } from './draft';

/** The one account left of those offered once `takenBack` is set aside, and the end of the transfer it is for. */
export function accountLeft(draft: TransferDraft, accounts: readonly Account[], takenBack: SlotValue | undefined, locale: Locale): { field: 'from' | 'to'; account: Account } | undefined {
  const offered = draft.accountChoices;
  if (!offered || (draft.step !== 'source' && draft.step !== 'target')) return undefined;
  const named = matchAccount(takenBack, accounts, locale);
  if (named.kind !== 'matched') return undefined;
  const left = accounts.filter((a) => offered.ids.includes(a.id) && !named.accounts.includes(a));
  const only = left.length === 1 ? left[0] : undefined;
  return only ? { field: offered.field, account: only } : undefined;
}
