/** Finds the accounts a customer meant by a slot such as "savings" or "my credit card". */
import type { Account, AccountKind } from '../banks/bank-types';
import type { Locale } from '../kit/locale';
import { accountKindOf, saysOtherAccount } from './account-words';
import type { SlotValue } from '../pipeline/turn';
import { normaliseHeard } from '../pipeline/word-match';

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
  if (!kind || matching.length === 0) {
    const named = accountsNamed(heard, accounts);
    const only = named.length === 1 ? named[0] : undefined;
    return only ? { kind: 'matched', accountKind: only.kind, accounts: [only] } : { kind: 'unknown', heard: heard.slice(0, MAX_HEARD) };
  }
  return { kind: 'matched', accountKind: kind, accounts: matching };
}

/** Words that say an account is meant without naming it (`normaliseHeard` drops "my", "the", "mein"). */
const NAMES_NONE = new Set(['one', 'account', 'konto']);
const nameWords = (text: string) => normaliseHeard(text).split(/[\s-]+/).filter((w) => w && !NAMES_NONE.has(w));

/**
 * The accounts whose own name holds every word heard: "high yield" and "the high-yield one" name
 * "High-Yield Savings", "cashback visa" names "Cashback Visa". A customer calls an account by the
 * name the bank's app shows as often as by its kind.
 */
function accountsNamed(heard: string, accounts: readonly Account[]): Account[] {
  const said = nameWords(heard);
  if (said.length === 0) return [];
  return accounts.filter((a) => {
    const name = new Set(nameWords(a.name));
    return said.every((w) => name.has(w));
  });
}
