/** The port to voice PIN enrolment: where a customer's PIN hash comes from. */
import type { CustomerId } from '../kit/ids';
import { hashPin } from './pin-hash';

/** Where a customer's PIN hash comes from (the bank's enrolment, or the sandbox's demo PINs). */
export interface PinDirectory {
  hashFor(customer: CustomerId): Promise<string | undefined>;
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
