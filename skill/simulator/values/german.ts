/**
 * German values in typed text: amounts of money ("fünfzig Euro", "zwölf Euro fünfzig",
 * "20,50 €", "zwölf fünfzig", "zwanzig Dollar"), numbers, ordinals ("die zweite", "den ersten") and dates.
 */
import type { Recognised, Token } from './found-value';
import { tokensAt } from './found-value';
import { germanDates } from './german-dates';
import { germanNumber } from './german-numbers';

/** Currency words a German speaker uses, and the code each names. */
const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  euro: 'EUR', euros: 'EUR', eur: 'EUR', '€': 'EUR',
  dollar: 'USD', dollars: 'USD', usd: 'USD', $: 'USD',
  pfund: 'GBP', gbp: 'GBP', '£': 'GBP',
  franken: 'CHF', chf: 'CHF',
};
const currencyOf = (token: Token | undefined) => (token ? CURRENCY_WORDS[token.text.toLowerCase()] : undefined);
const CENT = /^(cent|cents|pence)$/i;

const ORDINAL_STEMS: Readonly<Record<string, number>> = {
  erst: 1, zweit: 2, dritt: 3, viert: 4, fünft: 5, sechst: 6, siebt: 7, siebent: 7, acht: 8, neunt: 9, zehnt: 10,
};

/** Euros and cents as one decimal: "12" + "50" -> "12.50". */
const withCents = (units: string, cents: string) => `${units}.${cents.padStart(2, '0')}`;

const isCents = (n: string | undefined): n is string => n !== undefined && /^\d{1,2}$/.test(n);

/** Amounts of money and bare numbers, from the tokens. */
function moneyAndNumbers(text: string, tokens: readonly Token[]): Recognised[] {
  const found: Recognised[] = [];
  const span = (from: Token, to: Token) => ({ start: from.start, end: to.end, text: text.slice(from.start, to.end) });
  for (let i = 0; i < tokens.length; i += 1) {
    const here = tokens[i] as Token;
    const n = germanNumber(here.text);
    if (n === undefined) continue;
    const [next, after, third, fourth] = [tokens[i + 1], tokens[i + 2], tokens[i + 3], tokens[i + 4]];
    const currency = currencyOf(next);
    const before = currencyOf(tokens[i - 1]);
    if (next && currency) {
      // "zwölf Euro fünfzig", "zwölf Euro und fünfzig Cent"
      const plain = after ? germanNumber(after.text) : undefined;
      const joined = after?.text === 'und' && third ? germanNumber(third.text) : undefined;
      if (!n.includes('.') && isCents(plain) && after) {
        const last = third && CENT.test(third.text) ? third : after;
        found.push({ type: 'money', ...span(here, last), value: withCents(n, plain), currency });
        i = tokens.indexOf(last);
      } else if (!n.includes('.') && isCents(joined) && third && fourth && CENT.test(fourth.text)) {
        found.push({ type: 'money', ...span(here, fourth), value: withCents(n, joined), currency });
        i += 4;
      } else {
        found.push({ type: 'money', ...span(here, next), value: n, currency });
        i += 1;
      }
    } else if (next && CENT.test(next.text) && isCents(n)) {
      found.push({ type: 'money', ...span(here, next), value: withCents('0', n), currency: 'EUR' });
      i += 1;
    } else if (before && /^[€$£]$/.test(tokens[i - 1]?.text ?? '')) {
      found.push({ type: 'money', ...span(tokens[i - 1] as Token, here), value: n, currency: before });
    } else {
      const cents = next && !/\d/.test(here.text) && !/\d/.test(next.text) ? germanNumber(next.text) : undefined;
      // "zwölf fünfzig": euros and cents without the word, as Germans say prices; no currency is
      // claimed, as none was said (at the PIN step it is a PIN said in pairs).
      if (next && cents !== undefined && /^\d{2}$/.test(cents) && Number(cents) >= 10 && /^\s+$/.test(text.slice(here.end, next.start))) {
        found.push({ type: 'money', ...span(here, next), value: withCents(n, cents) });
        i += 1;
      } else found.push({ type: 'number', ...span(here, here), value: n });
    }
  }
  return found;
}

/** Ordinals: "zweite", "den ersten", "das dritte". */
function ordinals(tokens: readonly Token[]): Recognised[] {
  const found: Recognised[] = [];
  for (const t of tokens) {
    const stem = /^(\p{L}+?)(e|en|er|es|em)$/u.exec(t.text.toLowerCase())?.[1];
    const n = stem === undefined ? undefined : ORDINAL_STEMS[stem];
    if (n !== undefined) found.push({ type: 'ordinal', start: t.start, end: t.end, text: t.text, value: String(n) });
  }
  return found;
}

/** Every German value in the text. */
export function germanValues(text: string, now: Date): Recognised[] {
  const tokens = tokensAt(text);
  return [...moneyAndNumbers(text, tokens), ...ordinals(tokens), ...germanDates(text, now)];
}
