/**
 * Finds spoken amounts in a reply and takes out the sentences that hold them. Amounts are
 * recognised by the currency signs and codes Intl.NumberFormat writes for every locale and
 * currency the skill speaks (what formatMoney produces), and by currency words after digits.
 */
import { LOCALES } from '../../locale';
import { CURRENCY_EXPONENTS } from '../../money';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function currencySigns(): string[] {
  const signs = new Set<string>();
  for (const locale of LOCALES) {
    for (const currency of Object.keys(CURRENCY_EXPONENTS)) {
      signs.add(currency);
      const part = new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(1).find((p) => p.type === 'currency');
      if (part) signs.add(part.value);
    }
  }
  return [...signs].sort((a, b) => b.length - a.length);
}

const SIGNS = currencySigns().map(escape).join('|');
const WORDS = 'dollars?|cents?|pounds?|pence|euros?|cent';
const AMOUNT = new RegExp(`(?:${SIGNS})\\s?[-\u2212]?\\d|\\d\\s?(?:${SIGNS})(?!\\p{L})|\\d\\s+(?:${WORDS})(?!\\p{L})`, 'iu');

/** Where one sentence ends and the next begins. */
const SENTENCE_BREAK = /(?<=[.?!])\s+/u;

/** Whether a text speaks an amount of money. */
export function speaksAmount(text: string): boolean {
  return AMOUNT.test(text);
}

/** The text with every sentence that speaks an amount taken out, and the notice said once in place of the first. */
export function withoutAmounts(text: string, notice: string): string {
  let noticed = false;
  const kept: string[] = [];
  for (const sentence of text.split(SENTENCE_BREAK)) {
    if (!speaksAmount(sentence)) kept.push(sentence);
    else if (!noticed) {
      kept.push(notice);
      noticed = true;
    }
  }
  return kept.join(' ');
}
