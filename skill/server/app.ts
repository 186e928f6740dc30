/**
 * The HTTP app on node:http: a POST route for each platform unit (other methods there get 405),
 * a GET route for each document a unit publishes, GET /healthz (alive), GET /readyz (the store
 * answers) and GET /metrics, and the
 * account-linking server under /link. Each platform route reads the exact bytes, runs its guards
 * and parses the JSON, then hands it to its unit. Anything else goes to the development routes
 * (the web simulator, an express app loaded only in development) or gets a JSON 404. Nothing here
 * knows a platform.
 */
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { Logger } from '../../fulfillment/kit/logger';
import type { PlatformExchange, PlatformUnit, UnitDocument } from '../platform-unit';
import type { RequestGuard } from '../request-guard';
import { parseJson } from './body';
import { clientAddress, type ClientAddress } from './client-address';
import { loggedPath } from './logged-path';
import { dropRestOfBody, isIdentityEncoded, isJsonRequest, readBody, sendJson, sendNotFound, sendText } from './http-io';

/**
 * Routes that answer what the app's own routes do not: called with a `next` that answers 404,
 * or with an error, the app's error answer. An express app fits as it is.
 */
export type FallbackRoutes = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/** A route of the app's own. */
export type Route = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

/** A platform unit and the checks in front of its route, run in order on the raw request. */
export interface MountedPlatform {
  readonly unit: PlatformUnit;
  readonly guards: readonly RequestGuard[];
}

/** What the app is built from. */
export interface AppOptions {
  readonly logger: Logger;
  readonly maxBodyBytes: number;
  /** How a request's client address is found (TRUST_PROXY); the connection's address by default. */
  readonly clientAddress?: ClientAddress;
  readonly platforms: readonly MountedPlatform[];
  /** Development-only routes (the web simulator), tried before the 404. */
  readonly devRoutes?: FallbackRoutes;
  /** The account-linking server: answers its own paths (returns true) before anything but the app's routes. */
  readonly linking?: (req: IncomingMessage, res: ServerResponse) => boolean;
  /**
   * Whether the instance can serve turns (its state store answers), for GET /readyz: a load
   * balancer takes an instance out while it says 503. GET /healthz stays a liveness check.
   */
  readonly ready?: () => Promise<boolean>;
  /** Counts every request, and serves GET /metrics. */
  readonly metrics?: {
    readonly request: (path: string, status: number, seconds: number) => void;
    readonly route: Route;
  };
  /** Sees every platform request and response body (record mode). */
  readonly onExchange?: (exchange: PlatformExchange) => void;
}

/** The app: a request listener for any node:http server, and a way to start its own. */
export interface SkillApp extends RequestListener {
  listen(port: number, host?: string, onListening?: () => void): Server;
}

/** The fixed bodies of refused requests: nothing about why, beyond the status. */
const REFUSALS = { 400: 'bad request', 401: 'unauthorized', 403: 'forbidden', 429: 'too many requests' } as const;

/** Reads, guards and parses a platform request, then hands the JSON to its unit. */
function platformRoute(options: AppOptions, { unit, guards }: MountedPlatform): Route {
  const { logger } = options;
  const platform = unit.name;
  const address = options.clientAddress ?? clientAddress(undefined);
  return async (req, res) => {
    if (!isJsonRequest(req) || !isIdentityEncoded(req)) {
      sendJson(res, 415, { error: 'content type must be application/json' });
      dropRestOfBody(req, res);
      return;
    }
    const rawBody = await readBody(req, options.maxBodyBytes);
    if (rawBody === 'aborted') return;
    if (rawBody === 'too-large') {
      sendJson(res, 413, { error: 'body too large' });
      dropRestOfBody(req, res);
      return;
    }
    // The body is parsed (and its depth checked) once, for the guards and the route alike.
    let parsed: ReturnType<typeof parseJson> | undefined;
    const parse = () => (parsed ??= parseJson(rawBody));
    const json = () => {
      const result = parse();
      return result.ok ? result.value : undefined;
    };
    // One input for every guard and the answer, so a guard may leave what it learned for it.
    const input = { headers: req.headers, rawBody, ip: address(req), json };
    for (const guard of guards) {
      const verdict = await guard(input);
      if (!verdict.ok) {
        logger.warn({ security: true, platform, reason: verdict.reason, status: verdict.status }, 'request refused');
        // Every 401 names how to authenticate (RFC 9110); a guard that names no scheme gets a bearer challenge.
        const challenge: Record<string, string> = verdict.status === 401 && !verdict.headers?.['www-authenticate'] ? { 'www-authenticate': `Bearer realm="${platform}"` } : {};
        const headers = { ...challenge, ...verdict.headers, ...(verdict.retryAfterSeconds ? { 'retry-after': String(verdict.retryAfterSeconds) } : {}) };
        sendJson(res, verdict.status, { error: REFUSALS[verdict.status] }, headers);
        return;
      }
    }
    const body = parse();
    if (!body.ok) {
      sendJson(res, 400, { error: body.reason === 'depth' ? 'body nests too deeply' : 'body is not valid JSON' });
      return;
    }
    const answer = await unit.answer(body.value, input);
    if ('written' in answer) {
      sendText(res, answer.status, answer.headers['content-type'] ?? 'application/json', answer.text, answer.headers);
      return;
    }
    if (answer.status === 400) {
      sendJson(res, 400, { error: answer.error });
      return;
    }
    const accessToken = unit.accessToken(body.value, req.headers);
    options.onExchange?.({ platform, accessToken, sessionId: unit.sessionId(body.value), request: body.value, response: answer.body });
    sendJson(res, 200, answer.body);
  };
}

/** A unit's path takes POST only. */
const postOnly: Route = (req, res) => {
  sendJson(res, 405, { error: 'method not allowed' }, { allow: 'POST' });
  dropRestOfBody(req, res);
};

/** A document a unit publishes, as JSON that clients may keep for an hour. */
function documentRoute(document: UnitDocument): Route {
  return (req, res) => sendJson(res, 200, document.body(req.headers), { 'cache-control': 'public, max-age=3600' });
}

/** The error answer: a status from the error when it carries a 4xx, else 500, and never the error's text. */
function errorAnswer(logger: Logger, error: unknown, res: ServerResponse): void {
  const carried = typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : 500;
  const status = carried >= 400 && carried < 500 ? carried : 500;
  if (status >= 500) logger.error({ error: error instanceof Error ? error.name : 'unknown' }, 'request failed');
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJson(res, status, { error: status === 413 ? 'body too large' : status < 500 ? 'bad request' : 'internal error' });
}

/** Builds the app. */
export function createApp(options: AppOptions): SkillApp {
  const { logger } = options;
  const routes = new Map<string, Route>([['GET /healthz', (_req, res) => sendJson(res, 200, { status: 'ok' })]]);
  for (const mounted of options.platforms) {
    routes.set(`POST ${mounted.unit.path}`, platformRoute(options, mounted));
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) routes.set(`${method} ${mounted.unit.path}`, postOnly);
    for (const document of mounted.unit.documents ?? []) routes.set(`GET ${document.path}`, documentRoute(document));
  }
  if (options.metrics) routes.set('GET /metrics', options.metrics.route);
  const { ready } = options;
  if (ready) routes.set('GET /readyz', async (_req, res) => ((await ready()) ? sendJson(res, 200, { status: 'ready' }) : sendJson(res, 503, { status: 'store unavailable' })));

  const listener: RequestListener = (req, res) => {
    const started = performance.now();
    const url = req.url ?? '/';
    const query = url.indexOf('?');
    const path = query < 0 ? url : url.slice(0, query);
    res.once('finish', () => {
      const ms = performance.now() - started;
      const status = res.statusCode;
      options.metrics?.request(path, status, ms / 1000);
      // An answered turn is logged by the core with its intent and timing; a health probe or a
      // scrape needs no line of its own. What failed or was refused always gets one.
      const line = { method: req.method, path: loggedPath(path), status, ms: Math.round(ms * 10) / 10 };
      if (status < 400) logger.debug(line, 'request');
      else logger.info(line, 'request');
    });
    const route = routes.get(`${req.method} ${path}`);
    if (route) {
      try {
        const pending = route(req, res);
        if (pending) pending.catch((error: unknown) => errorAnswer(logger, error, res));
      } catch (error) {
        errorAnswer(logger, error, res);
      }
      return;
    }
    if (options.linking?.(req, res)) return;
    if (!options.devRoutes) {
      sendNotFound(res);
      return;
    }
    options.devRoutes(req, res, (error) => (error === undefined ? sendNotFound(res) : errorAnswer(logger, error, res)));
  };

  return Object.assign(listener, {
    listen(port: number, host?: string, onListening?: () => void): Server {
      return createServer(listener).listen(port, host, onListening);
    },
  });
}
