/**
 * Refuses a request whose id was seen in the last five minutes, through the StateStore so the
 * rule holds across instances. Runs after authentication, so unauthenticated traffic cannot
 * fill the store. A store that does not answer lets the request on: the turn then meets the same
 * store and fails closed with speech, and a confirmation moves money only by taking its draft out
 * of that store, once.
 */
import { hash } from 'node:crypto';
import { StoreUnavailable } from '../../fulfillment/state/bounded-store';
import type { StateStore } from '../../fulfillment/state/state-store';
import type { RequestGuard } from '../request-guard';

/** How long a request id is remembered. */
export const REPLAY_WINDOW_SECONDS = 300;

/** Builds a replay guard for one platform, given how to find a request's id in its body. */
export function replayGuard(store: StateStore, platform: string, idOf: (body: unknown) => string | undefined): RequestGuard {
  return async ({ json }) => {
    // Not JSON: no id, and the route answers 400 itself.
    const id = idOf(json());
    if (id === undefined) return { ok: true };
    const key = `replay:${platform}:${hash('sha256', id, 'base64url')}`;
    const first = await store.setIfAbsent(key, '1', REPLAY_WINDOW_SECONDS).catch((error: unknown) => {
      if (error instanceof StoreUnavailable) return true;
      throw error;
    });
    return first ? { ok: true } : { ok: false, status: 400, reason: 'replayed request id' };
  };
}
