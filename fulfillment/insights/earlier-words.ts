/** Words for the period before the one last asked about, per locale. */
import type { Locale } from '../kit/locale';

/** How far back: a day, a week, a fortnight (two weeks) or a month, or (`before`) a period as long as the last one. */
export type Earlier = 'day' | 'week' | 'fortnight' | 'month' | 'before';

/**
 * "And the week before?", "und den Monat davor?", "before that": the period just before the
 * last one asked about. Matched against heard slot text and compiled into the interaction model.
 */
export const EARLIER_WORDS: Readonly<Record<Locale, Readonly<Record<Earlier, readonly string[]>>>> = {
  'en-US': {
    day: ['the day before', 'the day before that', 'the previous day', 'a day earlier'],
    week: ['the week before', 'the week before that', 'the previous week', 'a week earlier'],
    fortnight: ['the fortnight before', 'the fortnight before that', 'the previous fortnight', 'the two weeks before', 'the two weeks before that', 'the previous two weeks', 'two weeks earlier'],
    month: ['the month before', 'the month before that', 'the previous month', 'a month earlier'],
    before: ['before that', 'the one before', 'the one before that', 'the previous one'],
  },
  'en-GB': {
    day: ['the day before', 'the day before that', 'the previous day', 'a day earlier'],
    week: ['the week before', 'the week before that', 'the previous week', 'a week earlier'],
    fortnight: ['the fortnight before', 'the fortnight before that', 'the previous fortnight', 'the two weeks before', 'the two weeks before that', 'the previous two weeks', 'two weeks earlier'],
    month: ['the month before', 'the month before that', 'the previous month', 'a month earlier'],
    before: ['before that', 'the one before', 'the one before that', 'the previous one'],
  },
  'de-DE': {
    day: ['den tag davor', 'der tag davor', 'am tag davor', 'den tag vorher', 'einen tag früher'],
    week: ['die woche davor', 'die woche vorher', 'die vorwoche', 'eine woche früher', 'in der woche davor'],
    fortnight: ['die zwei wochen davor', 'die zwei wochen vorher', 'die vierzehn tage davor', 'die 14 tage davor', 'in den zwei wochen davor', 'zwei wochen früher'],
    month: ['den monat davor', 'der monat davor', 'im monat davor', 'den monat vorher', 'der vormonat', 'den vormonat', 'im vormonat', 'einen monat früher'],
    before: ['davor', 'vorher', 'die zeit davor'],
  },
};
