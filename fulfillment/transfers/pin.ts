/**
 * The voice PIN step: three wrong answers lock the PIN, and the lock lives in the StateStore
 * under the customer, so a new session does not reset it. The PIN is checked against its hash
 * (records/pin-hash.ts) and never echoed, logged or kept in session data.
 */
import type { CustomerId } from '../kit/ids';
import type { PinDirectory } from '../records/pin-directory';
import { pinMatches } from '../records/pin-hash';
import type { StateStore } from '../state/state-store';
import type { SlotValue } from '../pipeline/turn';

/** Wrong answers that lock the PIN. */
export const PIN_ATTEMPTS = 3;
/** How long a lock holds. */
export const PIN_LOCK_SECONDS = 24 * 3600;

/** A slot's value with the spaces and dashes a platform puts between spoken digits taken out ("12 34" -> "1234"). */
export const spokenDigits = (slot: SlotValue) => slot.value.replace(/[\s-]/g, '');

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

/**
 * Checks a spoken PIN, counting wrong answers towards the lock; a locked PIN stays locked.
 * Every try is counted before the PIN is compared, in one atomic step, and only the first
 * PIN_ATTEMPTS tries of a lock period are compared at all: guesses sent at once from many
 * sessions would otherwise all pass a "locked yet?" read before any of them was counted.
 * A correct PIN then takes the count back to nothing, as it always did.
 */
export async function checkPin(store: StateStore, pins: PinDirectory, customer: CustomerId, spoken: string): Promise<PinCheck> {
  if (await pinLocked(store, customer)) return 'locked';
  const stored = await pins.hashFor(customer);
  if (!stored) return 'not-enrolled';
  const tries = await store.increment(failKey(customer), PIN_LOCK_SECONDS);
  if (tries > PIN_ATTEMPTS) return 'locked';
  if (/^\d{4,8}$/.test(spoken) && (await pinMatches(spoken, stored))) {
    await store.delete(failKey(customer));
    return 'correct';
  }
  return tries >= PIN_ATTEMPTS ? 'locked' : 'wrong';
}

/**
 * Forgets the wrong answers and ends a lock: the customer has just set a new PIN after signing
 * in at their bank, which proves more than a spoken PIN does.
 */
export async function resetPinFailures(store: StateStore, customer: CustomerId): Promise<void> {
  await store.delete(failKey(customer));
}
