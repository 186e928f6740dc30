/**
 * A pattern for digits that must not appear (a PIN, an account number), found only where they
 * stand alone: random ids (UUIDs, HMAC pseudonyms) are hexadecimal and hold any four digits now
 * and then, which would fail a test by chance.
 */
export function standaloneDigits(...digits: readonly string[]): RegExp {
  return new RegExp(digits.map((d) => `(?<![0-9a-f])${d}(?![0-9a-f])`).join('|'));
}
