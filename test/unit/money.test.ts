import { LOCALES } from '../../fulfillment/kit/locale';
import { add, compare, CURRENCY_EXPONENTS, money, parseDecimal, subtract, sum, toDecimal, type CurrencyCode } from '../../fulfillment/kit/money';
import { CURRENCY_SIGNS, formatMoney } from '../../fulfillment/speech/money';

describe('money', () => {
  it.each([
    ['2450.17', 'USD', 245017],
    ['50', 'USD', 5000],
    ['12.5', 'EUR', 1250],
    ['-3.10', 'GBP', -310],
    ['0.00', 'USD', 0],
    ['12.500', 'USD', 1250],
    ['1500', 'JPY', 1500],
  ] as const)('parses %s %s as %i minor units', (text, currency, minor) => {
    expect(parseDecimal(text, currency)).toEqual({ ok: true, value: { minor, currency } });
  });

  it.each([
    ['12.505', 'USD', 'too-precise'],
    ['1e3', 'USD', 'invalid-amount'],
    ['12,50', 'EUR', 'invalid-amount'],
    ['', 'USD', 'invalid-amount'],
    ['NaN', 'USD', 'invalid-amount'],
    ['10', 'XXX', 'unknown-currency'],
    ['9999999999999999', 'USD', 'too-large'],
  ] as const)('refuses %s %s as %s', (text, currency, error) => {
    expect(parseDecimal(text, currency)).toEqual({ ok: false, error });
  });

  it('adds 0.10 and 0.20 to exactly 0.30', () => {
    const a = money(10, 'USD');
    const b = money(20, 'USD');
    expect(toDecimal(add(a, b))).toBe('0.30');
  });

  it('writes decimals with the currency exponent', () => {
    expect(toDecimal(money(5, 'USD'))).toBe('0.05');
    expect(toDecimal(money(-61240, 'USD'))).toBe('-612.40');
    expect(toDecimal(money(1500, 'JPY'))).toBe('1500');
  });

  it('refuses to mix currencies', () => {
    expect(() => add(money(1, 'USD'), money(1, 'EUR'))).toThrow(TypeError);
    expect(() => compare(money(1, 'USD'), money(1, 'GBP'))).toThrow(TypeError);
  });

  it('refuses a fractional minor amount as a bug', () => {
    expect(() => money(1.5, 'USD')).toThrow(RangeError);
  });

  it('subtracts and sums exactly', () => {
    expect(subtract(money(245017, 'USD'), money(5000, 'USD')).minor).toBe(240017);
    expect(sum([money(1, 'EUR'), money(2, 'EUR')], 'EUR').minor).toBe(3);
    expect(sum([], 'EUR')).toEqual({ minor: 0, currency: 'EUR' });
  });

  it('speaks money in each locale', () => {
    expect(formatMoney(money(245017, 'USD'), 'en-US')).toBe('$2,450.17');
    expect(formatMoney(money(245017, 'GBP'), 'en-GB')).toBe('£2,450.17');
    expect(formatMoney(money(245017, 'EUR'), 'de-DE')).toBe('2.450,17\u00a0€');
  });

  it('speaks amounts beyond float precision exactly', () => {
    expect(formatMoney(money(Number.MAX_SAFE_INTEGER, "USD"), 'en-US')).toBe('$90,071,992,547,409.91');
  });

  it('writes every locale and currency exactly as Intl.NumberFormat does', () => {
    const amounts = [0, 1, -1, 5, 99, 100, 999, 1000, -1000, 99999, 100000, 245017, -123456789, 100000000000, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER];
    const currencies = Object.keys(CURRENCY_EXPONENTS) as CurrencyCode[];
    const written = new Set<string>();
    for (const locale of LOCALES) {
      for (const currency of currencies) {
        const intl = new Intl.NumberFormat(locale, { style: 'currency', currency });
        for (const minor of amounts) expect([locale, formatMoney(money(minor, currency), locale)]).toEqual([locale, intl.format(toDecimal(money(minor, currency)) as `${number}`)]);
        const sign = intl.formatToParts(1).find((p) => p.type === 'currency')?.value;
        if (sign) written.add(sign);
      }
    }
    // The signs the amount filter looks for are the ones Intl writes, plus the codes.
    expect(new Set(CURRENCY_SIGNS)).toEqual(new Set([...written, ...currencies]));
  });
});
