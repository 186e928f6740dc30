/**
 * What one platform brings to the server. Each platform is one folder under skill/ that builds
 * one of these: how its requests are authenticated, where the customer's token and the
 * request's id are in its body, and how a request becomes a turn and a reply becomes its
 * answer. The server knows none of it; it mounts every unit of skill/platforms.ts at its path.
 */
import type { RequestGuard } from './request-guard';

/** What a platform answers a request that passed every guard. */
export type PlatformAnswer =
  | { readonly status: 200; readonly body: unknown }
  /** Not a request of this platform: the route answers 400 with the reason. */
  | { readonly status: 400; readonly error: string };

/** One platform, ready to be mounted. */
export interface PlatformUnit {
  /** The platform's name in logs, metrics and record mode. */
  readonly name: string;
  /** The path its requests are posted to. */
  readonly path: `/${string}`;
  /** The checks that authenticate a request (signatures, secrets), run after the address limit. */
  readonly authenticate: readonly RequestGuard[];
  /** The customer's access token in a request body, for the per-customer rate limit. */
  accessToken(body: unknown): string | undefined;
  /** The id that makes a request unique, for replay protection; none when the platform has none. */
  requestId(body: unknown): string | undefined;
  /** The platform's id of the conversation a request belongs to, for record mode. */
  sessionId(body: unknown): string | undefined;
  /** Parses a request, asks the core and renders the reply. */
  answer(body: unknown): Promise<PlatformAnswer>;
}

/** One answered platform request, as record mode sees it. */
export interface PlatformExchange {
  readonly platform: string;
  readonly accessToken: string | undefined;
  readonly sessionId: string | undefined;
  readonly request: unknown;
  readonly response: unknown;
}
