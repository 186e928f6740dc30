/**
 * "Every month", "weekly", "jeden Monat", "als Dauerauftrag": a transfer asked to repeat. The
 * skill sends one transfer at a time, so the words are heard (a slot of their own, `recurring`)
 * and the customer is told, never left believing a standing order was set up.
 */
import type { Locale } from '../kit/locale';

const ENGLISH = [
  'every month', 'each month', 'monthly', 'every week', 'each week', 'weekly', 'every day', 'daily', 'every two weeks', 'fortnightly',
  'every year', 'yearly', 'annually', 'regularly', 'as a standing order', 'as a recurring transfer', 'recurring', 'on a monthly basis',
];

/** One value: the transfer is asked to repeat. */
export const RECURRING_WORDS: Readonly<Record<Locale, Readonly<Record<'recurring', readonly string[]>>>> = {
  'en-US': { recurring: ENGLISH },
  'en-GB': { recurring: ENGLISH },
  'de-DE': {
    recurring: ['jeden monat', 'monatlich', 'jede woche', 'wöchentlich', 'jeden tag', 'täglich', 'alle zwei wochen', 'jedes jahr', 'jährlich', 'regelmäßig', 'als dauerauftrag', 'dauerauftrag'],
  },
};
