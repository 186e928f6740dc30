/**
 * Finds spoken amounts in a reply and takes out the sentences that hold them. Amounts are
 * recognised by the currency signs and codes formatMoney writes for every locale and currency
 * the skill speaks, and by currency words after digits.
 */
import { LOCALES } from '../kit/locale';
import { CURRENCY_SIGNS } from '../speech/money';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Longest first, so that "US$" is taken before "$".
const SIGNS = [...CURRENCY_SIGNS].sort((a, b) => b.length - a.length).map(escape).join('|');
const WORDS = 'dollars?|cents?|pounds?|pence|euros?|cent';
const AMOUNT = new RegExp(`(?:${SIGNS})\\s?[-\u2212]?\\d|\\d\\s?(?:${SIGNS})(?!\\p{L})|\\d\\s+(?:${WORDS})(?!\\p{L})`, 'iu');

/** Month names in every locale, so that a German date ("am 3. November") is not taken for a sentence end. */
function monthNames(): string[] {
  const names = new Set<string>();
  for (const locale of LOCALES) {
    const format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
    for (let month = 0; month < 12; month += 1) names.add(format.format(Date.UTC(2026, month, 15)));
  }
  return [...names];
}

let sentenceBreak: RegExp | undefined;

/**
 * Where one sentence ends and the next begins: after . ? or !, except in "3. November". Built
 * when discreet mode first splits a reply, so start-up does not format 36 month names.
 */
function sentenceBreakPattern(): RegExp {
  if (sentenceBreak) return sentenceBreak;
  const months = monthNames().map(escape).join('|');
  return (sentenceBreak = new RegExp(`(?<=[.?!])(?<!\\b\\d{1,2}\\.)\\s+|(?<=\\b\\d{1,2}\\.)\\s+(?!(?:${months})\\b)`, 'u'));
}

/** Whether a text speaks an amount of money. */
export function speaksAmount(text: string): boolean {
  return AMOUNT.test(text);
}

/**
 * "Okay, the minimum payment: $35.00.": what a sentence names before the colon that leads into its
 * amount, as a sentence of its own ("Okay, the minimum payment."); undefined when that part speaks
 * an amount too, or there is no such colon.
 */
function namedBeforeAmount(sentence: string): string | undefined {
  const at = sentence.lastIndexOf(': ');
  if (at <= 0) return undefined;
  const head = sentence.slice(0, at);
  return speaksAmount(head) || !/\p{L}/u.test(head) ? undefined : `${head}.`;
}

/**
 * The text with every sentence that speaks an amount taken out, and the notice said once in place
 * of the first. A sentence that names something before the colon leading into its amount keeps
 * that name, so the customer still hears what was chosen ("Okay, the minimum payment.").
 */
export function withoutAmounts(text: string, notice: string): string {
  let noticed = false;
  const kept: string[] = [];
  for (const sentence of text.split(sentenceBreakPattern())) {
    if (!speaksAmount(sentence)) {
      kept.push(sentence);
      continue;
    }
    const named = namedBeforeAmount(sentence);
    if (named) kept.push(named);
    if (!noticed) {
      kept.push(notice);
      noticed = true;
    }
  }
  return kept.join(' ');
}
