/**
 * A check that runs on a platform request before it is parsed or handled: the rate limits,
 * request verification and webhook authentication, replay protection.
 */
import type { IncomingHttpHeaders } from 'node:http';

/** What a guard sees: the headers, the exact bytes received, and those bytes parsed. */
export interface GuardInput {
  readonly headers: IncomingHttpHeaders;
  readonly rawBody: Buffer;
  /** The client's address: the connection's remote address. */
  readonly ip: string;
  /** The body as JSON, parsed once for all guards; undefined when it is not (valid) JSON. */
  json(): unknown;
}

/** A guard's verdict: pass, or refuse with a status and a reason for the security log. */
export type GuardVerdict =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly status: 400 | 401 | 403 | 429;
      readonly reason: string;
      readonly retryAfterSeconds?: number;
      /** Headers the refusal carries (a bearer challenge: WWW-Authenticate). */
      readonly headers?: Readonly<Record<string, string>>;
    };

/** A request check. */
export type RequestGuard = (input: GuardInput) => Promise<GuardVerdict>;

/**
 * Requests from an address that has already sent more refused requests this minute than it may.
 * They are still checked, so a valid one passes, but a check must not start costly work for
 * them (an Alexa certificate fetch): junk naming a new certificate URL in every request would
 * otherwise make the server fetch without end. Marked by the route's rate limit, per request.
 */
export const overRefusedLimit = new WeakSet<GuardInput>();
