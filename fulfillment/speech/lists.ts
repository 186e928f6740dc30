import type { Locale } from '../locale';

/** One list formatter per locale and kind: building one costs far more than using it. */
const listFormats = new Map<string, Intl.ListFormat>();

function listFormat(locale: Locale, type: 'conjunction' | 'disjunction'): Intl.ListFormat {
  const key = `${locale} ${type}`;
  let format = listFormats.get(key);
  if (!format) listFormats.set(key, (format = new Intl.ListFormat(locale, { style: 'long', type })));
  return format;
}

/** Joins spoken items the locale's way: "a, b, and c" (en-US), "a, b and c" (en-GB), "a, b und c". */
export function joinAnd(items: readonly string[], locale: Locale): string {
  return listFormat(locale, 'conjunction').format(items);
}

/** Joins spoken alternatives the locale's way: "a, b, or c", "a, b oder c". */
export function joinOr(items: readonly string[], locale: Locale): string {
  return listFormat(locale, 'disjunction').format(items);
}
