/**
 * The metrics port on prom-client, in a registry of its own: HTTP requests by route and
 * status, turns by platform, intent and reply, bank calls by adapter, operation and outcome,
 * transfers by outcome. Every label comes from a fixed vocabulary; none names a customer,
 * an amount, a payee or a token.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Metrics } from '../../fulfillment/pipeline/metrics';

/** The app's own routes counted by name; the platform units' paths are added as they are mounted. */
const OWN_ROUTES = ['/healthz', '/readyz', '/metrics'];

/** Latency buckets in seconds, from a cached answer to the bank deadline and past it. */
const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3.5, 5];

/** The port plus what the HTTP side needs: a request observer and the registry to scrape. */
export interface PromMetrics extends Metrics {
  readonly registry: Registry;
  /** One finished HTTP request. */
  request(path: string, status: number, seconds: number): void;
  /** Counts a route by name from now on; any other path is counted as "other", so a scan cannot add labels. */
  countRoute(path: string): void;
  /** Whether the state store answers (1) or is taken as gone (0). */
  storeUp(up: boolean): void;
}

/** Creates the metrics; `defaults` adds Node's process metrics (memory, event loop, GC). */
export function createPromMetrics(options: { defaults: boolean }): PromMetrics {
  const routes = new Set(OWN_ROUTES);
  const registry = new Registry();
  const registers = [registry];
  if (options.defaults) collectDefaultMetrics({ register: registry, prefix: 'voicebank_' });
  const requests = new Counter({ name: 'voicebank_http_requests_total', help: 'HTTP requests by route and status', labelNames: ['route', 'status'], registers });
  const requestSeconds = new Histogram({ name: 'voicebank_http_request_duration_seconds', help: 'HTTP request latency by route', labelNames: ['route'], buckets: BUCKETS, registers });
  const turns = new Counter({ name: 'voicebank_turns_total', help: 'Answered turns by platform, intent and reply type', labelNames: ['platform', 'intent', 'reply'], registers });
  const turnSeconds = new Histogram({ name: 'voicebank_turn_duration_seconds', help: 'Turn latency in the core by platform and intent', labelNames: ['platform', 'intent'], buckets: BUCKETS, registers });
  const bankCalls = new Counter({ name: 'voicebank_bank_calls_total', help: 'Bank adapter calls by adapter, operation and outcome (ok, a bank error kind, deadline or threw)', labelNames: ['adapter', 'operation', 'outcome'], registers });
  const bankSeconds = new Histogram({ name: 'voicebank_bank_call_duration_seconds', help: 'Bank adapter call latency by adapter and operation', labelNames: ['adapter', 'operation'], buckets: BUCKETS, registers });
  const storeUp = new Gauge({ name: 'voicebank_store_up', help: 'Whether the state store answers (1) or is taken as gone (0)', registers });
  storeUp.set(1);
  const transfers = new Counter({ name: 'voicebank_transfers_total', help: 'Confirmed transfers by outcome', labelNames: ['outcome'], registers });
  return {
    registry,
    request(path, status, seconds) {
      const route = routes.has(path) ? path : 'other';
      requests.inc({ route, status: String(status) });
      requestSeconds.observe({ route }, seconds);
    },
    countRoute(path) {
      routes.add(path);
    },
    storeUp(up) {
      storeUp.set(up ? 1 : 0);
    },
    turn(platform, intent, reply, seconds) {
      turns.inc({ platform, intent, reply });
      turnSeconds.observe({ platform, intent }, seconds);
    },
    bankCall(adapter, operation, outcome, seconds) {
      bankCalls.inc({ adapter, operation, outcome });
      // A call cut off by the deadline is timed by the deadline; its own end is observed when it comes.
      if (outcome !== 'deadline') bankSeconds.observe({ adapter, operation }, seconds);
    },
    transfer(outcome) {
      transfers.inc({ outcome });
    },
  };
}
