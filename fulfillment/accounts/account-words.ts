/**
 * The words customers use for each kind of account, per locale. The core matches heard slot
 * text against them, and the interaction model compiles them into slot values and synonyms.
 */
import type { AccountKind } from '../banks/bank-types';
import type { Locale } from '../kit/locale';
import { normaliseHeard } from '../pipeline/word-match';

/** Per locale and account kind: the canonical word first, then synonyms. */
export const ACCOUNT_WORDS: Readonly<Record<Locale, Readonly<Record<AccountKind, readonly string[]>>>> = {
  'en-US': {
    checking: ['checking', 'checking account', 'checkings', 'everyday account', 'current account', 'main account'],
    savings: ['savings', 'savings account', 'saving account', 'saving', 'rainy day fund'],
    'credit-card': ['credit card', 'my credit card', 'card', 'credit card account', 'visa', 'mastercard', 'credit'],
  },
  'en-GB': {
    checking: ['current account', 'current', 'checking account', 'checking', 'everyday account', 'main account'],
    savings: ['savings', 'savings account', 'saving account', 'saver', 'isa'],
    'credit-card': ['credit card', 'my credit card', 'card', 'credit card account', 'visa', 'mastercard', 'credit'],
  },
  'de-DE': {
    checking: ['girokonto', 'giro', 'konto', 'hauptkonto', 'gehaltskonto'],
    savings: ['sparkonto', 'tagesgeld', 'tagesgeldkonto', 'sparbuch', 'ersparnisse'],
    'credit-card': ['kreditkarte', 'karte', 'visa', 'mastercard', 'kreditkartenkonto'],
  },
};

const ACCOUNT_KINDS: readonly AccountKind[] = ['checking', 'savings', 'credit-card'];

/** Tells whether an entity id names an account kind. */
export function isAccountKind(id: string): id is AccountKind {
  return (ACCOUNT_KINDS as readonly string[]).includes(id);
}

/** The account kind heard words name in a locale, if any. */
export function accountKindFromWords(text: string, locale: Locale): AccountKind | undefined {
  const heard = normaliseHeard(text);
  if (!heard) return undefined;
  const words = ACCOUNT_WORDS[locale];
  return ACCOUNT_KINDS.find((kind) => words[kind].some((w) => normaliseHeard(w) === heard));
}
