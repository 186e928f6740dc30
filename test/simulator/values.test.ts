/** Values in typed text reach the platform request as the platforms would send them. */
import { findValues } from '../../skill/simulator/values/find-values';
import { alexaDate } from '../../skill/simulator/platform-request';
import { withoutHesitations } from '../../skill/simulator/hesitations';
import { englishValues } from '../../skill/simulator/values/english';

const now = new Date('2026-11-20T15:30:00Z');
const one = (text: string, locale: 'en-US' | 'en-GB' | 'de-DE') => {
  const found = findValues(text, locale, {}, now);
  expect(found).toHaveLength(1);
  return found[0];
};

describe('amounts of money', () => {
  it.each([
    ['fünfzig Euro', '50'],
    ['zwölf Euro fünfzig', '12.50'],
    ['einhundertfünf Euro', '105'],
    ['zweitausendfünfhundert Euro', '2500'],
    ['zwölf Euro und fünfzig Cent', '12.50'],
    ['zwanzig Cent', '0.20'],
    ['20,50 €', '20.50'],
    ['1.000 Euro', '1000'],
    ['zwölfhundert Euro', '1200'],
    ['zwölfhundertfünfzig Euro', '1250'],
    ['zwei komma fünf Euro', '2.5'],
    ['zwölf komma fünf null Euro', '12.50'],
    ['zwölf komma null fünf Euro', '12.05'],
    ['zwölf komma fünfzig Euro', '12.50'],
    ['einen Euro', '1'],
    ['einen Euro fünfzig', '1.50'],
    ['ein Euro zwanzig', '1.20'],
    ['eineinhalb tausend Euro', '1500'],
    ['eineinhalbtausend Euro', '1500'],
    ['anderthalb hundert Euro', '150'],
    ['zweieinhalb tausend Euro', '2500'],
    ['fünfeinhalb Euro', '5.5'],
    ['1,5 Tausend Euro', '1500'],
    ['zwei Tausend Euro', '2000'],
    ['eine Million Euro', '1000000'],
    ['minus zwanzig Euro', '-20'],
    ['-20 Euro', '-20'],
    ['minus zwölf Euro fünfzig', '-12.50'],
  ])('reads German "%s" as %s euros', (text, value) => {
    expect(one(text, 'de-DE')).toMatchObject({ type: 'money', value, currency: 'EUR' });
  });

  it.each([
    ['zwanzig Dollar', '20', 'USD'],
    ['20 Dollar', '20', 'USD'],
    ['zehn Pfund', '10', 'GBP'],
    ['£ 15', '15', 'GBP'],
    ['fünfzig Franken', '50', 'CHF'],
    ['zwölf Dollar fünfzig', '12.50', 'USD'],
  ])('reads German "%s" as %s in the currency named (%s), so a foreign amount is not taken for euros', (text, value, currency) => {
    expect(one(text, 'de-DE')).toMatchObject({ type: 'money', value, currency });
  });

  it.each([
    ['50 bucks', '50', 'en-US', 'USD'],
    ['one cent', '0.01', 'en-US', 'USD'],
    ['fifty cents', '0.50', 'en-US', 'USD'],
    ['a hundred and five dollars', '105', 'en-US', 'USD'],
    ['twenty quid', '20', 'en-GB', 'GBP'],
    ['fifty pence', '0.50', 'en-GB', 'GBP'],
    ['fifty p', '0.50', 'en-GB', 'GBP'],
    ['50p', '0.50', 'en-GB', 'GBP'],
    ['a dollar', '1', 'en-US', 'USD'],
    ['a dollar fifty', '1.5', 'en-US', 'USD'],
    ['a buck fifty', '1.50', 'en-US', 'USD'],
    ['a dollar and a half', '1.50', 'en-US', 'USD'],
    ['ten pounds and a half', '10.50', 'en-GB', 'GBP'],
    ['half a dollar', '0.50', 'en-US', 'USD'],
    ['half a pound', '0.50', 'en-GB', 'GBP'],
    ['one and a half dollars', '1.5', 'en-US', 'USD'],
    ['a quid', '1', 'en-GB', 'GBP'],
    ['a pound fifty', '1.5', 'en-GB', 'GBP'],
    ['five quid fifty', '5.50', 'en-GB', 'GBP'],
    ['one twenty dollars', '120', 'en-US', 'USD'],
    ['three twenty dollars', '320', 'en-US', 'USD'],
    ['two fifty bucks', '250', 'en-US', 'USD'],
    ['one twenty quid', '120', 'en-GB', 'GBP'],
  ] as const)('reads "%s" as %s', (text, value, locale, currency) => {
    expect(one(text, locale)).toMatchObject({ type: 'money', value, currency });
  });

  it('never reads "5 p.m." as pence', () => {
    expect(findValues('5 p.m.', 'en-GB', {}, now).some((v) => v.type === 'money')).toBe(false);
  });

  it('hears "two thousand" alone as an amount, not the year 2000, and "in 2025" as a year', () => {
    expect(one('two thousand', 'en-US')).toMatchObject({ type: 'number', value: '2000' });
    expect(one('what did i spend in 2025', 'en-US')).toMatchObject({ type: 'date', timex: '2025' });
  });

  it.each([
    ['two and a half thousand', '2500'],
    ['one and a half million', '1500000'],
    ['three and a half hundred', '350'],
    ['half a hundred', '50'],
    ['half a thousand', '500'],
  ])('hears "%s" as %s, a half of the scale (Recognizers alone reads 2.0005, and 0.02 for half a hundred)', (text, value) => {
    expect(one(text, 'en-US')).toMatchObject({ type: 'number', value });
    expect(one(`${text} dollars`, 'en-US')).toMatchObject({ type: 'money', value, currency: 'USD' });
  });

  it.each([
    ['hundred and twenty-five dollars', 'money', '125'],
    ['hundred dollars', 'money', '100'],
    ['hundred and five', 'number', '105'],
    ['five k', 'number', '5000'],
    ['one and a half k', 'number', '1500'],
    ['2 k', 'number', '2000'],
    ['a buck fifty', 'money', '1.50'],
    ['five quid twenty', 'money', '5.20'],
    ['three-fifty dollars', 'money', '350'],
  ])('hears "%s" as meant: %s %s (Recognizers alone drops the bare scale, the k, the hundredths after slang, or splits at the hyphen)', (text, type, value) => {
    const found = englishValues(text, 'en-GB', now).filter((f) => f.type === 'money' || f.type === 'number');
    const widest = found.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
    expect(widest).toMatchObject({ type, value, start: 0, end: text.length });
  });

  it('keeps "ten bucks and twenty to Maria" two amounts, and "a hundred" after a number word as Recognizers reads it', () => {
    const found = englishValues('ten bucks and twenty to Maria', 'en-US', now);
    expect(found).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'money', value: '10' }), expect.objectContaining({ type: 'number', value: '20' })]));
    expect(englishValues('two hundred and five', 'en-US', now)).toEqual([expect.objectContaining({ value: '205' })]);
    expect(englishValues("I'm hundred percent sure", 'en-US', now)).toEqual([]);
  });

  it('hears a number said alone as a number, a correction included', () => {
    expect(one('no, make it sixty', 'en-US')).toMatchObject({ type: 'number', value: '60' });
    expect(one('nein, mach sechzig daraus', 'de-DE')).toMatchObject({ type: 'number', value: '60' });
  });

  it('hears "one hundred" after "that" or "this" as a number, and "that one" alone as no number', () => {
    expect(one('sorry, make that one hundred and fifty', 'en-GB')).toMatchObject({ type: 'number', value: '150', text: 'one hundred and fifty', start: 17 });
    expect(one('send this one thousand dollars', 'en-US')).toMatchObject({ type: 'money', value: '1000', text: 'one thousand dollars' });
    expect(findValues('send that one', 'en-US', {}, now)).toEqual([]);
  });

  it.each([
    ['fifteen fifty', '15.50', 'en-US'],
    ['zwölf fünfzig', '12.50', 'de-DE'],
  ] as const)('reads "%s" as %s with no currency claimed, since none was said', (text, value, locale) => {
    const found = one(text, locale);
    expect(found).toMatchObject({ type: 'money', value });
    expect(found?.currency).toBeUndefined();
  });

  it('hears "twenty five" as a number, not the time 20:05', () => {
    expect(one('actually make it twenty five', 'en-US')).toMatchObject({ type: 'number', value: '25' });
    expect(one('twenty five', 'en-GB')).toMatchObject({ type: 'number', value: '25' });
  });
});

describe('a PIN said in pairs', () => {
  it.each([
    ['twelve thirty four', 'en-US', '1234'],
    ['my pin is forty-two nineteen', 'en-GB', '4219'],
    ['ninety nine ten', 'en-US', '9910'],
    ['zwölf vierunddreißig', 'de-DE', '1234'],
  ] as const)('hears "%s" (%s) as the digits %s', (text, locale, digits) => {
    const found = findValues(text, locale, {}, now);
    const all = found.flatMap((f) => [f, ...(f.alternatives ?? [])]);
    expect(all).toContainEqual(expect.objectContaining({ type: 'digits', value: digits }));
  });

  it.each([
    ['my pin is twelve thirty four', 'en-US', '1234'],
    ["the code's forty-two nineteen", 'en-GB', '4219'],
    ['meine PIN ist zwölf vierunddreißig', 'de-DE', '1234'],
  ] as const)('hears "%s" (%s) only as the digits %s: after a word for the PIN, a pair is no price', (text, locale, digits) => {
    expect(findValues(text, locale, {}, now)).toEqual([expect.objectContaining({ type: 'digits', value: digits })]);
  });

  it('still hears a pair elsewhere as a price first: "send twelve fifty" is 12.50', () => {
    expect(findValues('send twelve fifty to bob', 'en-US', {}, now)[0]).toMatchObject({ type: 'money', value: '12.50' });
  });

  it('never joins two numbers said apart: "not fifty, sixty" holds no digits', () => {
    const found = findValues('not fifty, sixty', 'en-US', {}, now);
    expect(found.flatMap((f) => [f, ...(f.alternatives ?? [])]).some((f) => f.type === 'digits')).toBe(false);
  });
});

describe('PINs and ordinals', () => {
  it.each([
    ['1234', 'en-US'],
    ['one two three four', 'en-US'],
    ['eins zwei drei vier', 'de-DE'],
    ['eins, zwei, drei, vier', 'de-DE'],
    ['one two three... four', 'en-GB'],
    ['1-2-3-4', 'en-US'],
  ] as const)('hears "%s" as the digit sequence 1234', (text, locale) => {
    expect(one(text, locale)).toMatchObject({ type: 'digits', value: '1234' });
  });

  it.each([
    ['the second one', 'en-US', '2'],
    ['the first', 'en-GB', '1'],
    ['die zweite', 'de-DE', '2'],
    ['den ersten', 'de-DE', '1'],
  ] as const)('hears "%s" (%s) as ordinal %s, and "one" after it as no number', (text, locale, value) => {
    expect(one(text, locale)).toMatchObject({ type: 'ordinal', value });
  });

  it.each([
    'move some cash from one account to another',
    'transfer from one account to the other',
    'one of my cards is missing',
    'take it from one or the other',
  ])('hears no number in "%s": "one" before a noun it counts is no amount', (text) => {
    expect(findValues(text, 'en-US', {}, now).filter((f) => f.type === 'number' || f.type === 'money')).toEqual([]);
  });

  it('still hears "one" as a number before a currency or a payee: "move one dollar", "send one to Bob"', () => {
    expect(one('move one dollar to savings', 'en-US')).toMatchObject({ type: 'money', value: '1' });
    expect(findValues('send one to bob', 'en-US', {}, now).filter((f) => f.type === 'number')).toMatchObject([{ value: '1' }]);
  });
});

describe('dates', () => {
  it.each([
    ['letzten Monat', '2026-10', { start: '2026-10-01', end: '2026-10-31' }],
    ['im Oktober', 'XXXX-10', { start: '2026-10-01', end: '2026-10-31' }],
    ['diese Woche', '2026-W47', { start: '2026-11-16', end: '2026-11-22' }],
    ['vorgestern', '2026-11-18', undefined],
    ['am zweiten November', 'XXXX-11-02', undefined],
    ['vom einunddreißigsten Oktober', 'XXXX-10-31', undefined],
    ['vom 1. bis 10. November', '(2026-11-01,2026-11-10,P9D)', { start: '2026-11-01', end: '2026-11-10' }],
    ['zwischen dem ersten und dem zehnten November', '(2026-11-01,2026-11-10,P9D)', { start: '2026-11-01', end: '2026-11-10' }],
    ['vom 25. bis 3. November', '(2026-10-25,2026-11-03,P9D)', { start: '2026-10-25', end: '2026-11-03' }],
    ['vom 3. Dezember bis 5. Januar', '(2025-12-03,2026-01-05,P33D)', { start: '2025-12-03', end: '2026-01-05' }],
    ['in den letzten sieben Tagen', '(2026-11-14,2026-11-20,P6D)', { start: '2026-11-14', end: '2026-11-20' }],
    ['die letzten 2 Wochen', '(2026-11-07,2026-11-20,P13D)', { start: '2026-11-07', end: '2026-11-20' }],
    ['vom 1. bis zum 15.', '(2026-11-01,2026-11-15,P14D)', { start: '2026-11-01', end: '2026-11-15' }],
    ['vom 1. bis zum 25.', '(2026-10-01,2026-10-25,P24D)', { start: '2026-10-01', end: '2026-10-25' }],
    ['vorletzte Woche', '2026-W45', { start: '2026-11-02', end: '2026-11-08' }],
    ['im Jänner', 'XXXX-01', { start: '2026-01-01', end: '2026-01-31' }],
    ['im Feber', 'XXXX-02', { start: '2026-02-01', end: '2026-02-28' }],
    ['heuer', '2026', { start: '2026-01-01', end: '2026-12-31' }],
    ['vor drei Tagen', '2026-11-17', undefined],
    ['vor einer Woche', '2026-W46', { start: '2026-11-09', end: '2026-11-15' }],
    ['vor zwei Wochen', '2026-W45', { start: '2026-11-02', end: '2026-11-08' }],
    ['vor einem Monat', '2026-10', { start: '2026-10-01', end: '2026-10-31' }],
    ['am Dritten', '2026-11-03', undefined],
    ['am 25.', '2026-10-25', undefined],
  ] as const)('reads German "%s"', (text, timex, period) => {
    expect(one(text, 'de-DE')).toMatchObject({ type: 'date', timex, ...(period ? { period } : {}) });
  });

  it('reads no day in a German ordinal past the 31st: "den zweiunddreißigsten Mai" is May', () => {
    expect(findValues('den zweiunddreißigsten mai', 'de-DE', {}, now).filter((f) => f.type === 'date')).toMatchObject([{ timex: 'XXXX-05' }]);
  });

  it.each([
    ['between the first and the fifteenth of november', '(2026-11-01,2026-11-15,P14D)', { start: '2026-11-01', end: '2026-11-15' }],
    ['from the 3rd to the 10th', '(2026-11-03,2026-11-10,P7D)', { start: '2026-11-03', end: '2026-11-10' }],
    ['between the first and the twenty-fifth', '(2026-10-01,2026-10-25,P24D)', { start: '2026-10-01', end: '2026-10-25' }],
    ['between the first and the fifteenth of december', '(2025-12-01,2025-12-15,P14D)', { start: '2025-12-01', end: '2025-12-15' }],
    ['in the last fortnight', '(2026-11-07,2026-11-20,P13D)', { start: '2026-11-07', end: '2026-11-20' }],
  ] as const)('reads English "%s" as the days said', (text, timex, period) => {
    expect(one(text, 'en-GB')).toMatchObject({ type: 'date', timex, period });
  });

  it('reads "the second one" as no date', () => {
    expect(findValues('the second one', 'en-US', {}, now).filter((f) => f.type === 'date')).toEqual([]);
  });

  it('reads an English month as the whole month', () => {
    expect(one('in october', 'en-US')).toMatchObject({ type: 'date', timex: 'XXXX-10', period: { start: '2026-10-01', end: '2026-10-31' } });
  });

  it('reads the month in progress, named without a year, as this one: "in november" said in November', () => {
    expect(one('in november', 'en-US')).toMatchObject({ type: 'date', timex: 'XXXX-11', period: { start: '2026-11-01', end: '2026-11-30' } });
    // A month still to come this year is last year's, as before.
    expect(one('in december', 'en-GB')).toMatchObject({ type: 'date', timex: 'XXXX-12', period: { start: '2025-12-01', end: '2025-12-31' } });
  });

  it('never reads a length of time as a date: "wait a second", "one sec", "two weeks"', () => {
    for (const text of ['wait a second', 'one sec', 'give me a minute', 'for two weeks']) {
      expect(findValues(text, 'en-US', {}, now).filter((f) => f.type === 'date')).toEqual([]);
    }
    expect(one('the past two weeks', 'en-US')).toMatchObject({ type: 'date', period: { start: '2026-11-06', end: '2026-11-20' } });
  });

  it('reads a part of the day alone as no date, and "this morning" as that one day', () => {
    for (const text of ['morning', 'good morning', 'evening']) expect(findValues(text, 'en-US', {}, now).filter((f) => f.type === 'date')).toEqual([]);
    const morning = one('this morning', 'en-US');
    expect(morning).toMatchObject({ type: 'date', value: '2026-11-20' });
    expect(morning).not.toHaveProperty('period');
  });

  it('resolves a month without a year forwards for Alexa, as AMAZON.DATE does', () => {
    expect(alexaDate('XXXX-10', now)).toBe('2027-10');
    expect(alexaDate('XXXX-11', now)).toBe('2026-11');
    expect(alexaDate('XXXX-11-25', now)).toBe('2026-11-25');
    expect(alexaDate('2026-W47', now)).toBe('2026-W47');
  });
});

describe('hesitation sounds, as a speech recogniser leaves them out', () => {
  it('drops them around and between the words, in English and German', () => {
    expect(withoutHesitations('um, fifty', 'en-US')).toBe('fifty');
    expect(withoutHesitations('uh anna lee', 'en-GB')).toBe('anna lee');
    expect(withoutHesitations('fifty, um', 'en-US')).toBe('fifty,');
    expect(withoutHesitations('ähm, an Anna Müller', 'de-DE')).toBe('an Anna Müller');
  });

  it('keeps a hesitation said alone, which is the Wait intent, and the German pronoun "er"', () => {
    expect(withoutHesitations('um', 'en-US')).toBe('um');
    expect(withoutHesitations('uh...', 'en-US')).toBe('uh...');
    expect(withoutHesitations('hat er das geld', 'de-DE')).toBe('hat er das geld');
    expect(withoutHesitations('er fifty', 'en-US')).toBe('fifty');
  });

  it('never reads "um" as a currency: "um fifty" is fifty', () => {
    const [amount] = findValues('um fifty', 'en-US', {}).filter((v) => v.type === 'money' || v.type === 'number');
    expect(amount).toMatchObject({ type: 'number', value: '50' });
  });
});
