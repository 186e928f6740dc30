/** What a turn's slots are merged into a transfer draft with, and what may go wrong there (slots.ts). */
import type { Payee, Account } from '../banks/bank-types';
import type { Locale } from '../kit/locale';
import type { CurrencyCode } from '../kit/money';
import type { SlotValue } from '../pipeline/turn';
import type { AmountProblem } from './amount';

/** Something said that could not be used, and what it was. */
export type SlotProblem =
  | { readonly kind: 'amount'; readonly problem: AmountProblem }
  | { readonly kind: 'no-payee'; readonly heard: string }
  | { readonly kind: 'same-account' }
  /** The source said is the account the money was going to: where it goes is asked again. */
  | { readonly kind: 'was-target' }
  /** The destination named again where no account was asked for: nothing changes. */
  | { readonly kind: 'is-target' }
  /** "The fourth one" of a list of two (`only` says how many there are), or of no list at all. */
  | { readonly kind: 'no-such-choice'; readonly only?: number }
  /** "The other one", "the other account" to a list asked now, with nothing on it chosen yet: the question is put again. */
  | { readonly kind: 'none-chosen' }
  /** "The other Bob" with one payee of that name, already chosen: who else is asked, never "didn't get that". */
  | { readonly kind: 'only-one-named'; readonly name: string }
  /** The account named to send from is one money cannot come from (the credit card). */
  | { readonly kind: 'not-a-source' };

/** What the merge needs to know about the customer. */
export interface MergeContext {
  readonly slots: Readonly<Record<string, SlotValue | undefined>>;
  readonly locale: Locale;
  readonly currency: CurrencyCode;
  readonly payees: readonly Payee[];
  readonly accounts: readonly Account[];
  /** The turn asked for the card payment ("pay my credit card bill"): the card it names is where the money goes. */
  readonly asksToPayCard?: boolean;
  /** The turn answers who the money goes to ("no, to the first one"): a place names a payee, whatever the question. */
  readonly namesPayee?: boolean;
}
