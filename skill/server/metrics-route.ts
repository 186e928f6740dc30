/**
 * GET /metrics and who may read it. With METRICS_TOKEN set, a scraper must send it as a
 * bearer token (compared in constant time), from anywhere. Without it, only loopback callers
 * are answered (a scraper on the same host or pod), and production, where a proxy in front
 * could make every caller look local, does not serve /metrics at all.
 */
import type { Route } from './app';
import type { Config } from '../config';
import { sendNotFound, sendText } from './http-io';
import type { PromMetrics } from './metrics';
import { isSecret, secretDigest } from '../secret';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

/** Whether a request may read the metrics under the configuration. */
export function metricsAllowed(config: Pick<Config, 'NODE_ENV' | 'METRICS_TOKEN'>, authorization: string | undefined, remoteAddress: string | undefined): boolean {
  if (config.METRICS_TOKEN) {
    const given = /^Bearer (.+)$/.exec(authorization ?? '')?.[1] ?? '';
    return isSecret(given, secretDigest(config.METRICS_TOKEN));
  }
  return config.NODE_ENV !== 'production' && LOOPBACK.test(remoteAddress ?? '');
}

/** The route handler: the registry in Prometheus text format, or 404 to anyone not allowed. */
export function metricsRoute(metrics: PromMetrics, config: Pick<Config, 'NODE_ENV' | 'METRICS_TOKEN'>): Route {
  return async (req, res) => {
    if (!metricsAllowed(config, req.headers.authorization, req.socket.remoteAddress)) {
      sendNotFound(res);
      return;
    }
    sendText(res, 200, metrics.registry.contentType, await metrics.registry.metrics());
  };
}
