/**
 * Amounts as people say them in a hurry, which Recognizers-Text reads wrong and no library here
 * reads right (each case below was a wrong amount read back in the simulator):
 * - a scale without its number: "hundred and twenty-five dollars" is 125 (Recognizers reads 25,
 *   and "hundred dollars" not at all);
 * - thousands as "k": "five k", "one and a half k" (Recognizers reads 5 and 1.5);
 * - slang with its hundredths right after: "a buck fifty", "five quid twenty" (Recognizers reads
 *   the whole currency alone and the hundredths as a second amount);
 * - a price written with a hyphen: "three-fifty", "one-twenty-five" (read as words apart).
 * Alexa's and Dialogflow's number types hear these as the amount; so does the simulator now.
 */
import type { Recognised } from './found-value';

const UNITS = '(?:one|two|three|four|five|six|seven|eight|nine)';
const TENS = '(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
/** "Three-fifty", "one-twenty-five": the hyphen after the first digit word, which splits the price. */
const HYPHENATED_PRICE = new RegExp(`\\b(${UNITS})-(?=${TENS}\\b)`, 'gi');

/** The text with a hyphenated price's first hyphen read as a space (same length: positions stay). */
export function hyphenatedPricesApart(text: string): string {
  return text.replace(HYPHENATED_PRICE, '$1 ');
}

const NUMBER_WORD = /\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|hundred|thousand|\d[\d.,]*)\s+$/i;
const BARE_SCALE = /\b(hundred|thousand)\b/gi;
const SCALE: Readonly<Record<string, bigint>> = { hundred: 100n, thousand: 1000n };
const CURRENCY_WORD = /^\s+(dollars?|bucks?|pounds?|quid|euros?)\b/i;
const WORD_CURRENCY: Readonly<Record<string, string>> = { dollar: 'USD', dollars: 'USD', buck: 'USD', bucks: 'USD', pound: 'GBP', pounds: 'GBP', quid: 'GBP', euro: 'EUR', euros: 'EUR' };

const isWhole = (value: string | undefined): value is string => value !== undefined && /^\d+$/.test(value);

/**
 * "Hundred and twenty-five dollars", "hundred dollars": a scale said without its number is one of
 * it. The value found right after it (with "and" or not) below the scale joins it; a currency word
 * right after it makes it money of its own.
 */
function bareScales(text: string, found: readonly Recognised[]): Recognised[] {
  let out = [...found];
  for (const m of text.matchAll(BARE_SCALE)) {
    const start = m.index;
    if (NUMBER_WORD.test(text.slice(0, start)) || out.some((f) => f.start <= start && start < f.end)) continue;
    const scale = SCALE[(m[1] ?? '').toLowerCase()] ?? 1n;
    const end = start + m[0].length;
    const gap = /^\s+(?:and\s+)?/i.exec(text.slice(end))?.[0].length ?? 0;
    const next = out.filter((f) => f.start === end + gap && isWhole(f.value) && BigInt(f.value) < scale);
    if (gap > 0 && next.length > 0) {
      out = out.filter((f) => !next.includes(f) && !(f.start >= end && f.end <= Math.max(...next.map((n) => n.end))));
      for (const n of next) out.push({ ...n, start, text: text.slice(start, n.end), value: String(scale + BigInt(n.value ?? '0')) });
      continue;
    }
    const currency = CURRENCY_WORD.exec(text.slice(end));
    if (currency) {
      const until = end + currency[0].length;
      out.push({ type: 'money', start, end: until, text: text.slice(start, until), value: String(scale), currency: WORD_CURRENCY[(currency[1] ?? '').toLowerCase()] ?? 'USD' });
    } else if (/^\s*(?:$|[,.!?]|(?:to|from|for|please|instead)\b)/i.test(text.slice(end))) {
      // Alone, or before what a transfer says next ("hundred to Bob"); never "hundred percent sure".
      out.push({ type: 'number', start, end, text: m[0], value: String(scale) });
    }
  }
  return out;
}

/** A decimal string times a thousand, exact to three places: "1.5" -> "1500"; undefined past that. */
function thousands(value: string): string | undefined {
  const [whole, fraction = ''] = value.split('.');
  if (!whole || !/^\d+$/.test(whole) || !/^\d{0,3}$/.test(fraction)) return undefined;
  return String(BigInt(whole) * 1000n + BigInt(fraction.padEnd(3, '0')));
}

/** "Five k", "one and a half k": a number followed by "k" alone is thousands of it. */
function thousandsAsK(text: string, found: readonly Recognised[]): Recognised[] {
  return found.map((f) => {
    if ((f.type !== 'number' && f.type !== 'money') || !f.value) return f;
    const k = /^\s*k\b(?!\.)/i.exec(text.slice(f.end));
    const value = k ? thousands(f.value) : undefined;
    if (!k || !value) return f;
    const end = f.end + k[0].length;
    return { ...f, end, text: text.slice(f.start, end), value };
  });
}

/**
 * "A buck fifty", "five quid twenty": slang money followed straight away by a number from 1 to 99
 * that names no currency of its own is its hundredths. ("Ten bucks and twenty to Maria" keeps its
 * "and": a second amount; "the twenty quid one" names a payment by its amount, and its "one" is no penny.)
 */
function slangHundredths(text: string, found: readonly Recognised[]): Recognised[] {
  let out = [...found];
  for (const m of found) {
    if (m.type !== 'money' || !isWhole(m.value) || !/\b(?:bucks?|quid)$/i.test(m.text)) continue;
    // The number Recognizers found right after it, with only spaces between.
    const gap = /^\s+/.exec(text.slice(m.end))?.[0].length ?? 0;
    const next = found.find((f) => f.type === 'number' && gap > 0 && f.start === m.end + gap && /^[1-9]\d?$/.test(f.value ?? ''));
    const cents = next?.value;
    if (!next || !cents || /^one$/i.test(next.text) || CURRENCY_WORD.test(text.slice(next.end)) || /^\s*(?:cents?|p|pence)\b/i.test(text.slice(next.end))) continue;
    out = out.filter((f) => f !== next);
    out = out.map((f) => (f === m ? { ...m, end: next.end, text: text.slice(m.start, next.end), value: `${m.value}.${cents.padStart(2, '0')}` } : f));
  }
  return out;
}

/** The amounts found, with the hurried ways of saying them read as meant. */
export function spokenAmounts(text: string, found: readonly Recognised[]): Recognised[] {
  return slangHundredths(text, thousandsAsK(text, bareScales(text, found)));
}
