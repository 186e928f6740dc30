/**
 * Digit sequences, as a PIN is said: "1234", "one two three four", "eins zwei drei vier", or in
 * pairs, "twelve thirty four", "zwölf vierunddreißig". The platforms hear them as
 * AMAZON.FOUR_DIGIT_NUMBER and @sys.number-sequence; Recognizers-Text reads the words as separate
 * numbers (or a price), so the sequence is put together here.
 */
import type { Locale } from '../../../fulfillment/kit/locale';
import { tokensAt, type Recognised, type Token } from './found-value';
import { germanNumberWord } from './german-numbers';

const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** An English number from 10 to 99 at token `i` ("twelve", "thirty four", "thirty-four"), and the tokens it took. */
function englishPair(tokens: readonly Token[], i: number): { value: number; used: number } | undefined {
  const [word = '', unit = ''] = (tokens[i]?.text.toLowerCase() ?? '').split('-');
  if (TEENS.includes(word) && !unit) return { value: 10 + TEENS.indexOf(word), used: 1 };
  const tens = TENS.indexOf(word);
  if (tens < 2) return undefined;
  if (unit) return UNITS.indexOf(unit) > 0 ? { value: tens * 10 + UNITS.indexOf(unit), used: 1 } : undefined;
  const next = UNITS.indexOf(tokens[i + 1]?.text.toLowerCase() ?? '');
  return next > 0 ? { value: tens * 10 + next, used: 2 } : { value: tens * 10, used: 1 };
}

/** A German number from 10 to 99 at token `i` ("zwölf", "vierunddreißig"). */
function germanPair(tokens: readonly Token[], i: number): { value: number; used: number } | undefined {
  const value = germanNumberWord(tokens[i]?.text ?? '');
  return value !== undefined && value >= 10 && value <= 99 ? { value, used: 1 } : undefined;
}

/** Four digits said as two numbers from 10 to 99, right after each other: "twelve thirty four" is 1234. */
function pairsOfDigits(text: string, locale: Locale): Recognised[] {
  const tokens = tokensAt(text);
  const pair = locale.startsWith('de') ? germanPair : englishPair;
  const found: Recognised[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const first = pair(tokens, i);
    const second = first && pair(tokens, i + first.used);
    if (!first || !second) continue;
    const [from, to] = [tokens[i] as Token, tokens[i + first.used + second.used - 1] as Token];
    // Said in one breath: "not fifty, sixty" is two amounts, not the PIN 5060.
    if (!/^[\s-]*$/.test(text.slice(from.start, to.end).replace(/[\p{L}\p{N}]+/gu, ''))) continue;
    const end = to.end;
    found.push({ type: 'digits', start: from.start, end, text: text.slice(from.start, end), value: `${first.value}${second.value}` });
    i += first.used + second.used - 1;
  }
  return found;
}

const DIGIT_WORDS: Readonly<Record<'en' | 'de', Readonly<Record<string, string>>>> = {
  en: { zero: '0', oh: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9' },
  de: { null: '0', eins: '1', zwei: '2', zwo: '2', drei: '3', vier: '4', fünf: '5', sechs: '6', sieben: '7', acht: '8', neun: '9' },
};

/** The shortest sequence read as one: a PIN has four digits. */
const MIN_DIGITS = 4;

/** Runs of four or more digits said one by one (or typed together), each as one value. */
export function digitSequences(text: string, locale: Locale): Recognised[] {
  const words = DIGIT_WORDS[locale.startsWith('de') ? 'de' : 'en'];
  const found: Recognised[] = [];
  let run: { start: number; end: number; digits: string } | undefined;
  const close = () => {
    if (run && run.digits.length >= MIN_DIGITS) found.push({ type: 'digits', start: run.start, end: run.end, text: text.slice(run.start, run.end), value: run.digits });
    run = undefined;
  };
  for (const token of tokensAt(text)) {
    const digits = /^\d+$/.test(token.text) ? token.text : words[token.text.toLowerCase()];
    if (digits === undefined) {
      close();
      continue;
    }
    if (run && /^\s*$/.test(text.slice(run.end, token.start))) run = { ...run, end: token.end, digits: run.digits + digits };
    else {
      close();
      run = { start: token.start, end: token.end, digits };
    }
  }
  close();
  return [...found, ...pairsOfDigits(text, locale)];
}
