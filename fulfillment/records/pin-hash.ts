/**
 * How a voice PIN is stored: a salted scrypt hash, `scrypt$<salt>$<hash>` (base64url), compared
 * in constant time. The PIN itself is never stored, echoed, logged or kept in session data.
 */
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

/** Hashes a PIN as `scrypt$<salt>$<hash>` (base64url). */
export function hashPin(pin: string, salt: Buffer = randomBytes(16)): string {
  return `scrypt$${salt.toString('base64url')}$${scryptSync(pin, salt, 32).toString('base64url')}`;
}

/** Whether a PIN matches a stored hash; a hash of another scheme matches nothing. */
export function pinMatches(pin: string, stored: string): boolean {
  const [scheme, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = scryptSync(pin, Buffer.from(salt, 'base64url'), expected.length);
  return timingSafeEqual(actual, expected);
}
