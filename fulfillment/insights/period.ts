/**
 * Periods of calendar days ("last month", "this week", "November 3", a range), read from the
 * date values the platforms send and computed against the injected clock. Days are UTC
 * calendar days, as the bank dates its transactions.
 */
import { UTCDateMini } from '@date-fns/utc/date/mini';
// One module a function: date-fns's index loads every function it has (about 40 ms at start-up).
import { addDays } from 'date-fns/addDays';
import { addYears } from 'date-fns/addYears';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { differenceInCalendarMonths } from 'date-fns/differenceInCalendarMonths';
import { endOfMonth } from 'date-fns/endOfMonth';
import { endOfYear } from 'date-fns/endOfYear';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import { startOfMonth } from 'date-fns/startOfMonth';
import { startOfWeek } from 'date-fns/startOfWeek';
import { subMonths } from 'date-fns/subMonths';
import { isoDay } from '../kit/clock';
import type { Locale } from '../kit/locale';
import type { Earlier } from './earlier-words';

/**
 * The UTC context for date-fns. The small UTCDate does all the arithmetic in UTC; the full one
 * (behind @date-fns/utc's `utc`) adds string formatters that build Intl formatters at load.
 */
const utc = (value: Date | number | string) => new UTCDateMini(+new Date(value));

/** How a period is spoken: the named ones are said by name, the rest by their dates. */
export type PeriodName =
  | { readonly kind: 'today' | 'yesterday' | 'this-week' | 'last-week' | 'this-month' | 'last-month' }
  | { readonly kind: 'day'; readonly date: string }
  | { readonly kind: 'month'; readonly month: string; readonly sameYear: boolean }
  /** `sameYear`: both ends fall in this year, so the years go unsaid. */
  | { readonly kind: 'range'; readonly from: string; readonly to: string; readonly sameYear: boolean };

/** Inclusive ISO dates (YYYY-MM-DD) and the period's spoken name. */
export interface Period {
  readonly from: string;
  readonly to: string;
  readonly name: PeriodName;
}

/** The first day of the week, per locale: Sunday in the US, Monday in Britain and Germany. */
const WEEK_STARTS: Readonly<Record<Locale, 0 | 1>> = { 'en-US': 0, 'en-GB': 1, 'de-DE': 1 };

// Every date here is a UTC date, so its ISO day is the first ten characters of its ISO instant.
const iso = (d: Date) => d.toISOString().slice(0, 10);
const day = (text: string) => parseISO(text, { in: utc });


/** The week that holds a day, starting on the locale's first day of the week. */
function weekOf(date: string, locale: Locale): { from: string; to: string } {
  const start = startOfWeek(day(date), { weekStartsOn: WEEK_STARTS[locale], in: utc });
  return { from: iso(start), to: iso(addDays(start, 6)) };
}

/** A named period, computed for today in a locale. */
export function namedPeriod(kind: Extract<PeriodName['kind'], 'today' | 'yesterday' | 'this-week' | 'last-week' | 'this-month' | 'last-month'>, now: Date, locale: Locale): Period {
  const today = isoDay(now);
  const span = (from: Date, to: Date) => ({ from: iso(from), to: iso(to), name: { kind } });
  switch (kind) {
    case 'today':
      return { from: today, to: today, name: { kind } };
    case 'yesterday':
      return span(addDays(day(today), -1), addDays(day(today), -1));
    case 'this-week':
      return { ...weekOf(today, locale), name: { kind } };
    case 'last-week':
      return { ...weekOf(iso(addDays(day(today), -7)), locale), name: { kind } };
    case 'this-month':
      return span(startOfMonth(day(today)), endOfMonth(day(today)));
    case 'last-month': {
      const previous = subMonths(day(today), 1);
      return span(startOfMonth(previous), endOfMonth(previous));
    }
  }
}

/** Names a span of days: by a period's name when it is one, else as a day, month or range. */
export function nameSpan(from: string, to: string, now: Date, locale: Locale): Period {
  for (const kind of ['today', 'yesterday', 'this-month', 'last-month'] as const) {
    const named = namedPeriod(kind, now, locale);
    if (named.from === from && named.to === to) return named;
  }
  const days = differenceInCalendarDays(day(to), day(from), { in: utc });
  if (days === 6 && [0, 1].includes(day(from).getDay())) {
    // A platform's week may start on another day than the locale's: "this week" is the locale's.
    const today = isoDay(now);
    if (from <= today && today <= to) return namedPeriod('this-week', now, locale);
    const aWeekAgo = iso(addDays(day(today), -7));
    if (from <= aWeekAgo && aWeekAgo <= to) return namedPeriod('last-week', now, locale);
  }
  if (from === to) return { from, to, name: { kind: 'day', date: from } };
  if (from === iso(startOfMonth(day(from))) && to === iso(endOfMonth(day(from)))) {
    return { from, to, name: { kind: 'month', month: from.slice(0, 7), sameYear: from.slice(0, 4) === isoDay(now).slice(0, 4) } };
  }
  const year = isoDay(now).slice(0, 4);
  return { from, to, name: { kind: 'range', from, to, sameYear: from.slice(0, 4) === year && to.slice(0, 4) === year } };
}

const WEEKEND = /^(\d{4}-W\d{2})-WE$/;
const WEEK = /^\d{4}-W\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;
const YEAR = /^\d{4}$/;
const DATE = /^\d{4}-\d{2}-\d{2}/;

/** A span of days read from one date value, and the unit the value named. */
interface Span {
  readonly from: string;
  readonly to: string;
  readonly unit: 'day' | 'week' | 'month' | 'year' | 'range';
}

/** Reads one date value as a span of days, or undefined when it is not one the skill reads. */
function spanOf(text: string, today: string): Span | undefined {
  const checked = (from: Date, to: Date, unit: Span['unit']) => (isValid(from) && isValid(to) ? { from: iso(from), to: iso(to), unit } : undefined);
  if (text === 'PRESENT_REF') return { from: today, to: today, unit: 'day' };
  const weekend = WEEKEND.exec(text)?.[1];
  if (weekend) return checked(addDays(day(weekend), 5), addDays(day(weekend), 6), 'week');
  if (WEEK.test(text)) return checked(day(text), addDays(day(text), 6), 'week');
  if (MONTH.test(text)) return checked(day(text), endOfMonth(day(text)), 'month');
  if (YEAR.test(text)) return checked(day(text), endOfYear(day(text)), 'year');
  if (DATE.test(text)) return checked(day(text.slice(0, 10)), day(text.slice(0, 10)), 'day');
  return undefined;
}

/** A date value, or a "start/end" interval of two, as a span. */
function readSpan(value: string, today: string): Span | undefined {
  const [first, second, ...rest] = value.trim().split('/');
  if (rest.length > 0 || !first) return undefined;
  const a = spanOf(first, today);
  const b = second === undefined ? a : spanOf(second, today);
  if (!a || !b) return undefined;
  return second === undefined ? a : { from: a.from, to: b.to, unit: 'range' };
}

/**
 * Moves a day, week or month that lies wholly in the future back, and a range of under a week
 * ("the weekend"): a week back for a week or such a range, and
 * for a day within the coming six (a weekday said alone, "on Monday", which Alexa resolves
 * forwards); a year back for any other.
 */
function intoThePast(span: Span, today: string): Span {
  // "At the weekend" said on a weekday, which Dialogflow reads as the coming one: the last one.
  const coming = span.unit === 'range' && span.from > today && differenceInCalendarDays(day(span.to), day(span.from), { in: utc }) < 7;
  if (coming) return { ...span, from: iso(addDays(day(span.from), -7)), to: iso(addDays(day(span.to), -7)) };
  if (span.from <= today || span.unit === 'range' || span.unit === 'year') return span;
  const weekday = span.unit === 'day' && span.from <= iso(addDays(day(today), 6));
  const back = (d: string) => iso(span.unit === 'week' || weekday ? addDays(day(d), -7) : addYears(day(d), -1));
  return { ...span, from: back(span.from), to: back(span.to) };
}

/** A span that is one calendar month: a month named, or a range from its first to its last day (Dialogflow's date period). */
const isWholeMonth = (span: Span) => span.unit === 'month' || (span.unit === 'range' && span.from.endsWith('-01') && span.to === iso(endOfMonth(day(span.from))));

/**
 * Reads a period from a date slot and an optional end date. Understood: Alexa AMAZON.DATE
 * values ("2026-11-20", "2026-W47", "2026-W47-WE", "2026-11", "2026", "PRESENT_REF") and
 * Dialogflow dates and date periods (an interval "start/end" of ISO date-times; the date
 * before the "T" is the customer's own day). A day, week or month that lies wholly in the
 * future means its last occurrence, since a customer asking about money means the past.
 */
export function readPeriod(value: string | undefined, until: string | undefined, now: Date, locale: Locale): Period | 'unreadable' | undefined {
  const today = isoDay(now);
  const heard = value?.trim() ? readSpan(value, today) : undefined;
  const end = until?.trim() ? readSpan(until, today) : undefined;
  if (!heard && !end) return value?.trim() || until?.trim() ? 'unreadable' : undefined;
  if ((value?.trim() && !heard) || (until?.trim() && !end)) return 'unreadable';
  const start = heard ? intoThePast(heard, today) : { from: today, to: today, unit: 'day' as const };
  const from = start.from;
  // The end of a range lies in the past as its start does ("September and October" said in
  // November: this October, never next year's cut to today). A month's first day as the end of a
  // range that starts with a whole month is that month: a platform's date type holds one day.
  const last = end ? intoThePast(end, today) : undefined;
  const wholeMonth = last && isWholeMonth(start) && last.unit === 'day' && last.from.endsWith('-01') ? spanOf(last.from.slice(0, 7), today) : undefined;
  const to = (wholeMonth ?? last)?.to ?? start.to;
  if (to < from) return 'unreadable';
  return nameSpan(from, to, now, locale);
}

/**
 * The date value of the period just before one: the day, the week (seven days), the fortnight
 * (fourteen) or the calendar
 * month before it starts, or, for `before`, a period as long just before it (a calendar month
 * before a month). Undefined when the period cannot be read; no period is this month, as
 * spending reads it.
 */
export function periodBefore(value: string | undefined, until: string | undefined, earlier: Earlier, now: Date, locale: Locale): string | undefined {
  const period = readPeriod(value, until, now, locale) ?? namedPeriod('this-month', now, locale);
  if (period === 'unreadable') return undefined;
  const [from, to] = [day(period.from), day(period.to)];
  const wholeMonths = period.from === iso(startOfMonth(from)) && period.to === iso(endOfMonth(to));
  if (earlier === 'month' || (earlier === 'before' && wholeMonths)) {
    const months = earlier === 'month' ? 1 : differenceInCalendarMonths(to, from, { in: utc }) + 1;
    const start = subMonths(startOfMonth(from), months);
    return months === 1 ? iso(start).slice(0, 7) : `${iso(start)}/${iso(addDays(startOfMonth(from), -1))}`;
  }
  const days = earlier === 'day' ? 1 : earlier === 'week' ? 7 : earlier === 'fortnight' ? 14 : differenceInCalendarDays(to, from, { in: utc }) + 1;
  const start = iso(addDays(from, -days));
  return days === 1 ? start : `${start}/${iso(addDays(from, -1))}`;
}

/**
 * Whether a date value the platform sent ("2026-11-21", "2026-W48", a Dialogflow date-time) names
 * a day other than today: a later one ("tomorrow", "on Friday"), or one already
 * past, which a customer saying "on the 5th" late in the month means of the next month. A transfer
 * goes right away, so either is said, never dropped in silence. An unreadable value is neither.
 */
export function namesAnotherDay(value: string | undefined, now: Date): boolean {
  const today = isoDay(now);
  const span = value?.trim() ? readSpan(value, today) : undefined;
  return span !== undefined && (span.from > today || span.to < today);
}
