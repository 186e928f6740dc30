/**
 * The voice PIN: stored only as a salted scrypt hash, compared in constant time, never echoed,
 * logged or kept in session data. Three wrong answers lock it, and the lock lives in the
 * StateStore under the customer, so a new session does not reset it.
 */
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { CustomerId } from '../ids';
import type { StateStore } from '../state/state-store';

/** Where a customer's PIN hash comes from (the bank's enrolment, or the sandbox's demo PINs). */
export interface PinDirectory {
  hashFor(customer: CustomerId): Promise<string | undefined>;
}

/** Wrong answers that lock the PIN. */
export const PIN_ATTEMPTS = 3;
/** How long a lock holds. */
export const PIN_LOCK_SECONDS = 24 * 3600;

/** Hashes a PIN as `scrypt$<salt>$<hash>` (base64url). */
export function hashPin(pin: string, salt: Buffer = randomBytes(16)): string {
  return `scrypt$${salt.toString('base64url')}$${scryptSync(pin, salt, 32).toString('base64url')}`;
}

function matches(pin: string, stored: string): boolean {
  const [scheme, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = scryptSync(pin, Buffer.from(salt, 'base64url'), expected.length);
  return timingSafeEqual(actual, expected);
}

/** A PIN check's outcome. */
export type PinCheck = 'correct' | 'wrong' | 'locked' | 'not-enrolled';

const failKey = (c: CustomerId) => `pin:fail:${c}`;

/** Whether the customer's PIN is locked now. */
export async function pinLocked(store: StateStore, customer: CustomerId): Promise<boolean> {
  return Number((await store.get(failKey(customer))) ?? '0') >= PIN_ATTEMPTS;
}

/** How many wrong answers the customer has left before the lock. */
export async function pinTriesLeft(store: StateStore, customer: CustomerId): Promise<number> {
  return Math.max(PIN_ATTEMPTS - Number((await store.get(failKey(customer))) ?? '0'), 0);
}

/** Checks a spoken PIN, counting wrong answers towards the lock; a locked PIN stays locked. */
export async function checkPin(store: StateStore, pins: PinDirectory, customer: CustomerId, spoken: string): Promise<PinCheck> {
  if (await pinLocked(store, customer)) return 'locked';
  const stored = await pins.hashFor(customer);
  if (!stored) return 'not-enrolled';
  if (/^\d{4,8}$/.test(spoken) && matches(spoken, stored)) {
    await store.delete(failKey(customer));
    return 'correct';
  }
  const failures = await store.increment(failKey(customer), PIN_LOCK_SECONDS);
  return failures >= PIN_ATTEMPTS ? 'locked' : 'wrong';
}

/** A directory holding the same PIN for a set of customers: the sandbox's demo enrolment. */
export function fixedPinDirectory(customers: readonly CustomerId[], pin: string): PinDirectory {
  const enrolled = new Set<string>(customers);
  const hashes = new Map<string, string>();
  return {
    hashFor: async (c) => {
      if (!enrolled.has(c)) return undefined;
      const hash = hashes.get(c) ?? hashPin(pin);
      hashes.set(c, hash);
      return hash;
    },
  };
}
