/**
 * The account-linking server, mounted under /link of the skill's node:http server: oidc-provider's
 * endpoints (authorization, token, revocation, metadata), our own pages between, and the resource
 * server's check the platform units use. Built from configuration and the opened records.
 *
 *   GET  /link/auth                    authorization (Alexa opens it in the app's browser)
 *   POST /link/token                   code -> tokens, refresh -> access token (never calls the bank)
 *   POST /link/token/revocation        RFC 7009: a revoked refresh token unlinks the account
 *   GET  /link/.well-known/oauth-authorization-server, and /.well-known/oauth-authorization-server/link (RFC 8414)
 *   /link/interaction/:uid/...         the pages (interactions.ts)
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { KoaContextWithOIDC } from 'oidc-provider';
import type { Clock } from '../../fulfillment/kit/clock';
import type { Logger } from '../../fulfillment/kit/logger';
import type { LinkDirectory } from '../../fulfillment/records/link-directory';
import type { Records } from '../../fulfillment/records/records';
import type { Sql } from '../../fulfillment/records/sql/database';
import type { StateStore } from '../../fulfillment/state/state-store';
import { publicUrlOf, type Config } from '../config';
import { DEVELOPMENT_COOKIE_KEY } from './development-keys';
import { linkingClients, resourceUrls, type LinkingClient, type ResourceName } from './clients';
import { interactionPages, type LinkingBank } from './interactions';
import { endLink } from './end-link';
import { purgeExpired } from './oidc-adapter';
import { sweepOrphanLinks } from './orphan-links';
import { renderPage, sendPage } from './pages/page';
import { createProvider } from './provider';
import { tokenLinks, type RenewBankToken } from './token-links';
import { verifyAccessToken, type VerifiedToken } from './verify-access-token';

/** Where the server is mounted. */
export const LINK_MOUNT = '/link';

/** The linking server, ready to mount. */
export interface Linking {
  /** Answers the request when the path is the linking server's (true), else leaves it (false). */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  /** The core's directory: the voice platforms' tokens to links. */
  readonly links: LinkDirectory;
  /** The resource server's check for any platform unit (an MCP server passes its own resource). */
  verifyAccessToken(token: string, resource?: ResourceName): Promise<VerifiedToken | undefined>;
  readonly clients: readonly LinkingClient[];
  readonly issuer: string;
  close(): void;
}

/** What the server is built from. */
export interface LinkingOptions {
  readonly config: Config;
  /** The port the server listens on, for PUBLIC_URL's development default. */
  readonly port?: number;
  readonly sql: Sql;
  readonly records: Records;
  readonly store: StateStore;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly bank: LinkingBank;
  readonly renew?: RenewBankToken;
}

/** Builds the server. */
export function createLinking(options: LinkingOptions): Linking {
  const { config, sql, records, clock, logger } = options;
  const publicUrl = publicUrlOf(config, options.port);
  const issuer = `${publicUrl}${LINK_MOUNT}`;
  const clients = linkingClients(config);
  const clientIds = new Set(clients.map((c) => c.metadata.client_id));
  const resources = resourceUrls(publicUrl);
  const provider = createProvider({
    issuer,
    mountPath: LINK_MOUNT,
    sql,
    links: records.links,
    clients,
    resources,
    cookieKeys: config.COOKIE_KEYS?.length ? config.COOKIE_KEYS : [DEVELOPMENT_COOKIE_KEY],
    accessTokenSeconds: config.LINK_ACCESS_TOKEN_SECONDS,
    refreshTokenSeconds: config.LINK_REFRESH_TOKEN_DAYS * 86_400,
  });
  const formAction = ["'self'", ...new Set(clients.flatMap((c) => (c.metadata.redirect_uris ?? []).map((u) => new URL(u).origin)))].join(' ');
  const pages = interactionPages({ provider, mountPath: LINK_MOUNT, publicUrl, sql, records, store: options.store, clock, clients, resources, bank: options.bank, formAction });

  // Errors reach clients without detail; the detail (never a token) goes to the log.
  const refused = (event: string) => (_ctx: KoaContextWithOIDC, error: Error & { error_description?: string }) =>
    logger.warn({ linking: event, error: error.name, detail: error.error_description }, 'linking refused');
  provider.on('authorization.error', refused('authorization.error'));
  provider.on('grant.error', refused('grant.error'));
  provider.on('revocation.error', refused('revocation.error'));
  provider.on('server_error', refused('server_error'));
  // A revoked grant (a refresh token revoked, a code used twice) ends the link behind it. The event
  // cannot wait, so the answer does: it leaves once the link is ended and the unlink audited.
  const unlinking = new Set<Promise<void>>();
  provider.on('grant.revoked', (ctx: KoaContextWithOIDC) => {
    const entity = Object.values(ctx.oidc.entities).find((e): e is { accountId: string } => typeof (e as { accountId?: unknown })?.accountId === 'string');
    if (!entity) return;
    const ending = unlink(entity.accountId, ctx.oidc.client?.clientId)
      .catch((error: unknown) => logger.error({ linking: 'unlink', error: error instanceof Error ? error.name : 'unknown' }, 'unlink failed'))
      .finally(() => unlinking.delete(ending));
    unlinking.add(ending);
  });
  provider.use(async (_ctx, next) => {
    await next();
    await Promise.all([...unlinking]);
  });

  async function unlink(linkId: string, clientId: string | undefined): Promise<void> {
    await endLink({ records, sql, bank: options.bank, clock }, linkId, 'revoked', clientId);
  }

  const callback = provider.callback();
  const origin = new URL(publicUrl);
  /** The provider builds its URLs from Host and X-Forwarded-Proto: they are PUBLIC_URL's, whatever the request says. */
  function pinOrigin(req: IncomingMessage): void {
    req.headers.host = origin.host;
    req.headers['x-forwarded-proto'] = origin.protocol.slice(0, -1);
    delete req.headers['x-forwarded-host'];
  }
  /**
   * The provider never sees the browser's login session: every linking signs in at the bank
   * afresh, and a session left by an earlier linking (of another account) would make
   * oidc-provider end it first, through a page of script.
   */
  function withoutSession(req: IncomingMessage): void {
    const cookie = req.headers.cookie;
    if (cookie) req.headers.cookie = cookie.split(';').filter((c) => !c.trim().startsWith('_session')).join(';');
  }

  /** As express' app.use(mount, ...) would: oidc-provider finds its mount from originalUrl against url. */
  function toProvider(req: IncomingMessage, res: ServerResponse, inner: string): void {
    pinOrigin(req);
    withoutSession(req);
    (req as IncomingMessage & { originalUrl?: string }).originalUrl = LINK_MOUNT + inner;
    req.url = inner;
    void callback(req, res);
  }

  // Every quarter hour: expired tokens go, then the links no token points to any more.
  const sweep = async () => {
    await purgeExpired(sql);
    await sweepOrphanLinks({ records, sql, bank: options.bank, clock });
  };
  const purge = setInterval(() => void sweep().catch((error: unknown) => logger.warn({ linking: 'sweep', error: error instanceof Error ? error.name : 'unknown' }, 'linking sweep failed')), 15 * 60_000);
  purge.unref();

  return {
    issuer,
    clients,
    links: tokenLinks({ sql, links: records.links, resource: resources.skill, assistantResource: resources.mcp, clients: clientIds, clock, ...(options.renew ? { renew: options.renew } : {}) }),
    verifyAccessToken: (token, resource = 'skill') => verifyAccessToken(sql, token, { resource: resources[resource], clients: clientIds, now: Math.floor(clock.now().getTime() / 1000) }),
    close: () => clearInterval(purge),
    handle(req, res) {
      const url = req.url ?? '/';
      const path = url.split('?')[0] ?? '/';
      if (path === `/.well-known/oauth-authorization-server${LINK_MOUNT}`) {
        toProvider(req, res, '/.well-known/oauth-authorization-server');
        return true;
      }
      if (path !== LINK_MOUNT && !path.startsWith(`${LINK_MOUNT}/`)) return false;
      const page = /^\/interaction\/([\w-]{1,64})((?:\/[a-z]+){0,2})$/.exec(path.slice(LINK_MOUNT.length));
      if (!page) {
        toProvider(req, res, url.slice(LINK_MOUNT.length) || '/');
        return true;
      }
      pinOrigin(req);
      withoutSession(req);
      pages(req, res, page[1] ?? '', page[2] ?? '').catch((error: unknown) => {
        // No interaction cookie (another browser, an expired page) is the usual cause.
        logger.info({ linking: 'page', error: error instanceof Error ? error.name : 'unknown' }, 'linking page refused');
        if (res.headersSent) return void res.end();
        sendPage(res, 400, renderPage({ locale: 'en-US', title: 'Link your bank account', error: 'This page has expired. Please start linking again from the app.', body: '' }), "'self'");
      });
      return true;
    },
  };
}
