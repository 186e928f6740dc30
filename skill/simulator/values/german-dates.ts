/**
 * German days and periods, against today: "heute", "gestern", "vorgestern", "morgen", "am Freitag", "diese Woche",
 * "letzte Woche", "vorletzte Woche", "vor drei Tagen", "vor zwei Wochen", "am Dritten", "diesen Monat", "letzten Monat", "im Oktober" (also Austrian
 * "im Jänner"), "10. November", "am zweiten November", "vom 1. bis 10. November", "vom 1. bis zum
 * 15.", "in den letzten sieben Tagen", "dieses Jahr", "heuer", "letztes Jahr". Written here because Recognizers-Text's JavaScript release has no German
 * date model (it finds nothing in "letzten Monat"). Values are shaped as the English recogniser's:
 * a TIMEX date ("2026-W47", "XXXX-10" for a month without a year) and the latest such period's
 * first and last day.
 */
import type { Recognised } from './found-value';
import { germanNumberWord } from './german-numbers';

const WEEKDAYS = ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'];
const MONTHS = ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'];
/** Austrian names of months ("Jänner", "Feber"), with the month each is. */
const AUSTRIAN_MONTHS: Readonly<Record<string, number>> = { jänner: 0, jaenner: 0, feber: 1 };
/** A month's index by any of its names. */
const monthIndex = (name: string) => AUSTRIAN_MONTHS[name.toLowerCase()] ?? MONTHS.indexOf(name.toLowerCase());

const DAY_MS = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY_MS);
const pad = (n: number) => String(n).padStart(2, '0');

/** The ISO week (Monday first, as in Germany) of a day: its year, number and Monday. */
function isoWeek(day: Date): { year: number; week: number; monday: Date } {
  const monday = addDays(day, -((day.getUTCDay() + 6) % 7));
  const thursday = addDays(monday, 3);
  const firstThursday = new Date(Date.UTC(thursday.getUTCFullYear(), 0, 4));
  const week = 1 + Math.round((monday.getTime() - addDays(firstThursday, -((firstThursday.getUTCDay() + 6) % 7)).getTime()) / (7 * DAY_MS));
  return { year: thursday.getUTCFullYear(), week, monday };
}

type Value = Pick<Recognised, 'value' | 'timex' | 'period'>;

const day = (d: Date): Value => ({ value: iso(d), timex: iso(d) });
const week = (d: Date): Value => {
  const { year, week: n, monday } = isoWeek(d);
  return { value: iso(monday), timex: `${year}-W${pad(n)}`, period: { start: iso(monday), end: iso(addDays(monday, 6)) } };
};
const weekend = (d: Date): Value => {
  const { year, week: n, monday } = isoWeek(d);
  return { value: iso(addDays(monday, 5)), timex: `${year}-W${pad(n)}-WE`, period: { start: iso(addDays(monday, 5)), end: iso(addDays(monday, 6)) } };
};
const month = (year: number, index: number): Value => {
  const first = new Date(Date.UTC(year, index, 1));
  const last = new Date(Date.UTC(year, index + 1, 0));
  return { value: iso(first), timex: iso(first).slice(0, 7), period: { start: iso(first), end: iso(last) } };
};
const year = (y: number): Value => ({ value: `${y}-01-01`, timex: String(y), period: { start: `${y}-01-01`, end: `${y}-12-31` } });

const MONTH = 'januar|jänner|jaenner|februar|feber|märz|april|mai|juni|juli|august|september|oktober|november|dezember';
/** A day of the month said as a figure ("2.") or an ordinal word ("zweiten", "einunddreißigsten"). */
const DAY_OF_MONTH = String.raw`(\d{1,2}\.|\p{L}+?(?:te|ten|ter|tes|tem))`;
const FIRST_ORDINALS: Readonly<Record<string, number>> = { erst: 1, dritt: 3, siebt: 7, acht: 8 };

/** The day a figure ("2.") or an ordinal word ("zweiten", "zwanzigsten") names, 1 to 31. */
function dayOfMonth(said: string): number | undefined {
  const figure = /^(\d{1,2})\.$/.exec(said);
  const stem = /^(\p{L}+?)(?:e|en|er|es|em)$/u.exec(said.toLowerCase())?.[1] ?? '';
  // Up to nineteen an ordinal is the number and "t" ("vierte"), from twenty "st" ("zwanzigste").
  const n = figure ? Number(figure[1]) : (FIRST_ORDINALS[stem] ?? (stem.endsWith('st') ? atLeast(20, germanNumberWord(stem.slice(0, -2))) : stem.endsWith('t') ? germanNumberWord(stem.slice(0, -1)) : undefined));
  return n !== undefined && n >= 1 && n <= 31 ? n : undefined;
}
const atLeast = (min: number, n: number | undefined) => (n !== undefined && n >= min ? n : undefined);

/** A day of a month, in the latest year where it is not after today. */
function dayIn(today: Date, index: number, date: number): Date {
  const y = Date.UTC(today.getUTCFullYear(), index, date) > today.getTime() ? today.getUTCFullYear() - 1 : today.getUTCFullYear();
  return new Date(Date.UTC(y, index, date));
}

/** A period from one day to another, shaped as the English recogniser's range: its TIMEX in brackets. */
const range = (from: Date, to: Date): Value => {
  const days = Math.round((to.getTime() - from.getTime()) / DAY_MS);
  return { value: iso(from), timex: `(${iso(from)},${iso(to)},P${days}D)`, period: { start: iso(from), end: iso(to) } };
};

/** How many days, weeks or months "die letzten sieben Tage" goes back. */
const UNITS: Readonly<Record<string, (today: Date, n: number) => Date>> = {
  tag: (t, n) => addDays(t, -n),
  woche: (t, n) => addDays(t, -7 * n),
  monat: (t, n) => new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() - n, t.getUTCDate())),
};

/** How many a word before a unit says: a figure, a number word, or "einem"/"einer" ("vor einer Woche"). */
function countSaid(word: string): number | undefined {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  return w === 'einem' || w === 'einer' ? 1 : germanNumberWord(w);
}

/** A day of the month said without its month ("seit dem 10.", "am Dritten"): this month's, or last month's where this month's is still to come. */
function latestDayOfMonth(t: Date, said: string): Value | undefined {
  const date = dayOfMonth(said);
  if (date === undefined) return undefined;
  const found = new Date(Date.UTC(t.getUTCFullYear(), date > t.getUTCDate() ? t.getUTCMonth() - 1 : t.getUTCMonth(), date));
  return found.getUTCDate() === date ? day(found) : undefined;
}

/** Patterns and the value each names, given today (a UTC midnight). */
const PATTERNS: readonly (readonly [RegExp, (today: Date, m: RegExpExecArray) => Value | undefined])[] = [
  // "Vom 1. bis 10. November", "zwischen dem ersten und dem zehnten November", "vom 3. Oktober bis zum 5. November".
  [new RegExp(String.raw`\b(?:vom|von|zwischen\s+dem)\s+${DAY_OF_MONTH}\s*(?:(${MONTH})\s+)?(?:bis|und)\s+(?:zum\s+|dem\s+)?${DAY_OF_MONTH}\s*(${MONTH})\b`, 'iu'), (t, m) => {
    const [first, last] = [dayOfMonth(m[1] ?? ''), dayOfMonth(m[3] ?? '')];
    const endMonth = monthIndex(m[4] ?? '');
    if (first === undefined || last === undefined) return undefined;
    const end = dayIn(t, endMonth, last);
    const startMonth = m[2] ? monthIndex(m[2]) : first <= last ? endMonth : endMonth - 1;
    const start = new Date(Date.UTC(end.getUTCFullYear() - (startMonth > end.getUTCMonth() ? 1 : 0), (startMonth + 12) % 12, first));
    return start <= end ? range(start, end) : undefined;
  }],
  // "Vom 1. bis zum 15.", no month said: of the latest month where the last day is past.
  [new RegExp(String.raw`\b(?:vom|von|zwischen\s+dem)\s+${DAY_OF_MONTH}\s*(?:bis|und)\s+(?:zum\s+|dem\s+)?${DAY_OF_MONTH}(?!\s*(?:${MONTH}))`, 'iu'), (t, m) => {
    const [first, last] = [dayOfMonth(m[1] ?? ''), dayOfMonth(m[2] ?? '')];
    if (first === undefined || last === undefined || first > last) return undefined;
    const month = last > t.getUTCDate() ? t.getUTCMonth() - 1 : t.getUTCMonth();
    const end = new Date(Date.UTC(t.getUTCFullYear(), month, last));
    return end.getUTCDate() === last ? range(new Date(Date.UTC(t.getUTCFullYear(), month, first)), end) : undefined;
  }],
  // "In den letzten sieben Tagen", "die letzten zwei Wochen", "letzte 3 Monate": back from today.
  [/\b(?:(?:in\s+)?(?:den|die)\s+)?(?:letzten|vergangenen|letzte|vergangene)\s+(\d{1,2}|\p{L}+)\s+(tag|woche|monat)(?:e|en|n)?\b/iu, (t, m) => {
    const n = countSaid(m[1] ?? '');
    const back = UNITS[(m[2] ?? '').toLowerCase()];
    // Today is the last of them: "die letzten drei Tage" are three days, not four.
    return n && n > 0 && back ? range(addDays(back(t, n), 1), t) : undefined;
  }],
  // "Seit dem 10.": this month's day, or last month's where this month's is still to come.
  [new RegExp(String.raw`(?<=\bseit\s+)(?:dem\s+)?${DAY_OF_MONTH}(?!\s*(?:${MONTH}))`, 'iu'), (t, m) => latestDayOfMonth(t, m[1] ?? '')],
  [new RegExp(String.raw`\b(?:(?:am|vom|den|dem|der)\s+)?${DAY_OF_MONTH}\s*(${MONTH})\b`, 'iu'), (t, m) => {
    const index = monthIndex(m[2] ?? '');
    const date = dayOfMonth(m[1] ?? '');
    if (date === undefined) return undefined;
    return { ...day(dayIn(t, index, date)), timex: `XXXX-${pad(index + 1)}-${pad(date)}` };
  }],
  // "Am Dritten", "am 3.", no month said: as "seit dem 10.".
  [new RegExp(String.raw`\bam\s+${DAY_OF_MONTH}(?!\s*(?:${MONTH}))`, 'iu'), (t, m) => latestDayOfMonth(t, m[1] ?? '')],
  // "Vor drei Tagen" is that day, "vor zwei Wochen" that week, "vor einem Monat" that month.
  [/\bvor\s+(\d{1,2}|\p{L}+)\s+(tag|woche|monat)(?:e|en|n)?\b/iu, (t, m) => {
    const n = countSaid(m[1] ?? '');
    const unit = (m[2] ?? '').toLowerCase();
    const back = UNITS[unit];
    if (!n || n < 1 || !back) return undefined;
    // A month back is named by its number, not by going back n months from a day: "vor einem Monat" on 31 March is February.
    if (unit === 'monat') return month(t.getUTCFullYear(), t.getUTCMonth() - n);
    const then = back(t, n);
    return unit === 'tag' ? day(then) : week(then);
  }],
  [new RegExp(String.raw`\b(?:im\s+(?:monat\s+)?)?(${MONTH})\b`, 'iu'), (t, m) => {
    const index = monthIndex(m[1] ?? '');
    const y = index > t.getUTCMonth() ? t.getUTCFullYear() - 1 : t.getUTCFullYear();
    return { ...month(y, index), timex: `XXXX-${pad(index + 1)}` };
  }],
  // "Letzten Freitag", "vorigen Montag": the last such day before today.
  [/\b(?:am\s+)?(?:letzten|vergangenen|vorigen)\s+(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b/iu, (t, m) => {
    const wanted = (WEEKDAYS.indexOf((m[1] ?? '').toLowerCase()) + 1) % 7;
    return day(addDays(t, -((t.getUTCDay() - wanted + 7) % 7 || 7)));
  }],
  // "Am Wochenende", "letztes Wochenende": Saturday and Sunday of this week or the last one.
  [/\b(?:am\s+|dieses\s+|diesem\s+)?(letzten|letztes|vergangenen|vergangenes|vorigen|voriges)?\s*wochenende\b/iu, (t, m) => weekend(addDays(t, m[1] ? -7 : 0))],
  [/\bübermorgen\b/iu, (t) => day(addDays(t, 2))],
  // "Heute Morgen", "guten Morgen" are a time of day and a greeting, not tomorrow.
  [/(?<!(?:heute|gestern|guten)\s+)\bmorgen\b/iu, (t) => day(addDays(t, 1))],
  [/\b(?:am\s+|diesen\s+|nächsten\s+)?(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b/iu, (t, m) => {
    // A weekday alone is its next occurrence, today included, as Alexa's AMAZON.DATE reads it.
    const wanted = (WEEKDAYS.indexOf((m[1] ?? '').toLowerCase()) + 1) % 7;
    return { ...day(addDays(t, (wanted - t.getUTCDay() + 7) % 7)), timex: `XXXX-WXX-${wanted === 0 ? 7 : wanted}` };
  }],
  [/\b(?:in\s+der\s+)?(?:nächsten|nächste|kommenden|kommende)\s+woche\b/iu, (t) => week(addDays(t, 7))],
  [/\b(?:im\s+)?(?:nächsten|kommenden)\s+monat\b/iu, (t) => month(t.getUTCFullYear(), t.getUTCMonth() + 1)],
  [/\bvorgestern\b/iu, (t) => day(addDays(t, -2))],
  [/\bgestern\b/iu, (t) => day(addDays(t, -1))],
  [/\bheute\b/iu, (t) => day(t)],
  [/\b(?:in\s+)?(?:der\s+)?(?:vorletzten|vorletzter|vorletzte)\s+woche\b/iu, (t) => week(addDays(t, -14))],
  [/\b(?:im\s+)?(?:vorletzten)\s+monat\b/iu, (t) => month(t.getUTCFullYear(), t.getUTCMonth() - 2)],
  [/\bheuer\b/iu, (t) => year(t.getUTCFullYear())],
  [/\b(?:in\s+)?(?:der\s+)?(?:letzten|letzter|letzte|vergangenen|vergangene|vorigen|vorige)\s+woche\b/iu, (t) => week(addDays(t, -7))],
  [/\b(?:in\s+)?(?:dieser|diese)\s+woche\b/iu, (t) => week(t)],
  [/\b(?:im\s+)?(?:letzten|vergangenen|vorigen)\s+monat\b/iu, (t) => month(t.getUTCFullYear(), t.getUTCMonth() - 1)],
  [/\b(?:in\s+)?(?:diesem|diesen)\s+monat\b/iu, (t) => month(t.getUTCFullYear(), t.getUTCMonth())],
  [/\b(?:im\s+)?(?:letzten|letztes|vergangenen|vergangenes|vorigen|voriges)\s+jahr\b/iu, (t) => year(t.getUTCFullYear() - 1)],
  [/\b(?:in\s+)?(?:diesem|dieses)\s+jahr\b/iu, (t) => year(t.getUTCFullYear())],
];

/** The German dates in a text, relative to `now`. */
export function germanDates(text: string, now: Date): Recognised[] {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const found: Recognised[] = [];
  const taken = (start: number, end: number) => found.some((f) => start < f.end && f.start < end);
  for (const [pattern, resolve] of PATTERNS) {
    const global = new RegExp(pattern.source, 'giu');
    for (let m = global.exec(text); m; m = global.exec(text)) {
      const value = resolve(today, m);
      if (value && !taken(m.index, m.index + m[0].length)) found.push({ type: 'date', start: m.index, end: m.index + m[0].length, text: m[0], ...value });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
