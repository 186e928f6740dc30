/** Which kinds of value each platform's built-in slot types take ("1234" fills a number slot too). */
import type { BuiltinKind } from '../values/found-value';

/** Built-in slot types by their name on the platform, and the kinds of value they hear. */
export const BUILTIN_SLOT_KINDS: Readonly<Record<string, readonly BuiltinKind[]>> = {
  'AMAZON.NUMBER': ['money', 'number', 'digits'],
  'AMAZON.FOUR_DIGIT_NUMBER': ['digits'],
  'AMAZON.Ordinal': ['ordinal'],
  'AMAZON.DATE': ['date'],
  '@sys.unit-currency': ['money'],
  '@sys.number': ['number', 'digits'],
  '@sys.number-integer': ['number', 'digits'],
  '@sys.number-sequence': ['digits'],
  '@sys.ordinal': ['ordinal'],
  '@sys.date-time': ['date'],
  '@sys.date': ['date'],
  '@sys.date-period': ['date'],
};

/** Tells whether a value of a kind (or custom type) can fill a slot of a platform type. */
export function fills(slotType: string, valueType: string): boolean {
  const kinds = BUILTIN_SLOT_KINDS[slotType];
  return kinds ? kinds.includes(valueType as BuiltinKind) : slotType === valueType;
}
