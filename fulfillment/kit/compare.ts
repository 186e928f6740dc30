/**
 * Orders two strings by their UTF-16 code units: the order of ISO 8601 dates and of ids.
 * Used instead of String#localeCompare, which orders by a language's collation rules that
 * dates and ids do not follow, and builds an ICU collator on its first call in a process
 * (about 10 ms here, on the first answer of a fresh instance).
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
