/** Finds the accounts a customer meant by a slot such as "savings" or "my credit card". */
import type { Account, AccountKind } from '../banks/bank-types';
import type { Locale } from '../kit/locale';
import { accountKindOf, saysOtherAccount } from './account-words';
import type { SlotValue } from '../pipeline/turn';

/** The outcome of matching: no account named, the matching accounts, or words that name none ('' for "the other account"). */
export type AccountMatch =
  | { readonly kind: 'unspecified' }
  | { readonly kind: 'matched'; readonly accountKind: AccountKind; readonly accounts: readonly Account[] }
  | { readonly kind: 'unknown'; readonly heard: string };

/** The longest heard text the skill repeats back. */
const MAX_HEARD = 60;

/** Matches a slot against the customer's accounts, by resolved id first, then by the words. */
export function matchAccount(slot: SlotValue | undefined, accounts: readonly Account[], locale: Locale): AccountMatch {
  const heard = slot?.value.trim() ?? '';
  if (!slot || (!heard && !slot.id)) return { kind: 'unspecified' };
  // "My other account" names none by itself: nothing heard to repeat, the accounts are listed.
  if (saysOtherAccount(slot, locale)) return { kind: 'unknown', heard: '' };
  const kind = accountKindOf(slot, locale);
  const matching = kind ? accounts.filter((a) => a.kind === kind) : [];
  if (!kind || matching.length === 0) return { kind: 'unknown', heard: heard.slice(0, MAX_HEARD) };
  return { kind: 'matched', accountKind: kind, accounts: matching };
}
