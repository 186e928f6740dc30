/** The ports to voice PIN enrolment: where a customer's PIN hash comes from, and where it is set. */
import type { CustomerId } from '../kit/ids';
import { hashPin } from './pin-hash';

/** Where a customer's PIN hash comes from (the skill's enrolment, or the sandbox's demo PINs). */
export interface PinDirectory {
  hashFor(customer: CustomerId): Promise<string | undefined>;
}

/** Enrolment: a PIN set (or changed) on the linking pages, kept only as its hash (pin-hash.ts). */
export interface PinEnrolment extends PinDirectory {
  /** Stores a customer's PIN hash, replacing any earlier one. */
  enrol(customer: CustomerId, hash: string): Promise<void>;
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

/** Enrolment held in memory: for tests that are not about the database. */
export function memoryPinEnrolment(): PinEnrolment {
  const hashes = new Map<string, string>();
  return {
    hashFor: async (c) => hashes.get(c),
    enrol: async (c, hash) => void hashes.set(c, hash),
  };
}

/** The enrolled PIN, or where none is enrolled, the fallback's (the sandbox's demo PIN). */
export function enrolledOr(enrolment: PinEnrolment, fallback: PinDirectory): PinEnrolment {
  return {
    hashFor: async (c) => (await enrolment.hashFor(c)) ?? fallback.hashFor(c),
    enrol: (c, hash) => enrolment.enrol(c, hash),
  };
}
