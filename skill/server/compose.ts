/** The composition root of the HTTP server: the core, the guards, the metrics and the app. */
import type { SandboxBank } from '../../fulfillment/banks/sandbox/sandbox-bank';
import type { Logger } from '../../fulfillment/kit/logger';
import type { Config } from '../config';
import { createCoreRuntime, type CoreOverrides, type CoreRuntime } from '../core-runtime';
import { createApp, type AppOptions, type FallbackRoutes, type SkillApp } from './app';
import { platformUnits, type PlatformSetup } from '../platforms';
import { platformGuards } from './guards';
import { createPromMetrics, type PromMetrics } from './metrics';
import { metricsRoute } from './metrics-route';

/** Everything a running skill is made of. */
export interface Runtime extends CoreRuntime {
  readonly metrics: PromMetrics;
  readonly app: SkillApp;
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
}

/** Builds the runtime. */
export function createRuntime(config: Config, logger: Logger, overrides: RuntimeOverrides = {}): Runtime {
  const metrics = createPromMetrics({ defaults: config.NODE_ENV !== 'test' });
  const runtime = createCoreRuntime(config, logger, { ...overrides, metrics });
  const units = platformUnits({
    config,
    clock: runtime.clock,
    core: runtime.core,
    logger,
    ...(overrides.verification ? { verification: overrides.verification } : {}),
    ...(overrides.tokens ? { tokens: overrides.tokens } : {}),
  });
  const platforms = units.map((unit) => ({ unit, guards: platformGuards(unit, config, runtime.store) }));
  for (const unit of units) for (const path of [unit.path, ...(unit.documents ?? []).map((d) => d.path)]) metrics.countRoute(path);
  const { sandbox } = runtime;
  const devRoutes = config.NODE_ENV === 'development' && sandbox && overrides.simulator ? overrides.simulator(sandbox) : undefined;
  const app = createApp({
    logger,
    maxBodyBytes: config.MAX_BODY_BYTES,
    platforms,
    metrics: { request: metrics.request, route: metricsRoute(metrics, config) },
    ...(devRoutes ? { devRoutes } : {}),
    ...(overrides.onExchange ? { onExchange: overrides.onExchange } : {}),
  });
  return { ...runtime, metrics, app };
}
