/**
 * Rate limits as guards, counted in the StateStore so every instance shares them: one per
 * client address (run first, before any verification work) and one per customer, keyed by a
 * hash of the access token (run after authentication).
 */
import { hash as sha256 } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { memoize } from '../../fulfillment/kit/memo';
import type { StateStore } from '../../fulfillment/state/state-store';
import type { RequestGuard } from '../request-guard';

const WINDOW_SECONDS = 60;
const hash = (s: string) => sha256('sha256', s, 'base64url').slice(0, 22);
const bucket = () => Math.floor(Date.now() / 1000 / WINDOW_SECONDS);

async function within(store: StateStore, key: string, limit: number) {
  const count = await store.increment(`rate:${key}:${bucket()}`, WINDOW_SECONDS);
  return count <= limit;
}

/** At most `perMinute` requests a minute from one address. */
export function ipRateLimit(store: StateStore, perMinute: number): RequestGuard {
  // A platform calls from a few addresses again and again: each is hashed once.
  const keyOf = memoize((ip) => `ip:${hash(ip)}`);
  return async ({ ip }) =>
    (await within(store, keyOf(ip), perMinute)) ? { ok: true } : { ok: false, status: 429, reason: 'rate limit: address', retryAfterSeconds: WINDOW_SECONDS };
}

/** At most `perMinute` requests a minute for one customer, found by the request's access token. */
export function customerRateLimit(store: StateStore, perMinute: number, tokenOf: (body: unknown, headers: IncomingHttpHeaders) => string | undefined): RequestGuard {
  return async ({ json, headers }) => {
    const token = tokenOf(json(), headers);
    if (token === undefined) return { ok: true };
    return (await within(store, `customer:${hash(token)}`, perMinute))
      ? { ok: true }
      : { ok: false, status: 429, reason: 'rate limit: customer', retryAfterSeconds: WINDOW_SECONDS };
  };
}
