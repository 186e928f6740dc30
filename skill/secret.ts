/**
 * Comparing a presented secret (a webhook secret, a scrape token) with the expected one in
 * constant time: both are hashed to fixed-length digests first, so neither the content nor the
 * length of the secret leaks through timing.
 */
import { hash, timingSafeEqual } from 'node:crypto';

/** The digest a secret is compared by. */
export const secretDigest = (secret: string): Buffer => hash('sha256', secret, 'buffer');

/** Whether a presented secret is the one whose digest is expected. */
export function isSecret(presented: string, expected: Buffer): boolean {
  return timingSafeEqual(secretDigest(presented), expected);
}
