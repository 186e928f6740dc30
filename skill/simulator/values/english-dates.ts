/**
 * English periods that Recognizers-Text reads wrongly or not at all, against today: "between the
 * first and the fifteenth (of November)", "from the 3rd to the 10th", "the last fortnight" and "since the
 * 10th".
 * Recognizers resolves spelled ordinals in a range to nothing ("PNaND"), finds nothing in a range
 * without a month, and takes "last fortnight" for a calendar month. The platforms read these as
 * the days said; values are shaped as Recognizers' range: a TIMEX in brackets, first and last day.
 */
import type { Recognised } from './found-value';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];

/** A day of the month as an ordinal word or figure ("fifteenth", "twenty-first", "15th"), 1 to 31. */
function dayOf(said: string): number | undefined {
  const word = said.toLowerCase().replace(/[\s-]+/g, ' ');
  const figure = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(word);
  let n: number | undefined;
  if (figure) n = Number(figure[1]);
  else if (UNITS.includes(word)) n = UNITS.indexOf(word) + 1;
  else if (TEENS.includes(word)) n = TEENS.indexOf(word) + 10;
  else if (word === 'twentieth') n = 20;
  else if (word === 'thirtieth') n = 30;
  else {
    const compound = /^(twenty|thirty) (\w+)$/.exec(word);
    const unit = compound ? UNITS.indexOf(compound[2] ?? '') + 1 : 0;
    if (compound && unit > 0) n = (compound[1] === 'twenty' ? 20 : 30) + unit;
  }
  return n !== undefined && n >= 1 && n <= 31 ? n : undefined;
}

const ORDINAL = String.raw`(\d{1,2}(?:st|nd|rd|th)|(?:twenty|thirty)[\s-](?:${UNITS.join('|')})|${[...UNITS, ...TEENS, 'twentieth', 'thirtieth'].join('|')})`;
const RANGE = new RegExp(String.raw`\b(?:between|from)\s+the\s+${ORDINAL}\s+(?:and|to|until|till)\s+the\s+${ORDINAL}(?:\s+of\s+(${MONTHS.join('|')}))?\b`, 'gi');
const FORTNIGHT = /\b(?:the\s+)?(?:last|past)\s+fortnight\b/gi;
/** "Since the 10th": a day of the month alone, after "since", which Recognizers reads as no date. */
const SINCE_DAY = new RegExp(String.raw`\bsince\s+(the\s+${ORDINAL})(?!\s+(?:of|and|to|until|till)\b)`, 'gi');

const DAY_MS = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);

function range(from: Date, to: Date): Pick<Recognised, 'value' | 'timex' | 'period'> {
  const days = Math.round((to.getTime() - from.getTime()) / DAY_MS);
  return { value: iso(from), timex: `(${iso(from)},${iso(to)},P${days}D)`, period: { start: iso(from), end: iso(to) } };
}

/**
 * The two days of "between the first and the fifteenth": of the month named (last year's, when it
 * is still to come this year), or with none named, of the latest month where the last day is past.
 */
function daysOfRange(today: Date, first: number, last: number, monthSaid: string | undefined): [Date, Date] | undefined {
  let year = today.getUTCFullYear();
  let month = monthSaid ? MONTHS.indexOf(monthSaid.toLowerCase()) : today.getUTCMonth();
  if (monthSaid && month > today.getUTCMonth()) year -= 1;
  if (!monthSaid && last > today.getUTCDate()) month -= 1;
  const end = new Date(Date.UTC(year, month, last));
  const start = new Date(Date.UTC(year, month, first));
  // "The thirty-first" of a shorter month rolls over: no such day.
  return start <= end && end.getUTCDate() === last ? [start, end] : undefined;
}

/** The periods of this kind in a text, relative to `now`. */
export function englishDateRanges(text: string, now: Date): Recognised[] {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const found: Recognised[] = [];
  for (const m of text.matchAll(RANGE)) {
    const [first, last] = [dayOf(m[1] ?? ''), dayOf(m[2] ?? '')];
    const days = first !== undefined && last !== undefined ? daysOfRange(today, first, last, m[3]) : undefined;
    if (days && m.index !== undefined) found.push({ type: 'date', start: m.index, end: m.index + m[0].length, text: m[0], ...range(days[0], days[1]) });
  }
  // Fourteen days, today the last of them.
  for (const m of text.matchAll(FORTNIGHT)) {
    if (m.index !== undefined) found.push({ type: 'date', start: m.index, end: m.index + m[0].length, text: m[0], ...range(new Date(today.getTime() - 13 * DAY_MS), today) });
  }
  // This month's day, or last month's where this month's is still to come; the slot takes it without "since".
  for (const m of text.matchAll(SINCE_DAY)) {
    const said = m[1] ?? '';
    const n = dayOf(said.replace(/^the\s+/i, ''));
    if (n === undefined || m.index === undefined) continue;
    const month = n > today.getUTCDate() ? today.getUTCMonth() - 1 : today.getUTCMonth();
    const day = new Date(Date.UTC(today.getUTCFullYear(), month, n));
    if (day.getUTCDate() !== n) continue;
    const start = m.index + m[0].length - said.length;
    found.push({ type: 'date', start, end: m.index + m[0].length, text: said, value: iso(day), timex: iso(day) });
  }
  return found;
}
