/**
 * The core and what it is built from (bank, store, audit, PINs), from configuration, for
 * every entry point: the HTTP server and the Lambda handler. Nothing here loads express.
 */
import { MemoryAuditLog, type AuditLog } from '../fulfillment/records/audit-log';
import type { BankAdapter } from '../fulfillment/banks/bank-adapter';
import { instrumentBank } from '../fulfillment/pipeline/instrumented-bank';
import { createSandboxBank, type SandboxBank } from '../fulfillment/banks/sandbox/sandbox-bank';
import { customerPseudonym } from '../fulfillment/kit/pseudonym';
import { SEED_CUSTOMERS } from '../fulfillment/banks/sandbox/seed';
import { systemClock, type Clock } from '../fulfillment/kit/clock';
import { createCore, type Core } from '../fulfillment/core';
import { customerId } from '../fulfillment/kit/ids';
import type { Logger } from '../fulfillment/kit/logger';
import type { Metrics } from '../fulfillment/pipeline/metrics';
import { MemoryStateStore } from '../fulfillment/state/memory-store';
import type { StateStore } from '../fulfillment/state/state-store';
import { fixedPinDirectory, type PinDirectory } from '../fulfillment/records/pin-directory';
import { transferPolicyOf, type Config } from './config';

/** The core and its parts. */
export interface CoreRuntime {
  readonly clock: Clock;
  readonly bank: BankAdapter;
  /** Present when the bank is the embedded sandbox. */
  readonly sandbox?: SandboxBank;
  readonly store: StateStore;
  readonly audit: AuditLog;
  readonly core: Core;
}

/** Parts a caller brings: a fixed clock, a prepared bank or store, metrics. */
export interface CoreOverrides {
  readonly clock?: Clock;
  readonly bank?: BankAdapter;
  readonly store?: StateStore;
  readonly audit?: AuditLog;
  readonly pins?: PinDirectory;
  readonly metrics?: Metrics;
}

/**
 * The Berlin Group adapter, loaded only when it is configured: it brings undici and cockatiel,
 * which would otherwise add about 50 ms to every start on the sandbox bank.
 */
function berlinGroupBank(config: Config, clock: Clock, store: StateStore): BankAdapter {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on demand, on purpose
  const { berlinGroupFromConfig } = require('./banks/bank-from-config') as typeof import('./banks/bank-from-config');
  return berlinGroupFromConfig(config, clock, store);
}

/** Builds the core: the bank under the turn deadline (and measured, with metrics). */
export function createCoreRuntime(config: Config, logger: Logger, overrides: CoreOverrides = {}): CoreRuntime {
  const clock = overrides.clock ?? systemClock;
  const sandbox = overrides.bank || config.BANK_ADAPTER !== 'sandbox' ? undefined : createSandboxBank({ clock });
  const store = overrides.store ?? new MemoryStateStore(clock);
  const bank = overrides.bank ?? sandbox ?? berlinGroupBank(config, clock, store);
  const audit = overrides.audit ?? new MemoryAuditLog();
  // The sandbox's demo customers share one voice PIN (SANDBOX_PIN), hashed on first use; other
  // banks enrol PINs in their own app, which this directory does not reach yet.
  const pins = overrides.pins ?? fixedPinDirectory(sandbox ? SEED_CUSTOMERS.map((c) => customerId(c.id)) : [], config.SANDBOX_PIN);
  const metrics = overrides.metrics;
  const core = createCore({
    bank: metrics ? instrumentBank(bank, metrics) : bank,
    store,
    clock,
    logger,
    audit,
    transferPolicy: transferPolicyOf(config),
    pins,
    bankDeadlineMs: config.BANK_DEADLINE_MS,
    pseudonym: customerPseudonym(config.LOG_ID_KEY),
    ...(metrics ? { metrics } : {}),
  });
  return { clock, bank, ...(sandbox ? { sandbox } : {}), store, audit, core };
}
