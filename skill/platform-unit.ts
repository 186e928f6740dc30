/**
 * What one platform brings to the server. Each platform is one folder under skill/ that builds
 * one of these: how its requests are authenticated, where the customer's token and the
 * request's id are, how a request becomes a turn and a reply becomes its answer, and any
 * documents it publishes beside its path. The server knows none of it; it mounts every unit of
 * skill/platforms.ts at its path.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { GuardInput, RequestGuard } from './request-guard';

/** What a platform answers a request that passed every guard. */
export type PlatformAnswer =
  | { readonly status: 200; readonly body: unknown }
  /** Not a request of this platform: the route answers 400 with the reason. */
  | { readonly status: 400; readonly error: string }
  /**
   * An answer the unit wrote whole, for a protocol with statuses and headers of its own (MCP's
   * JSON-RPC over HTTP): sent as it is, and not recorded.
   */
  | { readonly written: true; readonly status: number; readonly headers: Readonly<Record<string, string>>; readonly text: string };

/** A JSON document a unit publishes at a path of its own, answered to GET (discovery metadata). */
export interface UnitDocument {
  readonly path: `/${string}`;
  /** The document, for a request with these headers. */
  body(headers: IncomingHttpHeaders): unknown;
}

/** One platform, ready to be mounted. */
export interface PlatformUnit {
  /** The platform's name in logs, metrics and record mode. */
  readonly name: string;
  /** The path its requests are posted to. */
  readonly path: `/${string}`;
  /** The checks that authenticate a request (signatures, secrets), run after the address limit. */
  readonly authenticate: readonly RequestGuard[];
  /** The customer's access token in a request (its body, or its headers), for the per-customer rate limit. */
  accessToken(body: unknown, headers: IncomingHttpHeaders): string | undefined;
  /** The id that makes a request unique, for replay protection; none when the platform has none. */
  requestId(body: unknown): string | undefined;
  /** The platform's id of the conversation a request belongs to, for record mode. */
  sessionId(body: unknown): string | undefined;
  /**
   * Parses a request, asks the core and renders the reply. `request` is the object the guards
   * saw, so a guard may leave what it learned for the answer (keyed by that object).
   */
  answer(body: unknown, request: GuardInput): Promise<PlatformAnswer>;
  /** Documents the unit publishes beside its path. */
  readonly documents?: readonly UnitDocument[];
}

/** One answered platform request, as record mode sees it. */
export interface PlatformExchange {
  readonly platform: string;
  readonly accessToken: string | undefined;
  readonly sessionId: string | undefined;
  readonly request: unknown;
  readonly response: unknown;
}
