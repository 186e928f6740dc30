/** The composition root: builds the bank, the store, the core and the app from configuration. */
import type express from 'express';
import { MemoryAuditLog, type AuditLog } from '../../fulfillment/audit/audit-log';
import type { BankAdapter } from '../../fulfillment/banks/bank-adapter';
import { createSandboxBank, type SandboxBank } from '../../fulfillment/banks/sandbox/sandbox-bank';
import { systemClock, type Clock } from '../../fulfillment/clock';
import { createCore, type Core } from '../../fulfillment/core';
import type { Logger } from '../../fulfillment/logger';
import { MemoryStateStore } from '../../fulfillment/state/memory-store';
import type { StateStore } from '../../fulfillment/state/state-store';
import { transferPolicyOf, type Config } from '../config';
import { platformGuards, type VerificationOverrides } from './guards';
import { SEED_CUSTOMERS } from '../../fulfillment/banks/sandbox/seed';
import { customerId } from '../../fulfillment/ids';
import { fixedPinDirectory, type PinDirectory } from '../../fulfillment/transfers/pin';
import { instrumentBank } from '../../fulfillment/banks/instrumented';
import { createApp, type AppOptions } from './app';
import { createPromMetrics, type PromMetrics } from './metrics';
import { metricsRoute } from './metrics-route';

/** Everything a running skill is made of. */
export interface Runtime {
  readonly bank: BankAdapter;
  /** Present when the bank is the embedded sandbox. */
  readonly sandbox?: SandboxBank;
  readonly store: StateStore;
  readonly audit: AuditLog;
  readonly core: Core;
  readonly metrics: PromMetrics;
  readonly app: express.Express;
}

/** Overrides for tests: a fixed clock, a captured logger, a prepared bank or store. */
export interface RuntimeOverrides {
  readonly clock?: Clock;
  readonly bank?: BankAdapter;
  readonly store?: StateStore;
  readonly audit?: AuditLog;
  readonly pins?: PinDirectory;
  /** Where Alexa certificates come from and which roots are trusted (tests make their own CA). */
  readonly verification?: VerificationOverrides;
  /** Sees every platform exchange (record mode). */
  readonly onExchange?: AppOptions['onExchange'];
  /**
   * The web simulator's routes for the sandbox, mounted only in development. The caller passes
   * them so that production never loads the simulator's language libraries.
   */
  readonly simulator?: (sandbox: SandboxBank) => express.Router;
}

/** Builds the runtime. */
export function createRuntime(config: Config, logger: Logger, overrides: RuntimeOverrides = {}): Runtime {
  const clock = overrides.clock ?? systemClock;
  const sandbox = overrides.bank ? undefined : createSandboxBank({ clock });
  const bank = overrides.bank ?? (sandbox as SandboxBank);
  const store = overrides.store ?? new MemoryStateStore(clock);
  const audit = overrides.audit ?? new MemoryAuditLog();
  // The sandbox's demo customers share one voice PIN (SANDBOX_PIN), hashed on first use; other
  // banks enrol PINs in their own app, which this directory does not reach yet.
  const pins = overrides.pins ?? fixedPinDirectory(sandbox ? SEED_CUSTOMERS.map((c) => customerId(c.id)) : [], config.SANDBOX_PIN);
  const metrics = createPromMetrics({ defaults: config.NODE_ENV !== 'test' });
  const core = createCore({
    bank: instrumentBank(bank, metrics),
    store,
    clock,
    logger,
    audit,
    transferPolicy: transferPolicyOf(config),
    pins,
    bankDeadlineMs: config.BANK_DEADLINE_MS,
    metrics,
  });
  const guards = platformGuards(config, store, clock, overrides.verification);
  const devRoutes = config.NODE_ENV === 'development' && sandbox && overrides.simulator ? overrides.simulator(sandbox) : undefined;
  const app = createApp({
    core,
    logger,
    maxBodyBytes: config.MAX_BODY_BYTES,
    guards,
    metrics: { request: metrics.request, route: metricsRoute(metrics, config) },
    ...(devRoutes ? { devRoutes } : {}),
    ...(overrides.onExchange ? { onExchange: overrides.onExchange } : {}),
  });
  return { bank, ...(sandbox ? { sandbox } : {}), store, audit, core, metrics, app };
}
