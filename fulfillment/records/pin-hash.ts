/**
 * How a voice PIN is stored: a salted scrypt hash, `scrypt$<salt>$<hash>` (base64url), compared
 * in constant time. The PIN itself is never stored, echoed, logged or kept in session data.
 */
import { randomBytes, scrypt, scryptSync, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt) as (pin: string, salt: Buffer, length: number) => Promise<Buffer>;

/**
 * Hashes a PIN as `scrypt$<salt>$<hash>` (base64url). Synchronous: it runs once at enrolment
 * (and for the seeded demo customers), never on a turn's hot path.
 */
export function hashPin(pin: string, salt: Buffer = randomBytes(16)): string {
  return `scrypt$${salt.toString('base64url')}$${scryptSync(pin, salt, 32).toString('base64url')}`;
}

/**
 * Whether a PIN matches a stored hash; a hash of another scheme matches nothing. The hash runs
 * on libuv's thread pool, so a burst of confirmations does not stall the event loop.
 */
export async function pinMatches(pin: string, stored: string): Promise<boolean> {
  const [scheme, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await scryptAsync(pin, Buffer.from(salt, 'base64url'), expected.length);
  return timingSafeEqual(actual, expected);
}
