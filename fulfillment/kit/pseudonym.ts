/**
 * Customer ids in logs are hashed: an HMAC-SHA256 under a key of the operator's (LOG_ID_KEY),
 * cut to 64 bits and written in the letters a-p, never digits, so that no log scanner takes a
 * pseudonym for a PIN or an account number. Lines of one customer can be followed across instances that share the
 * key; without the key, the id cannot be recovered or guessed by hashing candidate ids.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { CustomerId } from './ids';
import { memoize } from './memo';

const LETTERS = 'abcdefghijklmnop';

/** Turns a customer id into its log pseudonym. */
export type Pseudonym = (customer: CustomerId) => string;

/** A pseudonym function under `key`; a random key (valid for this process only) when none is given. */
export function customerPseudonym(key?: string): Pseudonym {
  const secret = key ?? randomBytes(32).toString('hex');
  const letters = (digest: Buffer) => {
    let out = '';
    for (let i = 0; i < 8; i += 1) out += LETTERS.charAt((digest[i] as number) >> 4) + LETTERS.charAt((digest[i] as number) & 15);
    return out;
  };
  // A customer takes several turns; the HMAC is worked out once for each.
  return memoize((customer) => letters(createHmac('sha256', secret).update(customer).digest()));
}
