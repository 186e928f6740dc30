/**
 * Dialogflow webhook authentication: the fulfillment's shared secret, sent as a bearer token
 * or as the password of basic auth (Dialogflow's console offers both), compared in constant
 * time over fixed-length digests so neither content nor length leaks through timing.
 */
import type { RequestGuard } from '../request-guard';
import { isSecret, secretDigest } from '../secret';

function presented(authorization: string | undefined): string | undefined {
  if (!authorization) return undefined;
  const space = authorization.indexOf(' ');
  if (space <= 0) return undefined;
  const scheme = authorization.slice(0, space);
  const value = authorization.slice(space + 1);
  if (!value) return undefined;
  if (scheme.toLowerCase() === 'bearer') return value;
  if (scheme.toLowerCase() === 'basic') {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return colon >= 0 ? decoded.slice(colon + 1) : undefined;
  }
  return undefined;
}

/** Builds the guard for a secret. */
export function webhookAuth(secret: string): RequestGuard {
  const expected = secretDigest(secret);
  return async ({ headers }) => {
    const given = presented(headers.authorization);
    if (given !== undefined && isSecret(given, expected)) return { ok: true };
    return { ok: false, status: 401, reason: given === undefined ? 'missing webhook secret' : 'wrong webhook secret' };
  };
}
