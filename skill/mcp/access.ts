/**
 * What the MCP server needs from the authorization server: a way to check a bearer token. The
 * account-linking server's check is adapted to it; development and tests add the sandbox's tokens.
 */
import type { Linking } from '../linking/linking';

/** The scope that lets an assistant read the customer's banking and act on their cards. */
export const READ_SCOPE = 'banking:read';
/** The scope that lets an assistant prepare and confirm transfers (each still approved in the bank's app). */
export const TRANSFER_SCOPE = 'banking:transfer';
/** The scope of an assistant's own token (client credentials): it may list the tools, and reaches no customer. */
export const TOOLS_SCOPE = 'mcp:tools';

/** What the authorization server vouches for about a bearer token. */
export interface AccessGrant {
  /** The OAuth client the token was issued to (Alexa+, another assistant). */
  readonly clientId: string;
  readonly scopes: readonly string[];
  /** The resource (RFC 8707) the token was issued for: this server's `/mcp` URL. */
  readonly resource: string;
  /** Seconds since the epoch. */
  readonly expiresAt: number;
  /**
   * The account link's access token, which the core identifies the customer by; none for a
   * service token (client credentials), which may discover the tools but reaches no customer.
   */
  readonly linkToken?: string;
}

/**
 * Checks a bearer token for a resource: the grant, or undefined when the token is unknown,
 * expired, revoked or issued for another resource.
 */
export type TokenVerifier = (token: string, resource: string) => Promise<AccessGrant | undefined>;

/**
 * The linking server's tokens for /mcp: a customer's (its link, resolved again by the core as an
 * assistant's token) and an assistant's own, which names no customer. The server checks the
 * resource it bound the token to.
 */
export function linkingTokens(linking: Pick<Linking, 'verifyAccessToken'>): TokenVerifier {
  return async (token) => {
    const verified = await linking.verifyAccessToken(token, 'mcp');
    if (!verified) return undefined;
    const { clientId, scopes, resource, expiresAt } = verified;
    return { clientId, scopes, resource, expiresAt, ...(verified.subject === 'link' ? { linkToken: token } : {}) };
  };
}

/** The first verifier that knows a token. */
export function firstTokens(...verifiers: readonly TokenVerifier[]): TokenVerifier {
  return async (token, resource) => {
    for (const verify of verifiers) {
      const grant = await verify(token, resource);
      if (grant) return grant;
    }
    return undefined;
  };
}
