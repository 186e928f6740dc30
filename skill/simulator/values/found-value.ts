/** A value found in typed text, normalised the way the platforms normalise what they hear. */

/** The kinds of value the platforms' built-in slot types hear. */
export type BuiltinKind = 'money' | 'number' | 'digits' | 'ordinal' | 'date';

/** A slot value found in the text. */
export interface FoundValue {
  /** A built-in kind, or the name of a custom slot type on the platform ("ACCOUNT_TYPE", "@AccountType"). */
  readonly type: string;
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  /** The words as typed. */
  readonly text: string;
  /** A custom type's value: its id on Alexa, its reference value on Dialogflow. */
  readonly id?: string;
  /** A built-in's value: a decimal string for money and numbers, the digits of a sequence, an ordinal's number, a date's first day. */
  readonly value?: string;
  readonly currency?: string;
  /** A date as Alexa's AMAZON.DATE writes it ("2026-10", "2026-W45", "2026-11-19"). */
  readonly timex?: string;
  /** A period's first and last day (inclusive), ISO dates. */
  readonly period?: { readonly start: string; readonly end: string };
  /**
   * The same words read as other types ("credit card" is an account type and a card kind): a
   * platform fills each intent's slot by its own type, so an intent without a slot of this
   * value's type may take one of these.
   */
  readonly alternatives?: readonly FoundValue[];
}

/** A found value without its position's type, as the recognisers return them. */
export type Recognised = Omit<FoundValue, 'type'> & { readonly type: BuiltinKind };

/** The word that stands for a slot value in training texts and in text with its values taken out. */
export function placeholder(type: string): string {
  return `slot${type.toLowerCase().replace(/[^a-z0-9]/g, '')}`;
}

/** A span of text at a position. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** The words and figures of a text with their positions ("12,50", "€", "zwölf"). */
export function tokensAt(text: string): Token[] {
  // "Joe's", "what's": a word with its apostrophe is one word, so "s" is never a word of its own.
  return [...text.matchAll(/[\p{L}\p{N}]+(?:['’]\p{L}+)*(?:[.,]\d+)*|[€$£]/gu)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}
