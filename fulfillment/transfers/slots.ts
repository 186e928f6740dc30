/** Folds what the customer just said (a turn's slots) into the transfer being prepared. */
import type { Account, Payee } from '../banks/bank-types';
import { matchAccount } from '../accounts/account-match';
import type { Locale } from '../kit/locale';
import type { CurrencyCode } from '../kit/money';
import type { SlotValue } from '../pipeline/turn';
import { amountFromSlots, type AmountProblem } from './amount';
import type { TransferDraft } from './draft';
import { matchPayees } from './payee-match';

/** Something said that could not be used, and what it was. */
export type SlotProblem =
  | { readonly kind: 'amount'; readonly problem: AmountProblem }
  | { readonly kind: 'no-payee'; readonly heard: string }
  | { readonly kind: 'same-account' };

/** What the merge needs to know about the customer. */
export interface MergeContext {
  readonly slots: Readonly<Record<string, SlotValue | undefined>>;
  readonly locale: Locale;
  readonly currency: CurrencyCode;
  readonly payees: readonly Payee[];
  readonly accounts: readonly Account[];
}

const sources = (accounts: readonly Account[]) => accounts.filter((a) => a.kind !== 'credit-card');

function pickAccount(slot: SlotValue | undefined, among: readonly Account[], locale: Locale): Account | undefined {
  const match = matchAccount(slot, among, locale);
  return match.kind === 'matched' && match.accounts.length === 1 ? match.accounts[0] : undefined;
}

/**
 * Updates the draft in place; a change of amount or destination needs a fresh confirmation.
 * An unusable amount is reported after everything else said was taken in.
 */
export function mergeSlots(draft: TransferDraft, m: MergeContext): SlotProblem | undefined {
  const amount = amountFromSlots(m.slots, m.currency);
  const changed = () => {
    draft.confirmed = false;
    draft.pinVerified = false;
    draft.approvalId = undefined;
  };
  if (amount.ok && amount.value) {
    draft.amount = amount.value;
    draft.amountChecked = false;
    changed();
  }
  const option = m.slots.option?.id ?? m.slots.option?.value;
  if (draft.kind === 'card' && (option === 'statement' || option === 'minimum')) {
    draft.cardOption = option;
    changed();
  }
  const heard = m.slots.payee?.value.trim();
  if (heard && draft.kind === 'payee') {
    const pool = draft.candidates ? m.payees.filter((p) => draft.candidates?.includes(p.id)) : m.payees;
    const found = matchPayees(heard, pool);
    const matched = found.length === 0 && draft.candidates ? matchPayees(heard, m.payees) : found;
    if (matched.length === 0) return { kind: 'no-payee', heard: heard.slice(0, 60) };
    draft.candidates = matched.length > 1 ? matched.map((p) => p.id) : undefined;
    draft.payeeId = matched.length === 1 ? matched[0]?.id : undefined;
    changed();
  }
  const from = pickAccount(m.slots.from ?? m.slots.account, sources(m.accounts), m.locale);
  if (from) {
    draft.fromId = from.id;
    changed();
  }
  if (draft.kind === 'own') {
    const to = pickAccount(m.slots.to, m.accounts, m.locale);
    if (to) {
      if (to.id === draft.fromId) return { kind: 'same-account' };
      draft.toId = to.id;
      changed();
    }
  }
  return amount.ok ? undefined : { kind: 'amount', problem: amount.error };
}
