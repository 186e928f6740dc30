/** Reading periods from Alexa's and Dialogflow's date values, against a fixed clock (Friday 20 November 2026). */
import { namedPeriod, namesAnotherDay, readPeriod } from '../../fulfillment/insights/period';
import { TEST_NOW } from '../support/harness';

const now = new Date(TEST_NOW);
const read = (value?: string, until?: string, locale: 'en-US' | 'en-GB' | 'de-DE' = 'en-US') => readPeriod(value, until, now, locale);

describe('Alexa AMAZON.DATE values', () => {
  it.each([
    ['2026-11-20', { from: '2026-11-20', to: '2026-11-20', name: { kind: 'today' } }],
    ['PRESENT_REF', { from: '2026-11-20', to: '2026-11-20', name: { kind: 'today' } }],
    ['2026-11-19', { from: '2026-11-19', to: '2026-11-19', name: { kind: 'yesterday' } }],
    ['2026-11-03', { from: '2026-11-03', to: '2026-11-03', name: { kind: 'day', date: '2026-11-03' } }],
    ['2026-11', { from: '2026-11-01', to: '2026-11-30', name: { kind: 'this-month' } }],
    ['2026-10', { from: '2026-10-01', to: '2026-10-31', name: { kind: 'last-month' } }],
    ['2026-09', { from: '2026-09-01', to: '2026-09-30', name: { kind: 'month', month: '2026-09', sameYear: true } }],
    ['2026-W47', { from: '2026-11-15', to: '2026-11-21', name: { kind: 'this-week' } }],
    ['2026-W46', { from: '2026-11-08', to: '2026-11-14', name: { kind: 'last-week' } }],
    ['2026-W45-WE', { from: '2026-11-07', to: '2026-11-08', name: { kind: 'range', from: '2026-11-07', to: '2026-11-08', sameYear: true } }],
  ])('reads %s', (value, expected) => {
    expect(read(value)).toEqual(expected);
  });

  it('starts the week on Monday in Britain and Germany, on Sunday in the US', () => {
    expect(read('2026-W47', undefined, 'en-GB')).toMatchObject({ from: '2026-11-16', to: '2026-11-22' });
    expect(read('2026-W47', undefined, 'de-DE')).toMatchObject({ from: '2026-11-16', to: '2026-11-22' });
    expect(namedPeriod('last-week', now, 'en-US')).toMatchObject({ from: '2026-11-08', to: '2026-11-14' });
    expect(namedPeriod('last-week', now, 'en-GB')).toMatchObject({ from: '2026-11-09', to: '2026-11-15' });
  });

  it('takes a month, or a day more than six days ahead, that lies in the future from the year before', () => {
    expect(read('2026-12')).toEqual({ from: '2025-12-01', to: '2025-12-31', name: { kind: 'month', month: '2025-12', sameYear: false } });
    expect(read('2026-11-27')).toMatchObject({ from: '2025-11-27', to: '2025-11-27' });
  });

  it('takes a day within the coming six as that weekday last week: "on Monday", which Alexa resolves forwards', () => {
    // Friday 20 November: "on Monday" arrives as Monday 23 November. Alexa sends "November 23"
    // the same way; said on November 20, that is far rarer than a weekday.
    expect(read('2026-11-23')).toMatchObject({ from: '2026-11-16', to: '2026-11-16' });
    expect(read('2026-11-26')).toMatchObject({ from: '2026-11-19', to: '2026-11-19', name: { kind: 'yesterday' } });
  });

  it('takes a weekend still to come as the one just past', () => {
    expect(read('2026-W47-WE')).toMatchObject({ from: '2026-11-14', to: '2026-11-15' });
  });

  it('marks a range that reaches into another year, so its years are said', () => {
    expect(read('2025-12-20', '2026-01-10')).toMatchObject({ name: { kind: 'range', sameYear: false } });
    // "Between November 27 and November 19": the start, still to come, is last year's.
    expect(read('2026-11-27', '2026-11-19')).toMatchObject({ from: '2025-11-27', to: '2026-11-19', name: { kind: 'range', sameYear: false } });
  });

  it('reads a start and an end date as a range', () => {
    expect(read('2026-11-01', '2026-11-10')).toEqual({ from: '2026-11-01', to: '2026-11-10', name: { kind: 'range', from: '2026-11-01', to: '2026-11-10', sameYear: true } });
  });
});

describe('Dialogflow dates and date periods', () => {
  it('reads a date-time as the customer\'s own day, whatever the offset', () => {
    expect(read('2026-11-19T23:30:00-08:00')).toMatchObject({ from: '2026-11-19', name: { kind: 'yesterday' } });
  });

  it('keeps seven days that are not a calendar week as a range', () => {
    expect(read('2026-11-14T00:00:00Z/2026-11-20T23:59:59Z')).toMatchObject({ from: '2026-11-14', to: '2026-11-20', name: { kind: 'range' } });
  });

  it('reads a period of date-times', () => {
    expect(read('2026-10-01T00:00:00-07:00/2026-10-31T23:59:59-07:00')).toMatchObject({ name: { kind: 'last-month' } });
    expect(read('2026-11-16T00:00:00+01:00/2026-11-22T23:59:59+01:00', undefined, 'de-DE')).toMatchObject({ name: { kind: 'this-week' } });
  });
});

describe('what it refuses', () => {
  it.each([['sometime soon'], ['2026-13'], ['2026-02-30'], ['2026-11-10/2026-11-01'], ['a/b/c']])('refuses %s', (value) => {
    expect(read(value)).toBe('unreadable');
  });

  it('has no period when nothing was said', () => {
    expect(read(undefined)).toBeUndefined();
    expect(read('  ')).toBeUndefined();
  });
});

describe('a day a transfer is asked for', () => {
  it.each([
    ['2026-11-21', true],
    ['2026-11-21T12:00:00-05:00', true],
    ['2026-W48', true],
    ['2026-12', true],
    ['2026-11-20', false],
    ['PRESENT_REF', false],
    ['2026-W47', false],
    // "On the 5th", heard as a day gone by: another day, never dropped in silence.
    ['2026-11-19', true],
    ['2026-11-05', true],
    ['2026-10', true],
    ['next tuesday', false],
    ['', false],
  ])('reads %s as another day than today: %s', (value, another) => {
    expect(namesAnotherDay(value, now)).toBe(another);
  });
});
