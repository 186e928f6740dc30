/**
 * The screen before Recognizers-Text's date-time model: it may let through text with no date, but
 * text it screens out must be text in which the model finds nothing. Checked over every English
 * line the conversation scripts say and CLINC150's train split (real banking requests, from
 * ../shared), by asking the model itself.
 */
import path from 'node:path';
import { Culture, recognizeDateTime } from '@microsoft/recognizers-text-suite';
import { mayHoldADate } from '../../skill/simulator/values/may-hold-a-date';
import { loadLabelled } from '../../skill/simulator/nlu-score';
import { scripts } from '../conversations/scripts';
import { sharedDir } from '../support/shared';
import { printSkip } from '../support/skip-reason';

const NOW = new Date('2026-10-14T12:00:00Z');

/** The texts screened out in which the model still finds a date, a time or a period. */
function missedBy(texts: readonly string[]): string[] {
  return texts.filter((t) => !mayHoldADate(t) && recognizeDateTime(t, Culture.English, undefined, NOW).length > 0);
}

describe('mayHoldADate, before the date-time model', () => {
  it('lets through dates, periods, times and "now" said without a digit', () => {
    const said = [
      'what did i spend last month', 'since tuesday', 'in september', 'the week before', 'two weeks ago', 'yesterday',
      'on the fifth', 'at nine', 'this morning', 'over christmas', 'right now', 'at the moment', 'so far this year',
      'the past fortnight', 'on new years eve', 'tonight', "mother's day", 'in the spring', 'recently', 'over the weekends',
      'every monday', 'at this time', 'biweekly', 'noonish', 'after lunch', 'on st george', 'corpus christi', 'by eod',
      'my everyday account',
    ];
    expect(said.filter((t) => !mayHoldADate(t))).toEqual([]);
    // Each of these is a date to the model too: the list above is no list of words the screen merely knows.
    expect(said.filter((t) => recognizeDateTime(t, Culture.English, undefined, NOW).length === 0)).toEqual([]);
  });

  it('screens out requests that name no time', () => {
    const said = ['how much is in my savings', 'send money to bob', 'lock my card', 'what is my credit card minimum payment', 'yes', 'cancel'];
    expect(said.filter((t) => mayHoldADate(t))).toEqual([]);
  });

  it('screens out no English line of the conversation scripts in which the model finds a date', () => {
    const lines = [...new Set(scripts.filter((s) => s.locale.startsWith('en')).flatMap((s) => s.steps.flatMap((step) => ('user' in step ? [step.user] : []))))];
    expect(lines.length).toBeGreaterThan(1000);
    // Many lines name no time: the screen earns its place only if it keeps a good share of them from the model.
    expect(lines.filter((t) => !mayHoldADate(t)).length).toBeGreaterThan(lines.length / 3);
    expect(missedBy(lines)).toEqual([]);
  }, 120_000);
});

const shared = sharedDir();
if ('missing' in shared) printSkip(`skipping the date screen over CLINC150's train split: ${shared.missing}`);
const describeWithShared = 'missing' in shared ? describe.skip : describe;

describeWithShared("mayHoldADate over CLINC150's train split", () => {
  it('screens out no banking or out-of-scope request in which the model finds a date', () => {
    const rows = loadLabelled(path.join('dir' in shared ? shared.dir : '', 'utterances/clinc150-banking.train-val.jsonl'), 'train');
    expect(rows.length).toBeGreaterThanOrEqual(1100);
    expect(missedBy(rows.map((r) => r.text))).toEqual([]);
  }, 120_000);
});
