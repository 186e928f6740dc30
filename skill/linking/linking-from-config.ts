/** The linking server from configuration and the opened database: the bank behind its sign-in, the records on the database. */
import { berlinGroupHttp } from '../../fulfillment/banks/berlin-group/http';
import type { Clock } from '../../fulfillment/kit/clock';
import type { Logger } from '../../fulfillment/kit/logger';
import type { Records } from '../../fulfillment/records/records';
import type { Database } from '../../fulfillment/records/sql/database';
import type { StateStore } from '../../fulfillment/state/state-store';
import { berlinGroupHttpOptions } from '../banks/bank-from-config';
import type { BankName, Config } from '../config';
import { bankOAuthClient, bankRenewal } from './bank-renewal';
import type { LinkingBank } from './interactions';
import { createLinking, type Linking } from './linking';

/** The bank each sign-in leads to: a name in BANK_NAMES without an entry does not compile. */
const LINKING_BANKS: { readonly [B in BankName]: (config: Config, clock: Clock) => LinkingBank } = {
  sandbox: () => ({ kind: 'sandbox' }),
  'berlin-group': (config, clock) => {
    const http = berlinGroupHttpOptions(config, clock);
    const oauth = bankOAuthClient(config, clock);
    return { kind: 'berlin-group', http: berlinGroupHttp(http), baseUrl: http.baseUrl, consentDays: config.BG_CONSENT_DAYS, perDay: config.BG_CONSENT_PER_DAY, ...(oauth ? { oauth } : {}) };
  },
};

/** Builds the linking server on the records of an opened database. */
export function linkingFromConfig(config: Config, parts: { db: Database; records: Records; store: StateStore; clock: Clock; logger: Logger; port?: number }): Linking {
  const renew = bankRenewal(bankOAuthClient(config, parts.clock));
  return createLinking({
    config,
    sql: parts.db,
    records: parts.records,
    store: parts.store,
    clock: parts.clock,
    logger: parts.logger,
    bank: LINKING_BANKS[config.BANK_ADAPTER](config, parts.clock),
    ...(renew ? { renew } : {}),
    ...(parts.port !== undefined ? { port: parts.port } : {}),
  });
}
