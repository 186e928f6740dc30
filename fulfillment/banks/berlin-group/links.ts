/**
 * Account linking for a Berlin Group bank: the platform's access token is the skill's own
 * opaque id for a link, made when the customer consented in the bank's pages. Behind it sit the
 * bank's OAuth token and the Consent-ID, which never reach the platform.
 */
import type { CustomerId } from '../../kit/ids';

/** What one link holds. */
export interface ConsentLink {
  readonly customerId: CustomerId;
  readonly firstName: string;
  /** The bank's OAuth access token, sent as the Bearer token. */
  readonly oauthToken: string;
  /** The account-information consent, sent as Consent-ID. */
  readonly consentId: string;
}

/** Finds the link behind an access token. */
export interface ConsentLinks {
  find(accessToken: string): Promise<ConsentLink | undefined>;
}

/** Links held in memory, from configuration (a JSON file of token -> link) or a test. */
export function consentLinksFrom(entries: Readonly<Record<string, ConsentLink>>): ConsentLinks {
  const links = new Map(Object.entries(entries));
  return { find: async (token) => links.get(token) };
}
