/** Days and months spoken the locale's way: "November 20", "20 November", "20. November". */
import type { Locale } from '../kit/locale';

const dayFormats = new Map<string, Intl.DateTimeFormat>();
const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** A day (ISO date) as the locale says it, without the year unless asked for. */
export function spokenDay(isoDate: string, locale: Locale, withYear = false): string {
  const key = `${locale}:${withYear}`;
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', ...(withYear ? { year: 'numeric' } : {}), timeZone: 'UTC' });
    dayFormats.set(key, format);
  }
  return format.format(new Date(`${isoDate.slice(0, 10)}T12:00:00Z`));
}

/** A month (YYYY-MM) as the locale says it, with the year when it is not this year's. */
export function spokenMonth(month: string, locale: Locale, withYear: boolean): string {
  const key = `${locale}:${withYear}`;
  let format = monthFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { month: 'long', ...(withYear ? { year: 'numeric' } : {}), timeZone: 'UTC' });
    monthFormats.set(key, format);
  }
  return format.format(new Date(`${month}-15T12:00:00Z`));
}

/** Whether a day is today, yesterday or another day, relative to today's ISO date. */
export function relativeDay(isoDate: string, today: string): 'today' | 'yesterday' | 'other' {
  const day = isoDate.slice(0, 10);
  if (day === today) return 'today';
  const yesterday = new Date(Date.parse(`${today}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return day === yesterday ? 'yesterday' : 'other';
}

const RELATIVE_WORDS: Readonly<Record<Locale, { today: string; yesterday: string; on: string }>> = {
  'en-US': { today: 'today', yesterday: 'yesterday', on: 'on' },
  'en-GB': { today: 'today', yesterday: 'yesterday', on: 'on' },
  'de-DE': { today: 'heute', yesterday: 'gestern', on: 'am' },
};

/** "today", "yesterday" or the day as the locale says it ("November 18", "18. November"). */
export function spokenRelativeDay(isoDate: string, today: string, locale: Locale): string {
  const relative = relativeDay(isoDate, today);
  return relative === 'other' ? spokenDay(isoDate, locale) : RELATIVE_WORDS[locale][relative];
}

/** The same with the preposition a day needs: "today", "on November 18", "am 18. November". */
export function onSpokenRelativeDay(isoDate: string, today: string, locale: Locale): string {
  const day = spokenRelativeDay(isoDate, today, locale);
  return relativeDay(isoDate, today) === 'other' ? `${RELATIVE_WORDS[locale].on} ${day}` : day;
}
