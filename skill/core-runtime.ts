/**
 * The core and what it is built from (bank, store, links, audit, PINs), from configuration, for
 * every entry point: the HTTP server and the Lambda handler. Nothing here loads express.
 */
import type { AuditLog } from '../fulfillment/records/audit-log';
import { firstOf, type LinkDirectory } from '../fulfillment/records/link-directory';
import { memoryRecords, type Records } from '../fulfillment/records/records';
import { demoLinks } from './banks/demo-links';
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
import { boundedStore, type BoundedStore } from '../fulfillment/state/bounded-store';
import { enrolledOr, fixedPinDirectory, type PinDirectory } from '../fulfillment/records/pin-directory';
import { sandboxServes, transferPolicyOf, type BankName, type Config } from './config';

/** The core and its parts. */
export interface CoreRuntime {
  readonly clock: Clock;
  readonly bank: BankAdapter;
  /** Present when the bank is the embedded sandbox. */
  readonly sandbox?: SandboxBank;
  /** The store every part shares, each call limited to STORE_TIMEOUT_MS. */
  readonly store: BoundedStore;
  readonly audit: AuditLog;
  /** The durable records: the database's, or memory's where none was opened. */
  readonly records: Records;
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
  /** The records on an opened database (skill/records/open-records.ts); memory by default. */
  readonly records?: Records;
  /** Where platform tokens resolve, before the demo tokens and a development file of links. */
  readonly links?: LinkDirectory;
  /** Told when the store is seen to go away or come back. */
  readonly storeHealth?: (up: boolean) => void;
}

/**
 * How each bank but the embedded sandbox is built: a name in BANK_NAMES without an entry does
 * not compile. The Berlin Group adapter is loaded only when it is configured: it brings undici
 * and cockatiel, which would otherwise add about 50 ms to every start on the sandbox bank.
 */
const BANKS: { readonly [B in Exclude<BankName, 'sandbox'>]: (config: Config, clock: Clock, store: StateStore, logger: Logger) => BankAdapter } = {
  'berlin-group': (config, clock, store, logger) => bankFromConfig().berlinGroupFromConfig(config, clock, store, logger),
};

/** The configured bank, when it is not the sandbox. */
function configuredBank(config: Config, clock: Clock, store: StateStore, logger: Logger): BankAdapter {
  if (config.BANK_ADAPTER === 'sandbox') throw new Error('the sandbox bank is made by the runtime itself');
  return BANKS[config.BANK_ADAPTER](config, clock, store, logger);
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on demand, on purpose
const bankFromConfig = () => require('./banks/bank-from-config') as typeof import('./banks/bank-from-config');

/**
 * Where the core resolves tokens: the linking server's (passed in), then the sandbox's demo tokens
 * where the sandbox may serve them, then a development file of Berlin Group links.
 */
function linkDirectory(config: Config, sandbox: boolean, given: LinkDirectory | undefined): LinkDirectory {
  const directories = [
    ...(given ? [given] : []),
    ...(sandbox && sandboxServes(config) ? [demoLinks()] : []),
    ...(config.BG_LINKS_FILE ? [bankFromConfig().fileLinks(config.BG_LINKS_FILE)] : []),
  ];
  return firstOf(...directories);
}

/** Builds the core: the bank under the turn deadline (and measured, with metrics). */
export function createCoreRuntime(config: Config, logger: Logger, overrides: CoreOverrides = {}): CoreRuntime {
  const clock = overrides.clock ?? systemClock;
  const sandbox = overrides.bank || config.BANK_ADAPTER !== 'sandbox' ? undefined : createSandboxBank({ clock });
  const store = boundedStore(overrides.store ?? new MemoryStateStore(clock), {
    timeoutMs: config.STORE_TIMEOUT_MS,
    ...(overrides.storeHealth ? { onHealth: overrides.storeHealth } : {}),
  });
  const bank = overrides.bank ?? sandbox ?? configuredBank(config, clock, store, logger);
  const records = overrides.records ?? memoryRecords(() => clock.now());
  const audit = overrides.audit ?? records.audit;
  // PINs set on the linking pages; where none is, the sandbox's demo customers share SANDBOX_PIN.
  const demoPins = fixedPinDirectory(sandbox ? SEED_CUSTOMERS.map((c) => customerId(c.id)) : [], config.SANDBOX_PIN);
  const pins = overrides.pins ?? enrolledOr(records.pins, demoPins);
  const links = linkDirectory(config, config.BANK_ADAPTER === 'sandbox', overrides.links);
  const metrics = overrides.metrics;
  const core = createCore({
    bank: metrics ? instrumentBank(bank, metrics) : bank,
    links,
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
  return { clock, bank, ...(sandbox ? { sandbox } : {}), store, audit, records, core };
}
