/**
 * A pattern for digits that must not appear (a PIN, an account number, an amount), found only
 * where they stand alone. Random and running text holds any four digits now and then and would
 * fail a test by chance: UUIDs and HMAC pseudonyms (hex), a hash or salt (base64url), a log
 * line's millisecond timestamp, an ISO date's year. A secret that leaks stands as a value of its
 * own ("1234", pin=1234, ending in 1234), never glued to letters, digits, '_' or '-'.
 */
export function standaloneDigits(...digits: readonly string[]): RegExp {
  return new RegExp(digits.map((d) => `(?<![\\w-])${d}(?![\\w-])`).join('|'));
}
