import { LOCALES } from '../../fulfillment/kit/locale';
import { joinAnd, joinOr } from '../../fulfillment/speech/lists';

const ITEMS = ['your checking account', 'savings', 'the card ending 4242', 'Anna', 'Ben Carter', 'Mom'];

describe('spoken lists', () => {
  it.each(LOCALES)('joins lists of every length in %s exactly as Intl.ListFormat does', (locale) => {
    const and = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    const or = new Intl.ListFormat(locale, { style: 'long', type: 'disjunction' });
    for (let n = 0; n <= ITEMS.length; n += 1) {
      const items = ITEMS.slice(0, n);
      expect([n, joinAnd(items, locale)]).toEqual([n, and.format(items)]);
      expect([n, joinOr(items, locale)]).toEqual([n, or.format(items)]);
    }
  });

  it('speaks the serial comma in American English only', () => {
    expect(joinAnd(['a', 'b', 'c'], 'en-US')).toBe('a, b, and c');
    expect(joinAnd(['a', 'b', 'c'], 'en-GB')).toBe('a, b and c');
    expect(joinOr(['a', 'b', 'c'], 'de-DE')).toBe('a, b oder c');
  });
});
