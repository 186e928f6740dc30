/** The composition root of the HTTP server: the core, the records, the linking server, the guards, the metrics and the app. */
import type { SandboxBank } from '../../fulfillment/banks/sandbox/sandbox-bank';
import { systemClock } from '../../fulfillment/kit/clock';
import type { Logger } from '../../fulfillment/kit/logger';
import type { Database } from '../../fulfillment/records/sql/database';
import { sqlRecords } from '../../fulfillment/records/sql/sql-records';
import { MemoryStateStore } from '../../fulfillment/state/memory-store';
import type { BoundedStore } from '../../fulfillment/state/bounded-store';
import type { Linking } from '../linking/linking';
import { sealingBox } from '../records/open-database';
import type { Config } from '../config';
import { createCoreRuntime, type CoreOverrides, type CoreRuntime } from '../core-runtime';
import { createApp, type AppOptions, type FallbackRoutes, type SkillApp } from './app';
import { platformUnits, type PlatformSetup } from '../platforms';
import { platformGuards } from './guards';
import { clientAddress } from './client-address';
import { createPromMetrics, type PromMetrics } from './metrics';
import { metricsRoute } from './metrics-route';

/** Everything a running skill is made of. */
export interface Runtime extends CoreRuntime {
  readonly metrics: PromMetrics;
  readonly app: SkillApp;
  /** The account-linking server, where a database was opened for the records. */
  readonly linking?: Linking;
}

/** Overrides for tests: a fixed clock, a captured logger, a prepared bank or store. */
export interface RuntimeOverrides extends Omit<CoreOverrides, 'metrics'> {
  /** Where Alexa certificates come from and which roots are trusted (tests make their own CA). */
  readonly verification?: PlatformSetup['verification'];
  /** How MCP bearer tokens are checked (the account-linking server's verifier). */
  readonly tokens?: PlatformSetup['tokens'];
  /** Sees every platform exchange (record mode). */
  readonly onExchange?: AppOptions['onExchange'];
  /**
   * The web simulator's routes for the sandbox, mounted only in development. The caller passes
   * them so that production never loads the simulator's language libraries.
   */
  readonly simulator?: (sandbox: SandboxBank) => FallbackRoutes;
  /**
   * The records' database, opened and migrated (skill/records/open-database.ts). With it the
   * records are durable and the linking server is mounted; without it the records live in memory.
   */
  readonly database?: Database;
  /** The port the server listens on, for PUBLIC_URL's development default. */
  readonly port?: number;
}

/** The linking server is loaded only with a database: oidc-provider costs its require time otherwise. */
function linkingOn(config: Config, logger: Logger, overrides: RuntimeOverrides, db: Database) {
  const clock = overrides.clock ?? systemClock;
  const store = overrides.store ?? new MemoryStateStore(clock);
  const records = sqlRecords(db, sealingBox(config), logger);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only where linking is served
  const { linkingFromConfig } = require('../linking/linking-from-config') as typeof import('../linking/linking-from-config');
  const linking = linkingFromConfig(config, { db, records, store, clock, logger, ...(overrides.port !== undefined ? { port: overrides.port } : {}) });
  return { linking, store, records };
}

/** Ready when the store answers a probe now; the metric follows what the probe saw. */
async function readiness(store: BoundedStore, metrics: PromMetrics): Promise<boolean> {
  const up = await store.probe();
  metrics.storeUp(up);
  return up;
}

/** Builds the runtime. */
export function createRuntime(config: Config, logger: Logger, overrides: RuntimeOverrides = {}): Runtime {
  const metrics = createPromMetrics({ defaults: config.NODE_ENV !== 'test' });
  const linked = overrides.database ? linkingOn(config, logger, overrides, overrides.database) : undefined;
  const runtime = createCoreRuntime(config, logger, { ...overrides, metrics, storeHealth: metrics.storeUp, ...(linked ? { store: linked.store, records: linked.records, links: linked.linking.links } : {}) });
  const units = platformUnits({
    config,
    clock: runtime.clock,
    core: runtime.core,
    logger,
    ...(overrides.verification ? { verification: overrides.verification } : {}),
    ...(linked ? { linking: linked.linking } : {}),
    ...(overrides.tokens ? { tokens: overrides.tokens } : {}),
    ...(overrides.port !== undefined ? { port: overrides.port } : {}),
  });
  const platforms = units.map((unit) => ({ unit, guards: platformGuards(unit, config, runtime.store, runtime.clock) }));
  for (const unit of units) for (const path of [unit.path, ...(unit.documents ?? []).map((d) => d.path)]) metrics.countRoute(path);
  const { sandbox } = runtime;
  const devRoutes = config.NODE_ENV === 'development' && sandbox && overrides.simulator ? overrides.simulator(sandbox) : undefined;
  const app = createApp({
    logger,
    maxBodyBytes: config.MAX_BODY_BYTES,
    clientAddress: clientAddress(config.TRUST_PROXY),
    platforms,
    ready: () => readiness(runtime.store, metrics),
    metrics: { request: metrics.request, route: metricsRoute(metrics, config) },
    ...(devRoutes ? { devRoutes } : {}),
    ...(linked ? { linking: linked.linking.handle } : {}),
    ...(overrides.onExchange ? { onExchange: overrides.onExchange } : {}),
  });
  return { ...runtime, metrics, app, ...(linked ? { linking: linked.linking } : {}) };
}
