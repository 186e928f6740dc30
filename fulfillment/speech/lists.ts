/**
 * Spoken lists, joined as Intl.ListFormat's long style joins them in each locale. Kept as a
 * table rather than asked of Intl at run time, for the reason formatMoney gives: each Intl
 * service builds V8's table of every ICU locale on its first use in a process (about 4 ms for
 * ListFormat here, after NumberFormat's), on the first answer of a fresh instance.
 * `test/unit/lists.test.ts` checks every locale and kind against Intl.ListFormat.
 */
import type { Locale } from '../kit/locale';

interface ListStyle {
  readonly and: string;
  readonly or: string;
  /** Whether a comma comes before the last item too ("a, b, and c"). */
  readonly serialComma: boolean;
}

const STYLES: Readonly<Record<Locale, ListStyle>> = {
  'en-US': { and: 'and', or: 'or', serialComma: true },
  'en-GB': { and: 'and', or: 'or', serialComma: false },
  'de-DE': { and: 'und', or: 'oder', serialComma: false },
};

function join(items: readonly string[], word: string, serialComma: boolean): string {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length === 2) return `${items[0]} ${word} ${items[1]}`;
  const last = items[items.length - 1];
  return `${items.slice(0, -1).join(', ')}${serialComma ? ',' : ''} ${word} ${last}`;
}

/** Joins spoken items the locale's way: "a, b, and c" (en-US), "a, b and c" (en-GB), "a, b und c". */
export function joinAnd(items: readonly string[], locale: Locale): string {
  return join(items, STYLES[locale].and, STYLES[locale].serialComma);
}

/** Joins spoken alternatives the locale's way: "a, b, or c", "a, b oder c". */
export function joinOr(items: readonly string[], locale: Locale): string {
  return join(items, STYLES[locale].or, STYLES[locale].serialComma);
}
