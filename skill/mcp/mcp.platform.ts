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
import { publicUrlOf, sandboxServes, type Config } from '../config';
import type { Linking } from '../linking/linking';
import type { PlatformUnit } from '../platform-unit';
import { firstTokens, linkingTokens, type TokenVerifier } from './access';
import type { answerMcp } from './mcp-server';
import { bearerGuard, bearerToken, originGuard, scopeGuard, type Grants } from './mcp-guards';
import { bearerChallenge, MCP_PATH, METADATA_PATHS, resourceMetadata, type ResourceSite } from './protected-resource';
import { sandboxTokens } from './sandbox-tokens';
import { TOOL_SCOPES } from './tools';

/** What the MCP unit is built from. */
export interface McpSetup {
  readonly config: Config;
  readonly clock: Clock;
  readonly core: Core;
  readonly logger: Logger;
  /** The linking server, whose tokens for /mcp the server takes. */
  readonly linking?: Pick<Linking, 'verifyAccessToken' | 'issuer'>;
  /** Checks bearer tokens in place of the linking server's and the sandbox's (tests). */
  readonly tokens?: TokenVerifier;
  /** The port the server listens on, for PUBLIC_URL's development default. */
  readonly port?: number;
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

/** The tokens the server takes: the linking server's, then the sandbox's where the sandbox may serve them. */
function tokensOf({ config, clock, linking, tokens }: McpSetup): TokenVerifier {
  if (tokens) return tokens;
  const sandbox = config.BANK_ADAPTER === 'sandbox' && sandboxServes(config);
  return firstTokens(...(linking ? [linkingTokens(linking)] : []), ...(sandbox ? [sandboxTokens(clock)] : []));
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
  const publicUrl = publicUrlOf(config, setup.port);
  // Without a linking server (memory records, tests) the metadata still names where it would be.
  const site: ResourceSite = { publicUrl, issuer: setup.linking?.issuer ?? `${publicUrl}/link` };
  const grants: Grants = new WeakMap();
  const verify = tokensOf(setup);
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
      if (!grant) return { written: true, status: 401, headers: { 'content-type': 'application/json', ...bearerChallenge(site, { error: 'invalid_token' }) }, text: '{"error":"unauthorized"}' };
      const call = { core, clock, locale: localeOf(request.headers), ...(grant.linkToken ? { linkToken: grant.linkToken } : {}) };
      const answered = await mcpAnswerer()(call, logger, transportHeaders(request.headers), body);
      return { written: true, ...answered };
    },
    documents: METADATA_PATHS.map((path) => ({ path, body: () => resourceMetadata(site) })),
  };
}
