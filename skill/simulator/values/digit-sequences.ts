/**
 * Digit sequences, as a PIN is said: "1234", "one two three four", "eins zwei drei vier". The
 * platforms hear them as AMAZON.FOUR_DIGIT_NUMBER and @sys.number-sequence; Recognizers-Text
 * reads the words as four separate numbers, so the sequence is put together here. A PIN said in
 * pairs ("twelve thirty four") is found where two numbers in a row are read as a price
 * (`english.ts`, `german.ts`).
 */
import type { Locale } from '../../../fulfillment/kit/locale';
import { tokensAt, type Recognised } from './found-value';

const DIGIT_WORDS: Readonly<Record<'en' | 'de', Readonly<Record<string, string>>>> = {
  en: { zero: '0', oh: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9' },
  de: { null: '0', eins: '1', zwei: '2', zwo: '2', drei: '3', vier: '4', fünf: '5', sechs: '6', sieben: '7', acht: '8', neun: '9' },
};

/** The shortest sequence read as one: a PIN has four digits. */
const MIN_DIGITS = 4;

/**
 * The shortest sequence of digit words read as one: "one five", "fünf null", as the skill itself
 * spells a confusable amount ("$50.00, that's five zero"), which the customer may answer in kind.
 * A speech recogniser hears such words as one number, never as the first digit alone.
 */
const MIN_DIGIT_WORDS = 2;

/** Runs of four or more digits said one by one (or typed together), or two or more digit words, each as one value. */
export function digitSequences(text: string, locale: Locale): Recognised[] {
  const words = DIGIT_WORDS[locale.startsWith('de') ? 'de' : 'en'];
  const found: Recognised[] = [];
  let run: { start: number; end: number; digits: string; words: number; oh: boolean; second?: number } | undefined;
  const close = () => {
    // "Oh, one two three four": an "oh" before a whole PIN is a sound, not a zero ("oh eight one five" keeps it).
    if (run?.oh && run.second !== undefined && run.digits.length > MIN_DIGITS) run = { ...run, start: run.second, digits: run.digits.slice(1), words: run.words - 1 };
    if (run && (run.digits.length >= MIN_DIGITS || run.words >= MIN_DIGIT_WORDS)) found.push({ type: 'digits', start: run.start, end: run.end, text: text.slice(run.start, run.end), value: run.digits });
    run = undefined;
  };
  for (const token of tokensAt(text)) {
    const numeral = /^\d+$/.test(token.text);
    const digits = numeral ? token.text : words[token.text.toLowerCase()];
    if (digits === undefined) {
      close();
      continue;
    }
    const word = numeral ? 0 : 1;
    // Pauses typed between the digits ("eins, zwei, drei, vier", "one two three... four", "1-2-3-4") are still one PIN: speech has no commas.
    if (run && /^[\s,.…-]*$/.test(text.slice(run.end, token.start))) run = { ...run, end: token.end, digits: run.digits + digits, words: run.words + word, second: run.second ?? token.start };
    else {
      close();
      run = { start: token.start, end: token.end, digits, words: word, oh: token.text.toLowerCase() === 'oh' };
    }
  }
  close();
  return found;
}
