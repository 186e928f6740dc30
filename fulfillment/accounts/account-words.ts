/**
 * The words customers use for each kind of account, per locale. The core matches heard slot
 * text against them, and the interaction model compiles them into slot values and synonyms.
 */
import type { AccountKind } from '../banks/bank-types';
import type { Locale } from '../kit/locale';
import type { SlotValue } from '../pipeline/turn';
import { normaliseHeard } from '../pipeline/word-match';

/** Per locale and account kind: the canonical word first, then synonyms. */
export const ACCOUNT_WORDS: Readonly<Record<Locale, Readonly<Record<AccountKind, readonly string[]>>>> = {
  'en-US': {
    checking: ['checking', 'checking account', 'checkings', 'everyday account', 'current account', 'main account', 'the main one', 'main one', 'the everyday one', 'primary account', 'regular account'],
    savings: ['savings', 'savings account', 'saving account', 'saving', 'rainy day fund', 'savingsaccount'],
    'credit-card': ['credit card', 'my credit card', 'card', 'credit card account', 'visa', 'mastercard', 'credit'],
  },
  'en-GB': {
    checking: ['current account', 'current', 'checking account', 'checking', 'everyday account', 'main account', 'the main one', 'main one', 'the everyday one', 'primary account', 'regular account'],
    savings: ['savings', 'savings account', 'saving account', 'saver', 'isa'],
    'credit-card': ['credit card', 'my credit card', 'card', 'credit card account', 'visa', 'mastercard', 'credit'],
  },
  'de-DE': {
    // A recogniser may split a compound ("Spar Konto"): each is one account, never two.
    checking: ['girokonto', 'giro', 'konto', 'hauptkonto', 'gehaltskonto', 'giro konto'],
    savings: ['sparkonto', 'spar', 'tagesgeld', 'tagesgeldkonto', 'sparbuch', 'ersparnisse', 'spar konto', 'tagesgeld konto'],
    'credit-card': ['kreditkarte', 'karte', 'visa', 'mastercard', 'kreditkartenkonto', 'kredit karte', 'kreditkarten konto'],
  },
};

/**
 * The slot value, beside the kinds, for the debit card heard where an account is meant. The card
 * draws on the checking account, so its balance, spending and money sent "from my debit card" are
 * that account's; a value of its own still tells the card from the account on every platform, also
 * one that sends only the value's id, so "the debit card" to "lock both cards?" names that card.
 */
export const DEBIT_CARD = 'debit-card';

/** Per locale: the words for the debit card where an account is meant. */
export const DEBIT_CARD_WORDS: Readonly<Record<Locale, readonly string[]>> = {
  'en-US': ['debit card', 'my debit card'],
  'en-GB': ['debit card', 'my debit card', 'bank card'],
  'de-DE': ['girokarte', 'girocard', 'ec-karte', 'ec karte', 'debitkarte', 'bankkarte', 'bankomatkarte', 'maestrokarte', 'maestro karte'],
};

/** The slot value, beside the kinds, that means "the account not named so far" (see otherAccount). */
export const OTHER_ACCOUNT = 'other';

/** Per locale: the words for "the other account", said to switch to the account not chosen. */
export const OTHER_ACCOUNT_WORDS: Readonly<Record<Locale, readonly string[]>> = {
  'en-US': ['other account', 'the other account', 'my other account'],
  'en-GB': ['other account', 'the other account', 'my other account'],
  // "Das andere" alone is an account: the payee is "die andere" or "der andere".
  'de-DE': ['anderes konto', 'andere konto', 'anderen konto', 'vom anderen', 'von dem anderen', 'das andere konto', 'dem anderen konto', 'meinem anderen konto', 'mein anderes konto', 'das andere'],
};

/** Tells whether a slot says "the other account", by its resolved id or its words. */
export function saysOtherAccount(slot: SlotValue | undefined, locale: Locale): boolean {
  if (!slot) return false;
  const heard = normaliseHeard(slot.value);
  // Dialogflow sends the entity's value itself; Alexa the words, with the value as the id.
  if (slot.id === OTHER_ACCOUNT || heard === OTHER_ACCOUNT) return true;
  return heard !== '' && OTHER_ACCOUNT_WORDS[locale].some((w) => normaliseHeard(w) === heard);
}

const ACCOUNT_KINDS: readonly AccountKind[] = ['checking', 'savings', 'credit-card'];

/** Tells whether an entity id names an account kind. */
export function isAccountKind(id: string): id is AccountKind {
  return (ACCOUNT_KINDS as readonly string[]).includes(id);
}

/** The account kind a slot names: Alexa's resolved id, Dialogflow's value, or else the words said. */
export function accountKindOf(slot: SlotValue, locale: Locale): AccountKind | undefined {
  const heard = slot.value.trim();
  if (slot.id === DEBIT_CARD || heard === DEBIT_CARD) return 'checking';
  return [slot.id, heard].find((v): v is AccountKind => v !== undefined && isAccountKind(v)) ?? accountKindFromWords(heard, locale);
}

/** The account kind heard words name in a locale, if any. */
export function accountKindFromWords(text: string, locale: Locale): AccountKind | undefined {
  const heard = normaliseHeard(text);
  if (!heard) return undefined;
  const words = ACCOUNT_WORDS[locale];
  if (DEBIT_CARD_WORDS[locale].some((w) => normaliseHeard(w) === heard)) return 'checking';
  return ACCOUNT_KINDS.find((kind) => words[kind].some((w) => normaliseHeard(w) === heard));
}
