/**
 * The port the core identifies customers through: a platform's access token (opaque, from the
 * skill's own authorization server) resolves to a link, and the link to the customer and the
 * bank's credentials. The platform token never reaches a bank adapter; the bank's credentials
 * never leave the server.
 */
import type { BankError } from '../banks/bank-error';
import type { BankCredentials, Customer } from '../banks/bank-types';
import { err, ok, type Result } from '../kit/result';

/** Read balances, transactions, payees and cards. */
export const READ_SCOPE = 'banking:read';
/** Move money: transfers and their approval (and cancelling one). */
export const TRANSFER_SCOPE = 'banking:transfer';
/** Every scope a customer's link can grant. */
export const LINK_SCOPES = [READ_SCOPE, TRANSFER_SCOPE] as const;

/** What a platform token resolves to. */
export interface ResolvedLink {
  readonly customer: Customer;
  readonly credentials: BankCredentials;
  /** What the token may do (LINK_SCOPES); a token without TRANSFER_SCOPE moves no money. */
  readonly scopes: readonly string[];
}

/** Why a token resolves to no customer: `not-linked`, `consent-expired`, or the bank being down while renewing its token. */
export type LinkRefusal = Extract<BankError, { kind: 'not-linked' | 'consent-expired' | 'unavailable' | 'timeout' }>;

/**
 * Who a token was issued for (RFC 8707): the voice platforms' webhooks, or the assistants' MCP
 * server. A token for one is no token for the other.
 */
export type TokenAudience = 'voice' | 'assistant';

/** Resolves platform tokens. */
export interface LinkDirectory {
  /** The link of a token issued for the audience (the voice webhooks unless told). */
  resolve(accessToken: string, audience?: TokenAudience): Promise<Result<ResolvedLink, LinkRefusal>>;
}

/** Tokens fixed in advance (tests, a development file of links): token -> link. */
export function fixedLinks(entries: Readonly<Record<string, ResolvedLink>>): LinkDirectory {
  const links = new Map(Object.entries(entries));
  return {
    resolve: async (token) => {
      const link = links.get(token);
      return link ? ok(link) : err({ kind: 'not-linked' });
    },
  };
}

/** Asks each directory in turn; the first that knows the token answers. */
export function firstOf(...directories: readonly LinkDirectory[]): LinkDirectory {
  return {
    async resolve(token, audience) {
      let last: Result<ResolvedLink, LinkRefusal> = err({ kind: 'not-linked' });
      for (const directory of directories) {
        last = await directory.resolve(token, audience);
        if (last.ok || last.error.kind !== 'not-linked') return last;
      }
      return last;
    },
  };
}
