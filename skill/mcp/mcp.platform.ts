/**
 * The MCP platform unit: the banking core as tools for Alexa+ and other assistants, over
 * stateless Streamable HTTP at /mcp. It is an OAuth 2.1 protected resource: it publishes its
 * metadata, answers 401 with a bearer challenge without a valid token and 403 when a called
 * tool needs a scope the token lacks. Each tool call is one or more turns of the core.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { Core } from '../../fulfillment/core';
import type { Clock } from '../../fulfillment/kit/clock';
import { resolveLocale } from '../../fulfillment/kit/locale';
import type { Logger } from '../../fulfillment/kit/logger';
import type { Config } from '../config';
import type { PlatformUnit } from '../platform-unit';
import type { TokenVerifier } from './access';
import type { answerMcp } from './mcp-server';
import { bearerGuard, bearerToken, originGuard, scopeGuard, type Grants } from './mcp-guards';
import { MCP_PATH, METADATA_PATHS, resourceMetadata, type ResourceSite } from './protected-resource';
import { sandboxTokens } from './sandbox-tokens';
import { TOOL_SCOPES } from './tools';

/** What the MCP unit is built from. */
export interface McpSetup {
  readonly config: Config;
  readonly clock: Clock;
  readonly core: Core;
  readonly logger: Logger;
  /** Checks bearer tokens; by default the sandbox's tokens in development, and none in production. */
  readonly tokens?: TokenVerifier;
}

let answering: typeof answerMcp | undefined;

/**
 * The SDK's server, loaded with the first MCP request rather than at start-up, where it would
 * add tens of milliseconds to every start of a server that may never be asked.
 */
function mcpAnswerer(): typeof answerMcp {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on demand, on purpose
  return (answering ??= (require('./mcp-server') as typeof import('./mcp-server')).answerMcp);
}

/** No token is valid: production without an authorization server to ask. */
const noTokens: TokenVerifier = async () => undefined;

/** The verifier the configuration allows when none is given. */
function defaultTokens({ config, clock }: McpSetup): TokenVerifier {
  return config.BANK_ADAPTER === 'sandbox' && config.NODE_ENV !== 'production' ? sandboxTokens(clock) : noTokens;
}

/** The headers the transport reads, as a Web Headers object; the token stays out of it. */
function transportHeaders(headers: IncomingHttpHeaders): Headers {
  const out = new Headers();
  for (const name of ['accept', 'content-type', 'mcp-protocol-version', 'mcp-session-id', 'last-event-id']) {
    const value = headers[name];
    if (typeof value === 'string') out.set(name, value);
  }
  return out;
}

/** The locale an answer is given in: the caller's Accept-Language, else the default. */
const localeOf = (headers: IncomingHttpHeaders) => resolveLocale(headers['accept-language']?.split(',')[0]?.split(';')[0]?.trim());

/** Builds the MCP unit. */
export function mcpPlatform(setup: McpSetup): PlatformUnit {
  const { config, clock, core, logger } = setup;
  const site: ResourceSite = config.PUBLIC_URL ? { publicUrl: config.PUBLIC_URL } : {};
  const grants: Grants = new WeakMap();
  const verify = setup.tokens ?? defaultTokens(setup);
  return {
    name: 'mcp',
    path: MCP_PATH,
    authenticate: [originGuard(config.MCP_ALLOWED_ORIGINS), bearerGuard(site, verify, clock, grants), scopeGuard(site, TOOL_SCOPES, grants)],
    accessToken: (_body, headers) => bearerToken(headers),
    // JSON-RPC ids repeat across clients and calls: there is no id to protect against replay,
    // and none is needed (a repeated confirmation never moves money twice).
    requestId: () => undefined,
    sessionId: () => undefined,
    async answer(body, request) {
      const grant = grants.get(request);
      if (!grant) return { written: true, status: 401, headers: { 'content-type': 'application/json' }, text: '{"error":"unauthorized"}' };
      const call = { core, clock, locale: localeOf(request.headers), ...(grant.linkToken ? { linkToken: grant.linkToken } : {}) };
      const answered = await mcpAnswerer()(call, logger, transportHeaders(request.headers), body);
      return { written: true, ...answered };
    },
    documents: METADATA_PATHS.map((path) => ({ path, body: (headers: IncomingHttpHeaders) => resourceMetadata(site, headers) })),
  };
}
