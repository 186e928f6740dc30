/**
 * German values in typed text: amounts of money ("fünfzig Euro", "zwölf Euro fünfzig",
 * "20,50 €", "zwölf fünfzig", "zwanzig Dollar"), numbers, ordinals ("die zweite", "den ersten") and dates.
 */
import type { Recognised, Token } from './found-value';
import { tokensAt } from './found-value';
import { germanDates } from './german-dates';
import { germanNumber, HUNDREDS_OR_THOUSANDS } from './german-numbers';

/** Currency words a German speaker uses, and the code each names. */
const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  euro: 'EUR', euros: 'EUR', eur: 'EUR', '€': 'EUR',
  dollar: 'USD', dollars: 'USD', usd: 'USD', $: 'USD',
  pfund: 'GBP', gbp: 'GBP', '£': 'GBP',
  franken: 'CHF', chf: 'CHF',
};
const currencyOf = (token: Token | undefined) => (token ? CURRENCY_WORDS[token.text.toLowerCase()] : undefined);
const CENT = /^(cent|cents|pence)$/i;
/** The article that says one of something ("einen Euro"), which is no number on its own. */
const ONE_OF = /^(ein|eine|einen|nen)$/i;

const ORDINAL_STEMS: Readonly<Record<string, number>> = {
  erst: 1, zweit: 2, dritt: 3, viert: 4, fünft: 5, sechst: 6, siebt: 7, siebent: 7, acht: 8, neunt: 9, zehnt: 10,
};

/** Euros and cents as one decimal: "12" + "50" -> "12.50". */
/** Right after "meine PIN ist", "der Code": a number pair said there is the PIN in pairs. */
const AFTER_PIN_WORD = /\b(pin|code|geheimzahl)(\s+ist)?\s+$/i;
const withCents = (units: string, cents: string) => `${units}.${cents.padStart(2, '0')}`;

const isCents = (n: string | undefined): n is string => n !== undefined && /^\d{1,2}$/.test(n);

/** A digit's word or figure, as one character: "fünf" -> "5". */
function digitOf(token: Token | undefined): string | undefined {
  const n = token ? germanNumber(token.text) : undefined;
  return n !== undefined && /^\d$/.test(n) ? n : undefined;
}

/**
 * "zwölf komma fünf null", "zwei komma fünf", "zwölf komma fünfzig": a whole number, "komma" and
 * its decimals become one token "12,50" (tenths stay tenths: "zwei komma fünf" is 2,5, not 2,05).
 */
function withDecimalCommas(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const here = tokens[i] as Token;
    const whole = germanNumber(here.text);
    const [comma, first, second] = [tokens[i + 1], tokens[i + 2], tokens[i + 3]];
    if (whole === undefined || whole.includes('.') || comma?.text.toLowerCase() !== 'komma' || !first) {
      out.push(here);
      continue;
    }
    const [a, b] = [digitOf(first), digitOf(second)];
    const two = germanNumber(first.text);
    const [decimals, last] = a !== undefined && b !== undefined ? [a + b, second as Token] : a !== undefined ? [a, first] : two !== undefined && /^[1-9]\d$/.test(two) ? [two, first] : [undefined, first];
    if (decimals === undefined) {
      out.push(here);
      continue;
    }
    out.push({ ...here, end: last.end, text: `${whole},${decimals}` });
    i = tokens.indexOf(last);
  }
  return out;
}

/** Words after "und dreißig" that make it a second amount, not cents: "an Anna", "für Jonas", "Euro". */
const startsAnother = (token: Token) => /^(?:an|ans|für|auf|zu|nach)$/i.test(token.text) || currencyOf(token) !== undefined;

/**
 * "Eineinhalb tausend", "anderthalb hundert", "drei hundert", "zwölf hundert" said apart: one
 * token, as "eineinhalbtausend", "dreihundert", which a recogniser writes as one number.
 */
function withHalvesOfHundreds(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const here = tokens[i] as Token;
    const next = tokens[i + 1];
    const joined = next && HUNDREDS_OR_THOUSANDS.test(next.text) ? `${here.text}${next.text}`.toLowerCase() : undefined;
    const words = !/\d/.test(here.text) ? germanNumber(here.text) : undefined;
    const units = words !== undefined && /^\d{1,2}$/.test(words) && Number(words) > 0 && next?.text.toLowerCase() === 'hundert';
    if (joined && (units || /einhalb|anderthalb/.test(here.text.toLowerCase())) && germanNumber(joined) !== undefined) {
      out.push({ ...here, end: next?.end ?? here.end, text: joined });
      i += 1;
    } else out.push(here);
  }
  return out;
}

/**
 * "Hundert und fünfzig", "zweihundert fünfzig": hundreds (or thousands) in words, then the rest
 * below a hundred, with "und" or a pause between, are one number, as a recogniser hears them (150,
 * 250). Only a round hundred joins: "zwölf fünfzig" stays a price.
 */
function withHundredsAndTens(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const here = tokens[i] as Token;
    const n = /\d/.test(here.text) ? undefined : germanNumber(here.text);
    const joiner = tokens[i + 1]?.text.toLowerCase() === 'und' ? 1 : 0;
    const rest = tokens[i + 1 + joiner];
    const m = rest && !/\d/.test(rest.text) ? germanNumber(rest.text) : undefined;
    const round = n !== undefined && /^\d+$/.test(n) && Number(n) >= 100 && Number(n) % 100 === 0;
    if (round && rest && m !== undefined && /^\d{1,2}$/.test(m) && Number(m) > 0) {
      out.push({ ...here, end: rest.end, text: String(Number(n) + Number(m)) });
      i += 1 + joiner;
    } else out.push(here);
  }
  return out;
}

/** Words after a number that multiply it: "1,5 Tausend" is 1500, "eine Million" a million. */
const SCALES: Readonly<Record<string, number>> = { tausend: 1000, million: 1_000_000, millionen: 1_000_000, mio: 1_000_000, milliarde: 1e9, milliarden: 1e9 };

/**
 * "1,5 Tausend", "zwei Millionen", "eine Million": a number (or the article "eine") and a word
 * that multiplies it are one number, in whole units; a product with cents left over is left apart.
 */
function withScales(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const here = tokens[i] as Token;
    const next = tokens[i + 1];
    const scale = next ? SCALES[next.text.toLowerCase()] : undefined;
    const n = ONE_OF.test(here.text) ? '1' : germanNumber(here.text);
    const [units = '', fraction = ''] = (n ?? '').split('.');
    // Decimal arithmetic on the digits, never a float: "1,5" * 1000 is "1" and "500".
    const product = scale && n !== undefined && fraction.length <= String(scale).length - 1 ? `${units}${fraction.padEnd(String(scale).length - 1, '0')}` : undefined;
    if (next && product) {
      out.push({ ...here, end: next.end, text: String(BigInt(product)) });
      i += 1;
    } else out.push(here);
  }
  return out;
}

/** "Minus zwanzig Euro", "-20 €": the number after is below zero; the dialog refuses such an amount. */
const negativeBefore = (text: string, tokens: readonly Token[], i: number) => {
  const here = tokens[i] as Token;
  return text.slice(Math.max(0, here.start - 1), here.start) === '-' || tokens[i - 1]?.text.toLowerCase() === 'minus';
};

/** Amounts of money and bare numbers, from the tokens. */
function moneyAndNumbers(text: string, said: readonly Token[]): Recognised[] {
  const tokens = withDecimalCommas(withScales(withHundredsAndTens(withHalvesOfHundreds(said))));
  const found: Recognised[] = [];
  const span = (from: Token, to: Token) => ({ start: from.start, end: to.end, text: text.slice(from.start, to.end) });
  for (let i = 0; i < tokens.length; i += 1) {
    const here = tokens[i] as Token;
    const [next, after, third, fourth] = [tokens[i + 1], tokens[i + 2], tokens[i + 3], tokens[i + 4]];
    // "Einen Euro fünfzig": the article before a currency is one of it.
    const unsigned = germanNumber(here.text) ?? (ONE_OF.test(here.text) && currencyOf(next) ? '1' : undefined);
    // "Tausend Dank": thanks, no number.
    if (unsigned === undefined || (next && /^dank/i.test(next.text))) continue;
    const n = negativeBefore(text, tokens, i) ? `-${unsigned}` : unsigned;
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
      } else if (!n.includes('.') && isCents(joined) && third && (!fourth || CENT.test(fourth.text) || !startsAnother(fourth))) {
        // "Fünfzehn Euro und fünfzig (Cent)": the cents, unless a payee or a currency follows
        // ("20 Euro und 30 an Anna" is a second transfer).
        const last = fourth && CENT.test(fourth.text) ? fourth : third;
        found.push({ type: 'money', ...span(here, last), value: withCents(n, joined), currency });
        i = tokens.indexOf(last);
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
        // Right after "meine PIN ist" it is the PIN in pairs, never a price.
        if (!/^[1-9]\d$/.test(n) || !AFTER_PIN_WORD.test(text.slice(0, here.start))) found.push({ type: 'money', ...span(here, next), value: withCents(n, cents) });
        // "Zwölf vierunddreißig" is also a PIN said in pairs: 1234.
        if (/^[1-9]\d$/.test(n)) found.push({ type: 'digits', ...span(here, next), value: `${n}${cents}` });
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
