/**
 * Customer ids in logs are hashed: an HMAC-SHA256 under a key of the operator's (LOG_ID_KEY),
 * cut to 16 hex digits. Lines of one customer can be followed across instances that share the
 * key; without the key, the id cannot be recovered or guessed by hashing candidate ids.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { CustomerId } from './ids';

/** Turns a customer id into its log pseudonym. */
export type Pseudonym = (customer: CustomerId) => string;

/** A pseudonym function under `key`; a random key (valid for this process only) when none is given. */
export function customerPseudonym(key?: string): Pseudonym {
  const secret = key ?? randomBytes(32).toString('hex');
  return (customer) => createHmac('sha256', secret).update(customer).digest('hex').slice(0, 16);
}
