/**
 * The checks in front of the MCP endpoint, as request guards: the Origin of a browser caller,
 * the bearer token (401 with the challenge that points to the metadata), and the scope each
 * called tool needs (403 insufficient_scope, naming the scopes to ask for). A verified grant is
 * left for the answer, keyed by the request's guard input.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { Clock } from '../../fulfillment/kit/clock';
import type { GuardInput, RequestGuard } from '../request-guard';
import type { AccessGrant, TokenVerifier } from './access';
import { bearerChallenge, resourceUrl, type ResourceSite } from './protected-resource';

/** The grants the bearer guard verified, by request. */
export type Grants = WeakMap<GuardInput, AccessGrant>;

const BEARER = /^Bearer ([A-Za-z0-9\-._~+/]+=*)$/i;

/** The bearer token of a request, when its Authorization header carries one. */
export function bearerToken(headers: IncomingHttpHeaders): string | undefined {
  return BEARER.exec(headers.authorization ?? '')?.[1];
}

/** A browser page may call only from an allowed origin (DNS rebinding); other callers send none. */
export function originGuard(allowed: readonly string[]): RequestGuard {
  return async ({ headers }) =>
    headers.origin === undefined || allowed.includes(headers.origin) ? { ok: true } : { ok: false, status: 403, reason: 'origin not allowed' };
}

/** The bearer token must be valid and unexpired, and the verifier must vouch it was issued for this endpoint. */
export function bearerGuard(site: ResourceSite, verify: TokenVerifier, clock: Clock, grants: Grants): RequestGuard {
  return async (input) => {
    const { headers } = input;
    if (!headers.authorization) return { ok: false, status: 401, reason: 'no bearer token', headers: bearerChallenge(site) };
    const token = bearerToken(headers);
    if (!token) return { ok: false, status: 401, reason: 'malformed authorization', headers: bearerChallenge(site, { error: 'invalid_request' }) };
    const grant = await verify(token, resourceUrl(site));
    if (!grant || grant.expiresAt * 1000 <= clock.now().getTime()) {
      return { ok: false, status: 401, reason: 'invalid bearer token', headers: bearerChallenge(site, { error: 'invalid_token' }) };
    }
    grants.set(input, grant);
    return { ok: true };
  };
}

/** The tools a JSON-RPC body calls (one message or a batch). */
function calledTools(body: unknown): string[] {
  return (Array.isArray(body) ? body : [body]).flatMap((m: unknown) => {
    const message = m as { method?: unknown; params?: { name?: unknown } } | null;
    return message?.method === 'tools/call' && typeof message.params?.name === 'string' ? [message.params.name] : [];
  });
}

/** Every tool called must be in the token's scopes; the refusal names the scopes to ask for. */
export function scopeGuard(site: ResourceSite, scopeOf: ReadonlyMap<string, string>, grants: Grants): RequestGuard {
  return async (input) => {
    const grant = grants.get(input);
    if (!grant) return { ok: false, status: 401, reason: 'no verified bearer token', headers: bearerChallenge(site, { error: 'invalid_token' }) };
    const needed = calledTools(input.json()).flatMap((name) => scopeOf.get(name) ?? []);
    if (needed.every((scope) => grant.scopes.includes(scope))) return { ok: true };
    const scope = [...new Set([...grant.scopes, ...needed])].join(' ');
    return { ok: false, status: 403, reason: 'insufficient scope', headers: bearerChallenge(site, { error: 'insufficient_scope', scope }) };
  };
}
