/**
 * Webhook authentication for both Dialogflow editions: the fulfillment's shared secret, sent as
 * a bearer token or as the password of basic auth (the ES console offers both), or in a custom
 * request header (what a CX webhook sets), compared in constant time over fixed-length digests
 * so neither content nor length leaks through timing.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { RequestGuard } from './request-guard';
import { isSecret, secretDigest } from './secret';

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

/** The secret a request presents: in its custom header when one is named and sent, else in Authorization. */
function presentedIn(headers: IncomingHttpHeaders, header: string | undefined): string | undefined {
  const custom = header ? headers[header] : undefined;
  return typeof custom === 'string' && custom ? custom : presented(headers.authorization);
}

/** What a refusal asks for (RFC 9110 requires the challenge on every 401): the secret as a bearer token or as basic auth's password. */
const CHALLENGE = { 'www-authenticate': 'Bearer realm="webhook", Basic realm="webhook", charset="UTF-8"' } as const;

/** Builds the guard for a secret, which may also come in a custom header (lower case). */
export function webhookAuth(secret: string, header?: string): RequestGuard {
  const expected = secretDigest(secret);
  return async ({ headers }) => {
    const given = presentedIn(headers, header);
    if (given !== undefined && isSecret(given, expected)) return { ok: true };
    return { ok: false, status: 401, reason: given === undefined ? 'missing webhook secret' : 'wrong webhook secret', headers: CHALLENGE };
  };
}
