/**
 * The AWS Lambda entry for Alexa: the same Alexa unit and core as the HTTP server. Alexa
 * invokes a Lambda directly rather than over HTTPS, so there is no signature or certificate
 * to check; what stays is the request's own claims (the skill id, required here in every
 * mode, and the timestamp within 150 s) and the envelope's shape. A refused request throws,
 * as ask-sdk's own skill id check does, and Alexa answers the customer with its error prompt.
 *
 * Built into one file by `npm run bundle` (tools/bundle-lambda.ts): handler `alexa-handler.handler`.
 */
import type { ResponseEnvelope } from 'ask-sdk-model';
import type { Logger } from '../../fulfillment/kit/logger';
import { alexaResponder } from '../alexa/alexa.platform';
import { alexaEnvelopeSchema, type AlexaEnvelope } from '../alexa/envelope.schema';
import { claimsProblem } from '../alexa/verify/claims';
import { systemClock } from '../../fulfillment/kit/clock';
import { sqlRecords } from '../../fulfillment/records/sql/sql-records';
import { loadConfig, publicUrlOf, type Config } from '../config';
import { createCoreRuntime, type CoreOverrides } from '../core-runtime';
import { bankOAuthClient, bankRenewal } from '../linking/bank-renewal';
import { linkingClients, resourceUrls } from '../linking/clients';
import { tokenLinks } from '../linking/token-links';
import { openDatabase, sealingBox } from '../records/open-database';
import { createLogger } from '../server/logger';

interface Ready {
  readonly respond: (envelope: AlexaEnvelope) => Promise<ResponseEnvelope>;
  readonly logger: Logger;
  readonly allowed: ReadonlySet<string>;
}

/**
 * The records and the token check on PostgreSQL, where DATABASE_URL is set: the Lambda resolves the
 * tokens the linking server (beside the HTTP server) issued, from the database alone.
 */
async function recordsOf(config: Config, logger: Logger): Promise<Pick<CoreOverrides, 'records' | 'links'>> {
  if (!config.DATABASE_URL) return {};
  const db = await openDatabase(config);
  const records = sqlRecords(db, sealingBox(config), logger);
  const clients = new Set(linkingClients(config).map((c) => c.metadata.client_id));
  const renew = bankRenewal(bankOAuthClient(config, systemClock));
  return { records, links: tokenLinks({ sql: db, links: records.links, resource: resourceUrls(publicUrlOf(config)).skill, clients, clock: systemClock, ...(renew ? { renew } : {}) }) };
}

async function build(): Promise<Ready> {
  const config = loadConfig(process.env, 'lambda');
  const logger = createLogger(config.LOG_LEVEL);
  // ioredis is loaded only when a Redis is configured.
  const store = config.REDIS_URL ? await (await import('../../fulfillment/state/redis-store.js')).RedisStateStore.connect(config.REDIS_URL, config.REDIS_PREFIX, config.STORE_TIMEOUT_MS) : undefined;
  const { core } = createCoreRuntime(config, logger, { ...(store ? { store } : {}), ...(await recordsOf(config, logger)) });
  return { respond: alexaResponder(core, logger), logger, allowed: new Set(config.ALEXA_SKILL_IDS) };
}

let ready: Promise<Ready> | undefined;

/** The Lambda handler: an Alexa request envelope in, a response envelope out. */
export async function handler(event: unknown): Promise<ResponseEnvelope> {
  ready ??= build().catch((error: unknown) => {
    ready = undefined;
    throw error;
  });
  const { respond, logger, allowed } = await ready;
  const problem = claimsProblem(event, allowed, Date.now());
  const envelope = problem ? undefined : alexaEnvelopeSchema.safeParse(event);
  if (!envelope?.success) {
    const reason = problem ?? 'not an Alexa request';
    logger.warn({ security: true, platform: 'alexa', entry: 'lambda', reason }, 'request refused');
    throw new Error(`request refused: ${reason}`);
  }
  return respond(envelope.data);
}
