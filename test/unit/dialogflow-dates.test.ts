/** Dialogflow date parameters reach the core as text its period reader understands. */
import { parameterToSlot } from '../../skill/dialogflow-values';

describe('parameterToSlot with dates', () => {
  it('carries a @sys.date-period as "start/end"', () => {
    expect(parameterToSlot({ startDate: '2026-10-01T00:00:00-07:00', endDate: '2026-10-31T23:59:59-07:00' })).toEqual({
      value: '2026-10-01T00:00:00-07:00/2026-10-31T23:59:59-07:00',
    });
  });

  it('carries a @sys.date-time period and a single date-time', () => {
    expect(parameterToSlot({ startDateTime: '2026-11-19T08:00:00Z', endDateTime: '2026-11-19T12:00:00Z' })).toEqual({
      value: '2026-11-19T08:00:00Z/2026-11-19T12:00:00Z',
    });
    expect(parameterToSlot({ date_time: '2026-11-19T12:00:00-08:00' })).toEqual({ value: '2026-11-19T12:00:00-08:00' });
    expect(parameterToSlot('2026-11-19T12:00:00-08:00')).toEqual({ value: '2026-11-19T12:00:00-08:00' });
  });

  it('drops a half period or an object it does not know', () => {
    expect(parameterToSlot({ startDate: '2026-10-01' })).toBeUndefined();
    expect(parameterToSlot({ startDate: 5, endDate: true })).toBeUndefined();
    expect(parameterToSlot({ colour: 'blue' })).toBeUndefined();
  });
});

describe('parameterToSlot with Dialogflow CX dates', () => {
  it('reads a date object as its ISO date, whole numbers sent as floats included', () => {
    expect(parameterToSlot({ year: 2026, month: 11, day: 3 })).toEqual({ value: '2026-11-03' });
    expect(parameterToSlot({ year: 2026.0, month: 11.0, day: 19.0, hours: 12, minutes: 0 })).toEqual({ value: '2026-11-19' });
  });

  it('reads a period of date objects as "start/end"', () => {
    expect(parameterToSlot({ startDate: { year: 2026, month: 10, day: 1 }, endDate: { year: 2026, month: 10, day: 31 } })).toEqual({ value: '2026-10-01/2026-10-31' });
  });

  it('refuses a date object that is not one', () => {
    expect(parameterToSlot({ year: 2026, month: 13, day: 1 })).toBeUndefined();
    expect(parameterToSlot({ year: 2026, month: 11 })).toBeUndefined();
  });
});
