/**
 * The durable record of each account link: whose it is, which bank, which client linked it, and
 * the bank's credentials (held encrypted by the database implementations). A link's id is the
 * account id the authorization server puts in every token of it.
 */
import { randomUUID } from 'node:crypto';
import type { BankCredentials, Customer } from '../banks/bank-types';

/** How the bank's token is renewed before it expires. */
export interface BankRenewal {
  readonly refreshToken: string;
  /** When the bank's access token expires (ISO date-time). */
  readonly expiresAt: string;
  /** The bank's OAuth token endpoint the refresh token is sent to. */
  readonly endpoint?: string;
}

/** What a new link holds. */
export interface NewLink {
  readonly customer: Customer;
  /** The adapter's name ("sandbox", "berlin-group"). */
  readonly bank: string;
  /** The client that linked (the Alexa skill, an assistant). */
  readonly clientId: string;
  readonly credentials: BankCredentials;
  readonly renewal?: BankRenewal;
  /** The last day of the bank's consent (ISO date), where it has one. */
  readonly consentValidUntil?: string;
}

/** A link as stored. */
export interface LinkRecord extends NewLink {
  readonly linkId: string;
  /** ISO date-time. */
  readonly createdAt: string;
}

/** Why a link ended. */
export type UnlinkReason = 'revoked' | 'superseded' | 'consent-lapsed' | 'abandoned';

/** Where links are kept. */
export interface LinkRecords {
  /** Stores a new link and returns it with its id. */
  create(link: NewLink): Promise<LinkRecord>;
  /** A live link by id; undefined when unknown or unlinked. */
  find(linkId: string): Promise<LinkRecord | undefined>;
  /** The ids of a customer's live links made by one client. */
  liveFor(customer: Customer['id'], clientId: string): Promise<readonly string[]>;
  /** Replaces the bank's credentials after a token renewal. */
  renew(linkId: string, credentials: BankCredentials, renewal: BankRenewal | undefined): Promise<void>;
  /** Ends a link; false when it was not live. */
  unlink(linkId: string, reason: UnlinkReason): Promise<boolean>;
}

/** A fresh link id: random, so nothing about the customer can be read from it. */
export const newLinkId = (): string => randomUUID();

/** Links in memory: for tests that are not about the database. */
export function memoryLinkRecords(now: () => Date = () => new Date()): LinkRecords {
  const links = new Map<string, { record: LinkRecord; live: boolean }>();
  return {
    async create(link) {
      const record = { ...link, linkId: newLinkId(), createdAt: now().toISOString() };
      links.set(record.linkId, { record, live: true });
      return record;
    },
    find: async (linkId) => {
      const held = links.get(linkId);
      return held?.live ? held.record : undefined;
    },
    liveFor: async (customer, clientId) =>
      [...links.values()].filter((l) => l.live && l.record.customer.id === customer && l.record.clientId === clientId).map((l) => l.record.linkId),
    async renew(linkId, credentials, renewal) {
      const held = links.get(linkId);
      if (!held) return;
      const { renewal: _old, ...rest } = held.record;
      held.record = { ...rest, credentials, ...(renewal ? { renewal } : {}) };
    },
    async unlink(linkId) {
      const held = links.get(linkId);
      if (!held?.live) return false;
      held.live = false;
      return true;
    },
  };
}
