import type { Locale } from '../locale';

/** Joins spoken items the locale's way: "a, b, and c" (en-US), "a, b and c" (en-GB), "a, b und c". */
export function joinAnd(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

/** Joins spoken alternatives the locale's way: "a, b, or c", "a, b oder c". */
export function joinOr(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'disjunction' }).format(items);
}
