/**
 * Whether English text may name a date, a period or a time at all, asked before Recognizers-Text's
 * date-time model reads it. That model takes about two thirds of the time an utterance needs to
 * be understood (2.5 of 3.6 ms on two cores), and most requests ("how much is in my savings?")
 * name no time. The library ships the screen for this in its English definitions,
 * `FailFastRegex` (the words and shapes every one of its patterns starts from), but its
 * JavaScript models never apply it; its holiday names and "every" with a unit are added, since a
 * few ("St George", "Corpus Christi", "everyday") are read without any of those words. The
 * patterns are the library's; only their group names are dropped, which JavaScript would refuse
 * as duplicates.
 * `test/simulator/may-hold-a-date.test.ts` checks over every English line of the conversation
 * scripts and CLINC150's train split that the model finds nothing in text screened out.
 */
import { EnglishDateTime } from '@microsoft/recognizers-text-date-time';

/** A pattern of the library's definitions as a JavaScript expression: its named groups made plain. */
const compiled = (source: string): RegExp => new RegExp(source.replace(/\(\?<[A-Za-z]\w*>/g, '(?:'), 'iu');

const SCREENS: readonly RegExp[] = [
  compiled(EnglishDateTime.FailFastRegex),
  // "Everyday" as one word: a day said with "every", which the screen's "day" needs a word boundary for.
  compiled(EnglishDateTime.EachUnitRegex),
  ...[EnglishDateTime.HolidayList1, EnglishDateTime.HolidayList2, EnglishDateTime.HolidayList3, EnglishDateTime.HolidayList4].map((list) => compiled(`\\b(?:${list})\\b`)),
];

/** Whether the date-time model may find anything in the text; false only where it cannot. */
export function mayHoldADate(text: string): boolean {
  return SCREENS.some((screen) => screen.test(text));
}
