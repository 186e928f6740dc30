/**
 * Builds the configured bank adapter (the sandbox is made by the runtime itself), and reads the
 * development file of links, BG_LINKS_FILE, where one is given.
 */
import { readFileSync } from 'node:fs';
import * as z from '../../fulfillment/kit/schema';
import { nonEmpty, text } from '../../fulfillment/kit/schema';
import type { BankAdapter } from '../../fulfillment/banks/bank-adapter';
import { createBerlinGroupBank } from '../../fulfillment/banks/berlin-group/adapter';
import type { BerlinGroupHttpOptions } from '../../fulfillment/banks/berlin-group/http';
import type { Clock } from '../../fulfillment/kit/clock';
import { customerId } from '../../fulfillment/kit/ids';
import { fixedLinks, LINK_SCOPES, type LinkDirectory } from '../../fulfillment/records/link-directory';
import type { StateStore } from '../../fulfillment/state/state-store';
import { recordingFetch } from './bank-recorder';
import { mutualTlsFetch } from './bank-tls';
import type { Config } from '../config';
import type { Logger } from '../../fulfillment/kit/logger';
import { errorReason } from '../../fulfillment/kit/error-reason';

/** The links file: access token -> the customer, the bank's OAuth token and the consent. */
const LinksFile = z.record(
  z.string().check(z.minLength(16, 'access tokens must be long random strings')),
  z.object({ customerId: nonEmpty, firstName: text(60, 1), oauthToken: nonEmpty, consentId: nonEmpty }),
);

/** Reads and checks a links file; a bad file stops start-up with the reason. */
export function readLinks(file: string): z.infer<typeof LinksFile> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`BG_LINKS_FILE ${file}: cannot be read (${errorReason(error) ?? 'unknown error'})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`BG_LINKS_FILE ${file}: is not valid JSON (${errorReason(error) ?? 'unreadable'})`);
  }
  const parsed = LinksFile.safeParse(json);
  if (!parsed.success) throw new Error(`BG_LINKS_FILE ${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** Node's fetch, with the client certificate where the bank asks for one, recording where asked to. */
function bankFetch(config: Config, consentIds: readonly string[]): typeof fetch {
  const tls = config.BG_CLIENT_CERT && config.BG_CLIENT_KEY ? mutualTlsFetch({ certFile: config.BG_CLIENT_CERT, keyFile: config.BG_CLIENT_KEY, ...(config.BG_CA ? { caFile: config.BG_CA } : {}) }) : fetch;
  return config.BG_RECORD_DIR ? recordingFetch(config.BG_RECORD_DIR, consentIds, tls) : tls;
}

/**
 * The links of a BG_LINKS_FILE (development against a bank's sandbox, refused in production):
 * each access token leads to its customer and the bank's token and consent.
 */
export function fileLinks(file: string): LinkDirectory {
  const entries = readLinks(file);
  return fixedLinks(
    Object.fromEntries(
      Object.entries(entries).map(([token, l]) => [token, { customer: { id: customerId(l.customerId), firstName: l.firstName }, credentials: { token: l.oauthToken, consentId: l.consentId }, scopes: LINK_SCOPES }]),
    ),
  );
}

/** How the skill reaches a Berlin Group bank, from BG_* settings. */
export function berlinGroupHttpOptions(config: Config, clock: Clock, logger?: Logger): BerlinGroupHttpOptions {
  if (!config.BG_BASE_URL) throw new Error('BANK_ADAPTER=berlin-group needs BG_BASE_URL');
  const recorded = config.BG_LINKS_FILE ? Object.values(readLinks(config.BG_LINKS_FILE)).map((l) => l.consentId) : [];
  return {
    baseUrl: config.BG_BASE_URL,
    timeoutMs: config.BG_TIMEOUT_MS,
    readRetries: 1,
    breaker: { failures: 5, halfOpenAfterMs: 30_000 },
    clock,
    fetch: bankFetch(config, recorded),
    ...(logger ? { onConnectionFailure: (reason: string) => logger.warn({ bank: 'berlin-group', reason }, 'bank connection failed') } : {}),
  };
}

/** The Berlin Group adapter from BG_* settings. */
export function berlinGroupFromConfig(config: Config, clock: Clock, store: StateStore, logger?: Logger): BankAdapter {
  return createBerlinGroupBank({ ...berlinGroupHttpOptions(config, clock, logger), store, paymentProduct: config.BG_INSTANT === 'on' ? 'instant-sepa-credit-transfers' : 'sepa-credit-transfers' });
}
