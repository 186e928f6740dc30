/** Words for the period before the one last asked about, per locale. */
import type { Locale } from '../kit/locale';

/** How far back: a day, a week or a month, or (`before`) a period as long as the last one. */
export type Earlier = 'day' | 'week' | 'month' | 'before';

/**
 * "And the week before?", "und den Monat davor?", "before that": the period just before the
 * last one asked about. Matched against heard slot text and compiled into the interaction model.
 */
export const EARLIER_WORDS: Readonly<Record<Locale, Readonly<Record<Earlier, readonly string[]>>>> = {
  'en-US': {
    day: ['the day before', 'the day before that', 'the previous day', 'a day earlier'],
    week: ['the week before', 'the week before that', 'the previous week', 'a week earlier'],
    month: ['the month before', 'the month before that', 'the previous month', 'a month earlier'],
    before: ['before that', 'the one before', 'the one before that', 'the previous one'],
  },
  'en-GB': {
    day: ['the day before', 'the day before that', 'the previous day', 'a day earlier'],
    week: ['the week before', 'the week before that', 'the previous week', 'a week earlier'],
    month: ['the month before', 'the month before that', 'the previous month', 'a month earlier'],
    before: ['before that', 'the one before', 'the one before that', 'the previous one'],
  },
  'de-DE': {
    day: ['den tag davor', 'der tag davor', 'am tag davor', 'den tag vorher', 'einen tag früher'],
    week: ['die woche davor', 'die woche vorher', 'die vorwoche', 'eine woche früher', 'in der woche davor'],
    month: ['den monat davor', 'der monat davor', 'im monat davor', 'den monat vorher', 'der vormonat', 'den vormonat', 'im vormonat', 'einen monat früher'],
    before: ['davor', 'vorher', 'die zeit davor'],
  },
};
