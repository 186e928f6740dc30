/**
 * GET /metrics and who may read it. With METRICS_TOKEN set, a scraper must send it as a
 * bearer token (compared in constant time), from anywhere. Without it, only loopback callers
 * are answered (a scraper on the same host or pod), and production, where a proxy in front
 * could make every caller look local, does not serve /metrics at all.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import type { Config } from '../config';
import type { PromMetrics } from './metrics';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;
const digest = (s: string) => createHash('sha256').update(s).digest();

/** Whether a request may read the metrics under the configuration. */
export function metricsAllowed(config: Pick<Config, 'NODE_ENV' | 'METRICS_TOKEN'>, authorization: string | undefined, remoteAddress: string | undefined): boolean {
  if (config.METRICS_TOKEN) {
    const given = /^Bearer (.+)$/.exec(authorization ?? '')?.[1] ?? '';
    return timingSafeEqual(digest(given), digest(config.METRICS_TOKEN));
  }
  return config.NODE_ENV !== 'production' && LOOPBACK.test(remoteAddress ?? '');
}

/** The route handler: the registry in Prometheus text format, or 404 to anyone not allowed. */
export function metricsRoute(metrics: PromMetrics, config: Pick<Config, 'NODE_ENV' | 'METRICS_TOKEN'>) {
  return async (req: Request, res: Response): Promise<void> => {
    if (!metricsAllowed(config, req.headers.authorization, req.socket.remoteAddress)) {
      res.status(404).json({ error: 'not found' });
      return;
    }
    res.setHeader('content-type', metrics.registry.contentType);
    res.send(await metrics.registry.metrics());
  };
}
