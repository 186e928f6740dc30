/**
 * The core's LinkDirectory for tokens this server issued: the token is checked from the database
 * (verify-access-token.ts), its link read from the records, and the bank's token renewed first
 * when it expires within a few minutes, so the bank never sees an expired one.
 */
import type { Clock } from '../../fulfillment/kit/clock';
import { err, ok, type Result } from '../../fulfillment/kit/result';
import type { LinkDirectory, LinkRefusal } from '../../fulfillment/records/link-directory';
import type { BankRenewal, LinkRecord, LinkRecords } from '../../fulfillment/records/link-records';
import type { BankCredentials } from '../../fulfillment/banks/bank-types';
import type { Sql } from '../../fulfillment/records/sql/database';
import { verifyAccessToken } from './verify-access-token';

/** How long before its expiry the bank's token is renewed. */
const RENEW_AHEAD_MS = 5 * 60_000;

/** A renewed bank token. */
export interface Renewed {
  readonly credentials: BankCredentials;
  readonly renewal?: BankRenewal;
}

/** Renews a link's bank token with its refresh token (the bank's OAuth token endpoint). */
export type RenewBankToken = (link: LinkRecord) => Promise<Result<Renewed, LinkRefusal>>;

/** What the directory reads from. */
export interface TokenLinksOptions {
  readonly sql: Sql;
  readonly links: LinkRecords;
  /** The resource the voice platforms' tokens are issued for. */
  readonly resource: string;
  /** The resource assistants' tokens are issued for (the MCP server); none: no assistant token resolves. */
  readonly assistantResource?: string;
  readonly clients: ReadonlySet<string>;
  readonly clock: Clock;
  readonly renew?: RenewBankToken;
}

/** The directory. */
export function tokenLinks(options: TokenLinksOptions): LinkDirectory {
  const { sql, links, clock } = options;

  /** The link's credentials, renewed first when the bank's token is about to expire. */
  async function fresh(link: LinkRecord): Promise<Result<BankCredentials, LinkRefusal>> {
    const expires = link.renewal ? Date.parse(link.renewal.expiresAt) : Number.POSITIVE_INFINITY;
    if (expires - clock.now().getTime() > RENEW_AHEAD_MS) return ok(link.credentials);
    if (!options.renew) return err({ kind: 'consent-expired' });
    const renewed = await options.renew(link);
    if (!renewed.ok) {
      // The bank did not answer, but its token still works for now: use it.
      return renewed.error.kind !== 'consent-expired' && expires > clock.now().getTime() ? ok(link.credentials) : renewed;
    }
    await links.renew(link.linkId, renewed.value.credentials, renewed.value.renewal);
    return ok(renewed.value.credentials);
  }

  return {
    async resolve(token, audience = 'voice') {
      const resource = audience === 'assistant' ? options.assistantResource : options.resource;
      if (!resource) return err({ kind: 'not-linked' });
      const verified = await verifyAccessToken(sql, token, { resource, clients: options.clients, now: Math.floor(clock.now().getTime() / 1000) });
      if (verified?.subject !== 'link') return err({ kind: 'not-linked' });
      const link = await links.find(verified.linkId);
      if (!link) return err({ kind: 'not-linked' });
      if (link.consentValidUntil && link.consentValidUntil < clock.now().toISOString().slice(0, 10)) return err({ kind: 'consent-expired' });
      const credentials = await fresh(link);
      if (!credentials.ok) return credentials;
      return ok({ customer: link.customer, credentials: credentials.value, scopes: verified.scopes });
    },
  };
}
