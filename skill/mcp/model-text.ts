/**
 * What a model reads of an answer. Text from bank records that someone else wrote (a payee's
 * name, a merchant, a memo) is marked as data, so that an instruction hidden in it reads as a
 * quotation and not as a request; and nothing in it that looks like an account number reaches
 * the model, even where a bank record holds one. The rest of an answer is the core's own words,
 * which never hold more of a number than its last four digits.
 */

import { bankTextVariants, withoutAccountNumbers } from '../../fulfillment/speech/bank-text';

/** The tag that marks foreign text in the sentences a model reads. */
export const DATA_TAG = 'bank-data';

// Control characters, and characters that would reopen or close the data tag.
const UNSAFE = /[\p{Cc}\p{Cf}<>]/gu;

/** A text with anything shaped like an IBAN or an account or card number taken out. */
export function withoutNumbers(text: string): string {
  return withoutAccountNumbers(text, '[number withheld]');
}

/** Text without control characters or tag brackets, which could break a line or the data tag. */
const clean = (text: string) => text.replace(UNSAFE, ' ');

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A sentence with every occurrence of the foreign texts in it marked as data. */
export function markForeign(sentence: string, foreign: readonly string[]): string {
  const cleaned = clean(sentence);
  // The spoken sentence withholds numbers in the bank's text as its locale says it: both forms are marked.
  const texts = [...new Set(foreign.flatMap((t) => bankTextVariants(t)).map((t) => clean(t).trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (texts.length === 0) return cleaned;
  const pattern = new RegExp(texts.map(escapeRegExp).join('|'), 'g');
  return cleaned.replace(pattern, (text) => `<${DATA_TAG}>${withoutNumbers(text.replace(/\s+/g, ' '))}</${DATA_TAG}>`);
}

/** Foreign text as a structured answer carries it: one line, no control characters or tag brackets, no account numbers. */
export const plainText = (text: string): string => withoutNumbers(clean(text).replace(/\s+/g, ' ').trim());
