/**
 * Rate limits as guards, counted in the StateStore so every instance shares them, and each
 * counted per route, so one platform's traffic never spends another's allowance:
 *
 * - refusals: requests that fail authentication, per address. They are counted apart, after
 *   the check, so junk never spends what authenticated requests from the same address (a
 *   platform's, or everyone's behind one load balancer) are allowed; past the limit junk gets
 *   429 instead of 401.
 * - address: authenticated requests, per address;
 * - customer: authenticated requests, per customer (a hash of the access token).
 *
 * A store that does not answer lets the request on: the turn then meets the same store, fails
 * closed and is answered with speech, where a guard could only answer 500.
 */
import { hash as sha256 } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { Clock } from '../../fulfillment/kit/clock';
import { memoize } from '../../fulfillment/kit/memo';
import { StoreUnavailable } from '../../fulfillment/state/bounded-store';
import type { StateStore } from '../../fulfillment/state/state-store';
import { overRefusedLimit, type GuardVerdict, type RequestGuard } from '../request-guard';

const WINDOW_SECONDS = 60;
const hash = (s: string) => sha256('sha256', s, 'base64url').slice(0, 22);
/** The minute a count belongs to, on the skill's clock (the store's expiry keeps the same time). */
const bucket = (clock: Clock) => Math.floor(clock.now().getTime() / 1000 / WINDOW_SECONDS);

/** Whether one more request under the key stays within the limit; true when the store is gone. */
async function within(store: StateStore, clock: Clock, key: string, limit: number): Promise<boolean> {
  try {
    const count = await store.increment(`rate:${key}:${bucket(clock)}`, WINDOW_SECONDS);
    return count <= limit;
  } catch (error) {
    if (error instanceof StoreUnavailable) return true;
    throw error;
  }
}

const tooMany = (reason: string): GuardVerdict => ({ ok: false, status: 429, reason, retryAfterSeconds: WINDOW_SECONDS });

/** The key of one address on one route; a platform calls from a few addresses again and again, each hashed once. */
const addressKeys = (route: string) => memoize((ip) => `${route}:ip:${hash(ip)}`);

/** Whether the key's count this window is already past the limit; false when the store is gone. */
async function past(store: StateStore, clock: Clock, key: string, limit: number): Promise<boolean> {
  try {
    return Number((await store.get(`rate:${key}:${bucket(clock)}`)) ?? '0') >= limit;
  } catch (error) {
    if (error instanceof StoreUnavailable) return false;
    throw error;
  }
}

/**
 * Runs a route's authentication guards; a request they refuse is counted against its address
 * apart from authenticated traffic, and past `perMinute` is refused with 429. A request from an
 * address already past it is still checked, but marked, so the checks start no costly work.
 */
export function authenticatedOrCounted(store: StateStore, clock: Clock, route: string, authenticate: readonly RequestGuard[], perMinute: number): RequestGuard {
  const keyOf = addressKeys(`${route}:refused`);
  return async (input) => {
    if (authenticate.length > 0 && (await past(store, clock, keyOf(input.ip), perMinute))) overRefusedLimit.add(input);
    for (const guard of authenticate) {
      const verdict = await guard(input);
      if (verdict.ok) continue;
      return (await within(store, clock, keyOf(input.ip), perMinute)) ? verdict : tooMany(`rate limit: refused requests (${verdict.reason})`);
    }
    return { ok: true };
  };
}

/** At most `perMinute` authenticated requests a minute from one address on one route. */
export function ipRateLimit(store: StateStore, clock: Clock, route: string, perMinute: number): RequestGuard {
  const keyOf = addressKeys(route);
  return async ({ ip }) => ((await within(store, clock, keyOf(ip), perMinute)) ? { ok: true } : tooMany('rate limit: address'));
}

/** At most `perMinute` requests a minute for one customer on one route, found by the request's access token. */
export function customerRateLimit(store: StateStore, clock: Clock, route: string, perMinute: number, tokenOf: (body: unknown, headers: IncomingHttpHeaders) => string | undefined): RequestGuard {
  return async ({ json, headers }) => {
    const token = tokenOf(json(), headers);
    if (token === undefined) return { ok: true };
    return (await within(store, clock, `${route}:customer:${hash(token)}`, perMinute)) ? { ok: true } : tooMany('rate limit: customer');
  };
}
