/**
 * The express app: POST /alexa, POST /dialogflow, GET /healthz, GET /metrics. Each platform route reads the
 * exact bytes, runs its guards, parses and validates, then hands over to the thin wrapper.
 */
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Core } from '../../fulfillment/core';
import type { Logger } from '../../fulfillment/logger';
import { createAlexaSkill } from '../alexa/skill';
import { alexaEnvelopeSchema } from '../alexa/envelope.schema';
import { toResponse as toWebhookResponse } from '../dialogflow/to-response';
import { toTurn as webhookToTurn } from '../dialogflow/to-turn';
import { webhookRequestSchema } from '../dialogflow/webhook.schema';
import type { RequestEnvelope } from 'ask-sdk-model';
import { parseJson, rawJsonBody, requireJson } from './body';
import type { RequestGuard } from './guard';

/** What the app is built from. */
export interface AppOptions {
  readonly core: Core;
  readonly logger: Logger;
  readonly maxBodyBytes: number;
  /** Checks in front of each platform route, run in order on the raw request. */
  readonly guards?: { readonly alexa?: readonly RequestGuard[]; readonly dialogflow?: readonly RequestGuard[] };
  /** Development-only routes (the web simulator), mounted before the 404. */
  readonly devRoutes?: express.Router;
  /** Counts every request, and serves GET /metrics. */
  readonly metrics?: {
    readonly request: (path: string, status: number, seconds: number) => void;
    readonly route: (req: Request, res: Response) => Promise<void>;
  };
  /** Sees every platform request and response body (record mode). */
  readonly onExchange?: (platform: 'alexa' | 'dialogflow', request: unknown, response: unknown) => void;
}

type Route = (req: Request, res: Response) => Promise<void>;

/** The fixed bodies of refused requests: nothing about why, beyond the status. */
const REFUSALS = { 400: 'bad request', 401: 'unauthorized', 403: 'forbidden', 429: 'too many requests' } as const;

function guarded(guards: readonly RequestGuard[], logger: Logger, platform: string, route: (body: unknown, req: Request, res: Response) => Promise<void>): Route {
  return async (req, res) => {
    const rawBody = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    // The body is parsed (and its depth checked) once, for the guards and the route alike.
    let parsedBody: ReturnType<typeof parseJson> | undefined;
    const parse = () => (parsedBody ??= parseJson(req.body));
    const json = () => {
      const result = parse();
      return result.ok ? result.value : undefined;
    };
    for (const guard of guards) {
      const verdict = await guard({ headers: req.headers, rawBody, ip: req.ip ?? req.socket.remoteAddress ?? 'unknown', json });
      if (!verdict.ok) {
        logger.warn({ security: true, platform, reason: verdict.reason, status: verdict.status }, 'request refused');
        if (verdict.retryAfterSeconds) res.setHeader('retry-after', String(verdict.retryAfterSeconds));
        res.status(verdict.status).json({ error: REFUSALS[verdict.status] });
        return;
      }
    }
    const parsed = parse();
    if (!parsed.ok) {
      res.status(400).json({ error: parsed.reason === 'depth' ? 'body nests too deeply' : 'body is not valid JSON' });
      return;
    }
    await route(parsed.value, req, res);
  };
}

/** Builds the app. */
export function createApp(options: AppOptions): express.Express {
  const { core, logger } = options;
  const alexa = createAlexaSkill(core, logger);
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);

  app.use((req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      options.metrics?.request(req.path, res.statusCode, ms / 1000);
      logger.info({ method: req.method, path: req.path, status: res.statusCode, ms: Math.round(ms * 10) / 10 }, 'request');
    });
    next();
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  if (options.metrics) app.get('/metrics', options.metrics.route);

  const body = [requireJson, rawJsonBody(options.maxBodyBytes)];

  app.post('/alexa', ...body, guarded(options.guards?.alexa ?? [], logger, 'alexa', async (json, _req, res) => {
    const envelope = alexaEnvelopeSchema.safeParse(json);
    if (!envelope.success) {
      res.status(400).json({ error: 'not an Alexa request' });
      return;
    }
    const response = await alexa.invoke(envelope.data as unknown as RequestEnvelope);
    options.onExchange?.('alexa', json, response);
    res.json(response);
  }));

  app.post('/dialogflow', ...body, guarded(options.guards?.dialogflow ?? [], logger, 'dialogflow', async (json, _req, res) => {
    const request = webhookRequestSchema.safeParse(json);
    if (!request.success) {
      const isV1 = typeof json === 'object' && json !== null && 'result' in json && !('queryResult' in json);
      res.status(400).json({ error: isV1 ? 'Dialogflow v1 requests are not supported; use the v2 API' : 'not a Dialogflow v2 webhook request' });
      return;
    }
    const turn = webhookToTurn(request.data);
    const reply = await core.handle(turn);
    const response = toWebhookResponse(reply, request.data.session, request.data.originalDetectIntentRequest?.source);
    options.onExchange?.('dialogflow', json, response);
    res.json(response);
  }));

  if (options.devRoutes) app.use(options.devRoutes);

  app.use((_req, res) => {
    res.status(404).json({ error: 'not found' });
  });

  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : 500;
    if (status >= 500) logger.error({ error: error instanceof Error ? error.name : 'unknown' }, 'request failed');
    const message = status === 413 ? 'body too large' : status < 500 ? 'bad request' : 'internal error';
    res.status(status >= 400 && status < 600 ? status : 500).json({ error: message });
  });

  return app;
}
