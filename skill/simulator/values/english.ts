/**
 * English values in typed text, read by Microsoft Recognizers-Text, with what it misreads put
 * right: cents are hundredths ("one cent" is 0.01, not 1), slang names a currency ("50 bucks",
 * "20 quid"), "50p" is pence, two number words in a row are a price ("fifteen fifty" is 15.50), and a
 * hesitation is not a currency ("um, fifty").
 */
import { englishDateRanges } from './english-dates';
import { mayHoldADate } from './may-hold-a-date';
import { hyphenatedPricesApart, spokenAmounts } from './english-amounts';
import { Culture, recognizeCurrency, recognizeDateTime, recognizeNumber, recognizeOrdinal } from '@microsoft/recognizers-text-suite';
import type { Locale } from '../../../fulfillment/kit/locale';
import type { Recognised } from './found-value';

type ModelResult = ReturnType<typeof recognizeNumber>[number];

/** Recognizers names some currencies without an ISO code ("Dollar"); these are the ones the banks hold. */
const UNIT_CURRENCY: Readonly<Record<string, string>> = { Dollar: 'USD', 'United States dollar': 'USD', Pound: 'GBP', 'British pound': 'GBP', Euro: 'EUR' };
/** Hundredths of a currency, and the currency they belong to (undefined: the local one). */
const MINOR_UNITS: Readonly<Record<string, string | undefined>> = { Cent: undefined, Penny: 'GBP', Pence: 'GBP' };
const SLANG: Readonly<Record<string, string>> = { buck: 'USD', bucks: 'USD', quid: 'GBP' };
/** A currency's word right after a number ("one twenty dollars"): the pair before it is hundreds. */
const CURRENCY_NEXT = /^\s+(dollars?|bucks?|pounds?|quid|euros?)\b/i;
const WORD_CURRENCY: Readonly<Record<string, string>> = { dollar: 'USD', dollars: 'USD', pound: 'GBP', pounds: 'GBP', euro: 'EUR', euros: 'EUR' };
const LOCAL_CURRENCY: Readonly<Record<Locale, string>> = { 'en-US': 'USD', 'en-GB': 'GBP', 'de-DE': 'EUR' };

/**
 * Words before a lone "one" that make it a pronoun ("the second one", "this one", and "the
 * Schmidt one", "the savings one", "the high yield one", "my everyday one": up to three words
 * after "the" or "my"), not a number.
 */
const ONE_AS_PRONOUN = /\b(?:the|this|that|which|any|each|every|no|other|first|second|third|fourth|fifth|last|next|right|wrong|new|old)\s+$|\b(?:the|my)\s+(?:[\p{L}'-]+\s+){1,3}$/iu;

/**
 * Words after a lone "one" that make it a determiner, not a number: "from one account to
 * another", "one of my cards", "one or the other", "yeah, one more thing".
 */
const ONE_AS_DETERMINER = /^\s+(?:of|accounts?|cards?|or|(?:more\s+)?(?:things?|questions?))\b/i;

/** A lone "one" that names no quantity: "the second one", "from one account to the other". */
const oneNamesNoNumber = (r: ModelResult, text: string) =>
  r.text.toLowerCase() === 'one' && (ONE_AS_PRONOUN.test(text.slice(0, r.start)) || ONE_AS_DETERMINER.test(text.slice(r.end + 1)));

/** Right after "my pin is", "the code": a number pair said there is the PIN in pairs, never a price. */
const AFTER_PIN_WORD = /\b(pin|code)(\s+number)?(\s+is|'s)?\s+$/i;
const at = (r: ModelResult) => ({ start: r.start, end: r.end + 1, text: r.text });
const str = (x: unknown) => (typeof x === 'string' ? x : undefined);

const HALF_OF_SCALE = /\band\s+a\s+half\s+(hundred|thousand|million)\b/i;
const HALF_A_SCALE = /^half\s+an?\s+(hundred|thousand|million)\b/i;
/** "A dollar and a half", "ten pounds and a half": a whole amount of a currency and a half of it. */
const CURRENCY_AND_A_HALF = /\b(?:dollars?|bucks?|pounds?|quid|euros?)\s+and\s+a\s+half$/i;
const SCALE: Readonly<Record<string, bigint>> = { hundred: 100n, thousand: 1000n, million: 1_000_000n };

/**
 * A result's value, where Recognizers reads "two and a half thousand" as 2.0005 (a half of a
 * thousandth): it is two and a half thousands, 2500. "Half a hundred" it reads as 0.02: it is 50.
 * "A dollar and a half" it reads as 1.005 or 1: it is 1.50.
 */
function valueOf(r: ModelResult): string | undefined {
  const value = str(r.resolution?.['value']);
  const halfOf = HALF_A_SCALE.exec(r.text.trim())?.[1]?.toLowerCase();
  if (halfOf) return String((SCALE[halfOf] ?? 0n) / 2n);
  const scale = HALF_OF_SCALE.exec(r.text)?.[1]?.toLowerCase();
  const whole = value?.split('.')[0];
  if (whole && /^\d+$/.test(whole) && CURRENCY_AND_A_HALF.test(r.text)) return `${whole}.50`;
  if (!scale || !whole || !/^\d+$/.test(whole)) return value;
  return String(((BigInt(whole) * 2n + 1n) * (SCALE[scale] ?? 1n)) / 2n);
}

/** Hundredths as a decimal: 50 -> "0.50". */
function hundredths(value: string): string | undefined {
  if (!/^\d{1,2}$/.test(value)) return undefined;
  return `0.${value.padStart(2, '0')}`;
}

function money(text: string, locale: Locale): Recognised[] {
  return withMinorUnitsJoined(text, moneyValues(text, locale)).flatMap((m) => secondAmountApart(text, m));
}

/**
 * "Ten dollars and twenty to Maria": Recognizers reads $10.20, but the number after "and", with a
 * payee after it, is a second transfer's amount. The cents stay cents where "cents" is said, or
 * nothing names someone after them ("ten dollars and twenty" alone).
 */
function secondAmountApart(text: string, m: Recognised): Recognised[] {
  const split = /^(.*?)(\s+and\s+)([a-z-]+|\d{1,2})$/i.exec(m.text);
  const [units, fraction] = (m.value ?? '').split('.');
  if (!split || !fraction || !/^\s+(?:to|for)\b/i.test(text.slice(m.end))) return [m];
  const first = split[1] ?? '';
  const secondStart = m.start + first.length + (split[2] ?? '').length;
  return [
    { ...m, end: m.start + first.length, text: first, value: units },
    { type: 'number', start: secondStart, end: m.end, text: split[3] ?? '', value: String(Number(fraction.padEnd(2, '0'))) },
  ];
}

/**
 * "Twenty pounds fifty pence", "20 pounds and 50 pence": Recognizers reads pounds and pence as two
 * amounts (dollars and cents it reads as one), and the pence would be lost on Dialogflow, whose
 * one amount parameter takes the whole price. A whole amount followed by hundredths of its
 * currency, with nothing but "and" between, is one amount.
 */
function withMinorUnitsJoined(text: string, found: Recognised[]): Recognised[] {
  const joined: Recognised[] = [];
  for (let i = 0; i < found.length; i += 1) {
    const [whole, part] = [found[i] as Recognised, found[i + 1]];
    const fraction = part?.value && /^0\.\d{2}$/.test(part.value) ? part.value.slice(2) : undefined;
    if (part && fraction && whole.value && /^\d+$/.test(whole.value) && whole.currency === part.currency && /^\s+(?:and\s+)?$/i.test(text.slice(whole.end, part.start))) {
      joined.push({ ...whole, end: part.end, text: text.slice(whole.start, part.end), value: `${whole.value}.${fraction}` });
      i += 1;
    } else joined.push(whole);
  }
  return joined;
}

/** "Half a dollar", "half a pound": Recognizers reads the half as a number of its own, and a whole one of the currency. */
const HALF_BEFORE = /\bhalf\s+$/i;

function moneyValues(text: string, locale: Locale): Recognised[] {
  return recognizeCurrency(text, Culture.English).flatMap((r): Recognised[] => {
    const value = valueOf(r);
    const unit = str(r.resolution?.['unit']) ?? '';
    if (!value) return [];
    // The hesitation "um" is also the ouguiya's symbol: "um, fifty" is fifty, not 0.5 MRO.
    if (str(r.resolution?.['isoCurrency']) === 'MRO' && /\bum\b/i.test(r.text)) return [];
    if (unit in MINOR_UNITS) {
      const decimal = hundredths(value);
      return decimal ? [{ type: 'money', ...at(r), value: decimal, currency: MINOR_UNITS[unit] ?? LOCAL_CURRENCY[locale] }] : [];
    }
    const currency = str(r.resolution?.['isoCurrency']) || UNIT_CURRENCY[unit] || LOCAL_CURRENCY[locale];
    const halfBefore = value === '1' && /^(?:a|one|1)\s/i.test(r.text) ? HALF_BEFORE.exec(text.slice(0, r.start)) : null;
    if (halfBefore) return [{ type: 'money', start: halfBefore.index, end: r.end + 1, text: text.slice(halfBefore.index, r.end + 1), value: '0.50', currency }];
    // "The twenty pound one", "the $20 one": "one" after the currency names the payment, never a penny.
    const one = /^(.*\b(?:dollars?|bucks?|pounds?|quid|euros?)|[$£€]\s?\d[\d,.]*)\s+one$/i.exec(r.text);
    if (one?.[1]) return [{ type: 'money', start: r.start, end: r.start + one[1].length, text: one[1], value: value.replace(/\.\d+$/, ''), currency }];
    return [{ type: 'money', ...at(r), value, currency }];
  });
}

/** "50p" written as one word, which Recognizers reads as nothing at all: pence. */
function writtenPence(text: string): Recognised[] {
  return [...text.matchAll(/\b(\d{1,2})p\b(?!\.)/gi)].flatMap((m): Recognised[] => {
    const value = hundredths(m[1] ?? '');
    return value ? [{ type: 'money', start: m.index, end: m.index + m[0].length, text: m[0], value, currency: 'GBP' }] : [];
  });
}

/** Numbers, with slang currencies and spoken prices turned into money. */
function numbers(text: string, locale: Locale): Recognised[] {
  const results = recognizeNumber(text, Culture.English);
  const found: Recognised[] = [];
  for (let i = 0; i < results.length; i += 1) {
    const r = results[i] as ModelResult;
    const value = valueOf(r);
    if (!value) continue;
    const after = text.slice(r.end + 1);
    const slang = /^\s+(bucks?|quid)\b/i.exec(after);
    // "Fifty p", "fifty pee": pence, as the British say them ("p.m." is a time, not pence).
    const pence = /^\s*(?:p|pee)\b(?!\.)/i.exec(after);
    const pounds = pence ? hundredths(value) : undefined;
    const next = results[i + 1];
    const nextValue = next ? valueOf(next) : undefined;
    // Two number words in one breath, the second from 10 to 99: a price or a PIN said in pairs.
    const pairSaid = next && nextValue && /^[a-z\s-]+$/i.test(r.text + next.text) && /^\s+$/.test(text.slice(r.end + 1, next.start)) && /^[1-9]\d$/.test(nextValue);
    if (pence && pounds) {
      found.push({ type: 'money', start: r.start, end: r.end + 1 + pence[0].length, text: text.slice(r.start, r.end + 1 + pence[0].length), value: pounds, currency: 'GBP' });
    } else if (slang) {
      const currency = SLANG[(slang[1] ?? '').toLowerCase()] ?? LOCAL_CURRENCY[locale];
      const end = r.end + 1 + slang[0].length;
      // "Five quid fifty", "a buck fifty": the number after the slang word is its hundredths, as after "pounds".
      // "Ten bucks and twenty to Maria" is a second amount, for Maria.
      // "The twenty quid one" names a payment by its amount: that "one" is never a penny.
      const another = next ? /^\s+(?:to|for)\b/i.test(text.slice(next.end + 1)) || /^one$/i.test(next.text) : false;
      const cents = next && nextValue && !another && /^\s+(?:and\s+)?$/i.test(text.slice(end, next.start)) && /^[1-9]\d?$/.test(nextValue) && /^\d+$/.test(value) ? nextValue : undefined;
      const until = cents && next ? next.end + 1 : end;
      found.push({ type: 'money', start: r.start, end: until, text: text.slice(r.start, until), value: cents ? `${value}.${cents.padStart(2, '0')}` : value, currency });
      if (cents) i += 1;
    } else if (pairSaid && /^[1-9]\d?$/.test(value) && CURRENCY_NEXT.test(text.slice(next.end + 1)) && !oneNamesNoNumber(r, text)) {
      // "One twenty dollars", "two fifty bucks", "twelve fifty dollars": a price said in pairs with
      // its currency after it is hundreds (120, 250, 1250), as a number slot hears it; Recognizers
      // alone reads $20 and drops the "one" (or the "twelve", left to be misheard as a name).
      const said = CURRENCY_NEXT.exec(text.slice(next.end + 1));
      const word = said?.[1]?.toLowerCase() ?? '';
      const end = next.end + 1 + (said?.[0].length ?? 0);
      found.push({ type: 'money', start: r.start, end, text: text.slice(r.start, end), value: `${value}${nextValue}`, currency: SLANG[word] ?? WORD_CURRENCY[word] ?? LOCAL_CURRENCY[locale] });
      i += 1;
    } else if (pairSaid && /^\d{1,3}$/.test(value)) {
      // "Fifty twenty": units and cents with no currency said, so none is claimed; the dialog
      // takes the account's, and at the PIN step sees a PIN said in pairs ("twelve thirty four").
      const span = { start: r.start, end: next.end + 1, text: text.slice(r.start, next.end + 1) };
      const pinSaid = /^[1-9]\d$/.test(value) && AFTER_PIN_WORD.test(text.slice(0, r.start));
      if (!pinSaid) found.push({ type: 'money', ...span, value: `${value}.${nextValue}` });
      // Two numbers from 10 to 99 said in one breath are also a PIN in pairs: "twelve thirty four" is 1234.
      if (/^[1-9]\d$/.test(value)) found.push({ type: 'digits', ...span, value: `${value}${nextValue}` });
      // So is a pair with a leading zero said as "oh" or "zero": "oh eight fifteen" is 0815.
      const zero = /^[1-9]$/.test(value) ? /\b(?:oh|zero)\s+$/i.exec(text.slice(0, r.start)) : null;
      if (zero) found.push({ type: 'digits', start: r.start - zero[0].length, end: span.end, text: text.slice(r.start - zero[0].length, span.end), value: `0${value}${nextValue}` });
      i += 1;
    } else if (!oneNamesNoNumber(r, text)) {
      found.push({ type: 'number', ...at(r), value });
    }
  }
  return found;
}

/** First to tenth, "2nd": relative ordinals ("last", "next") are left out. */
function ordinals(text: string): Recognised[] {
  return recognizeOrdinal(text, Culture.English).flatMap((r): Recognised[] => {
    const value = str(r.resolution?.['value']);
    // "The next one" resolves as an offset of one from here, not as "the first".
    const relative = /^(?:next|previous|last|following|current)\b/i.test(r.text);
    // "First of all, Anna Lee", "first off", "on second thought": a way of beginning or of taking
    // back, not a place in a list.
    const after = text.slice(r.end + 1);
    const beginning = (/^first$/i.test(r.text) && /^\s*(?:of\s+all|off|things\s+first)\b/i.test(after)) || (/^second$/i.test(r.text) && /^\s*thoughts?\b/i.test(after));
    return value && !relative && !beginning && /^([1-9]|10)$/.test(value) ? [{ type: 'ordinal', ...at(r), value }] : [];
  });
}

/** "The day before", "the previous week": a period before the last one asked about, never a date of its own. */
const BEFORE_THE_LAST = /^(?:the\s+)?(?:(?:day|week|month)\s+before(?:\s+that)?|previous\s+(?:day|week|month)|(?:a\s+)?(?:day|week|month)\s+earlier)$/i;

const DAY_MS = 86_400_000;
const dayBefore = (isoDay: string) => new Date(Date.parse(`${isoDay.slice(0, 10)}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10);
const dayAfter = (isoDay: string) => new Date(Date.parse(`${isoDay.slice(0, 10)}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

/** Dates and periods; a period's end is its last day (Recognizers gives the day after, except for a range it was told). */
function dates(text: string, now: Date): Recognised[] {
  const own = englishDateRanges(text, now);
  const recognised = (mayHoldADate(text) ? recognizeDateTime(text, Culture.English, undefined, now) : []).flatMap((r): Recognised[] => {
    const values = r.resolution?.['values'];
    const all = Array.isArray(values) ? (values as Record<string, unknown>[]) : [];
    // A weekday alone ("on Monday") is its next occurrence, today included, as both platforms read it;
    // a question about the past moves it back (readPeriod).
    const weekday = all.length === 2 && /^XXXX-WXX-\d$/.test(str(all[0]?.['timex']) ?? '');
    // The month in progress named without a year ("in December" said in December) is this one, as
    // both platforms read it; Recognizers gives last year's first.
    const thisYears = str(all[1]?.['start']);
    const monthInProgress = all.length === 2 && /^XXXX-\d{2}$/.test(str(all[0]?.['timex']) ?? '') && thisYears !== undefined && thisYears <= now.toISOString().slice(0, 10);
    const first = weekday || monthInProgress ? all[1] : all[0];
    const [value, start, end, timex] = [str(first?.['value']), str(first?.['start']), str(first?.['end']), str(first?.['timex'])];
    // "The last three days" ends today and holds three days: Recognizers starts it a day early.
    const lastDays = timex?.startsWith('(') && /^(?:the\s+)?(?:last|past)\s/i.test(r.text) && /P\d+D\)$/.test(timex) && end?.slice(0, 10) === now.toISOString().slice(0, 10);
    // A time of day alone ("twenty five" read as 20:05, "morning") is no date: no slot takes a
    // time. Nor is a length of time ("a second" in "wait a second", "two weeks"): Alexa's and
    // Dialogflow's date types leave durations to a duration type, which no slot here uses.
    if (timex?.startsWith('T') || timex?.startsWith('P') || first?.['type'] === 'duration') return [];
    const firstDay = start && lastDays ? dayAfter(start) : start?.slice(0, 10);
    // "This morning": a part of one day is that day, as the platforms' date types read it.
    const partOfDay = timex !== undefined && /^\d{4}-\d{2}-\d{2}T[A-Z]{2}$/.test(timex);
    const period = firstDay && end && !partOfDay ? { start: firstDay, end: timex?.startsWith('(') ? end.slice(0, 10) : dayBefore(end) } : undefined;
    const day = value?.slice(0, 10) ?? firstDay;
    // "And the day before?" is the day before the one last asked about, which no date type reads:
    // Recognizers takes it for the day before today.
    if (BEFORE_THE_LAST.test(r.text)) return [];
    // "two thousand" alone is an amount, not the year 2000; "in 2025" is still a year.
    if (!day || (timex && /^\d{4}$/.test(timex) && !/year/i.test(r.text) && !/\b(in|since|during|for)\s+$/i.test(text.slice(0, r.start)))) return [];
    // "Since Monday": the platforms fill a date slot with "Monday", said after "since" in a sample.
    const since = /^(?:ever\s+)?since\s+/i.exec(r.text)?.[0].length ?? 0;
    const where = { start: r.start + since, end: r.end + 1, text: r.text.slice(since) };
    return [{ type: 'date', ...where, value: day, ...(timex ? { timex } : {}), ...(period ? { period } : {}) }];
  });
  // Where a range of this project's own reading covers the words, it is the one read.
  return [...own, ...recognised.filter((r) => !own.some((o) => r.start < o.end && o.start < r.end))];
}

/** Every English value in the text. */
export function englishValues(text: string, locale: Locale, now: Date): Recognised[] {
  const { readable, moved } = oneAsNumber(hyphenatedPricesApart(text));
  const amounts = [...money(readable, locale), ...numbers(readable, locale), ...writtenPence(readable)].map((f) =>
    moved.has(f.start) ? { ...f, start: f.start - 2, text: text.slice(f.start - 2, f.end) } : { ...f, text: text.slice(f.start, f.end) },
  );
  return [...spokenAmounts(text, amounts), ...ordinals(text), ...dates(text, now)];
}

/**
 * The text as Recognizers reads "one" right, at the same length, so every position stays.
 * "A dollar fifty", "a quid": Recognizers reads no number in "a" (and "pound fifty" as fifty
 * pence), so "a" before a currency's name is read as "1". Recognizers takes "one" after "that"
 * or "this" for a pronoun even before "hundred", so "make that one hundred and fifty" held no
 * number at all; there "one" is read as "a" ("that   a hundred"), and `moved` holds where such a
 * number now starts, two characters after the "one" it starts at.
 */
function oneAsNumber(text: string): { readable: string; moved: Set<number> } {
  const moved = new Set<number>();
  const unit = text.replace(/\ba(?=\s+(?:dollar|buck|pound|quid|euro)\b)/gi, '1');
  const readable = unit.replace(/\b(that|this|the)(\s+)one(?=\s+(?:hundred|thousand|million)\b)/gi, (match: string, word: string, space: string, at: number) => {
    moved.add(at + word.length + space.length + 2);
    return `${word}${space}  a`;
  });
  return { readable, moved };
}
