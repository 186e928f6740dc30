/**
 * The bank's own OAuth 2.0 server, for a Berlin Group bank that authorises consents the OAuth2
 * way (its consent answer links `scaOAuth`): the customer is sent to its authorization endpoint
 * with scope AIS:<consent> and PKCE, the code that comes back is redeemed at its token endpoint,
 * and the bank's token is renewed there with the refresh token before it expires. The skill is a
 * confidential client of the bank (BG_OAUTH_CLIENT_ID, BG_OAUTH_CLIENT_SECRET). Plain fetch: a
 * handful of form posts, with the bank's own fetch (its client certificate) and a timeout.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { BankError } from '../../fulfillment/banks/bank-error';
import type { BankCredentials } from '../../fulfillment/banks/bank-types';
import * as z from '../../fulfillment/kit/schema';
import { err, ok, type Result } from '../../fulfillment/kit/result';
import type { BankRenewal } from '../../fulfillment/records/link-records';

/** How the skill talks to the bank's OAuth server. */
export interface BankOAuthClient {
  readonly clientId: string;
  readonly clientSecret?: string;
  readonly fetch: typeof fetch;
  readonly timeoutMs: number;
  readonly now: () => Date;
}

const Metadata = z.looseObject({ authorization_endpoint: z.url(), token_endpoint: z.url() });
const Tokens = z.looseObject({ access_token: z.string().check(z.minLength(1)), refresh_token: z.optional(z.string()), expires_in: z.optional(z.number()) });

/** Where the customer goes, and what the skill keeps to redeem the code. */
export interface BankAuthorization {
  readonly url: string;
  readonly tokenEndpoint: string;
  readonly verifier: string;
}

/** The bank's tokens as a link's credentials and renewal. */
export interface BankTokens {
  readonly credentials: BankCredentials;
  readonly renewal?: BankRenewal;
}

/** Reads JSON from the bank within the timeout; a failure is the bank being unavailable, a 4xx a refusal. */
async function call<S extends z.ZodMiniType>(client: BankOAuthClient, url: string, schema: S, init: RequestInit = {}): Promise<Result<z.infer<S>, BankError>> {
  try {
    const res = await client.fetch(url, { ...init, signal: AbortSignal.timeout(client.timeoutMs), headers: { accept: 'application/json', ...init.headers } });
    if (res.status >= 400 && res.status < 500) return err({ kind: 'consent-expired' });
    if (!res.ok) return err({ kind: 'unavailable' });
    const parsed = schema.safeParse(await res.json());
    return parsed.success ? ok(parsed.data) : err({ kind: 'unavailable' });
  } catch {
    return err({ kind: 'unavailable' });
  }
}

/** The authorization URL for a consent (scope AIS:<consent>), with a fresh PKCE pair. */
export async function authorizeConsent(client: BankOAuthClient, metadataUrl: string, consentId: string, redirect: string, state: string): Promise<Result<BankAuthorization, BankError>> {
  const metadata = await call(client, metadataUrl, Metadata);
  if (!metadata.ok) return metadata;
  const verifier = randomBytes(32).toString('base64url');
  const url = new URL(metadata.value.authorization_endpoint);
  const params = { response_type: 'code', client_id: client.clientId, redirect_uri: redirect, scope: `AIS:${consentId}`, state, code_challenge: createHash('sha256').update(verifier).digest('base64url'), code_challenge_method: 'S256' };
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return ok({ url: url.href, tokenEndpoint: metadata.value.token_endpoint, verifier });
}

/** Posts a grant to the token endpoint with the client's credentials; the tokens as credentials of the consent. */
async function grant(client: BankOAuthClient, endpoint: string, consentId: string, form: Record<string, string>, previousRefresh?: string): Promise<Result<BankTokens, BankError>> {
  const auth: Record<string, string> = client.clientSecret ? { authorization: `Basic ${Buffer.from(`${encodeURIComponent(client.clientId)}:${encodeURIComponent(client.clientSecret)}`).toString('base64')}` } : {};
  const body = new URLSearchParams({ ...form, ...(client.clientSecret ? {} : { client_id: client.clientId }) });
  const tokens = await call(client, endpoint, Tokens, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...auth }, body });
  if (!tokens.ok) return tokens;
  const refreshToken = tokens.value.refresh_token ?? previousRefresh;
  const expiresAt = new Date(client.now().getTime() + (tokens.value.expires_in ?? 3600) * 1000).toISOString();
  return ok({ credentials: { token: tokens.value.access_token, consentId }, ...(refreshToken ? { renewal: { refreshToken, expiresAt, endpoint } } : {}) });
}

/** Redeems the code the bank sent back. */
export function redeemBankCode(client: BankOAuthClient, authorization: Pick<BankAuthorization, 'tokenEndpoint' | 'verifier'>, consentId: string, code: string, redirect: string): Promise<Result<BankTokens, BankError>> {
  return grant(client, authorization.tokenEndpoint, consentId, { grant_type: 'authorization_code', code, redirect_uri: redirect, code_verifier: authorization.verifier });
}

/** Renews the bank's token with the refresh token; a refusal means the customer must link again. */
export function renewBankToken(client: BankOAuthClient, consentId: string, renewal: BankRenewal): Promise<Result<BankTokens, BankError>> {
  if (!renewal.endpoint) return Promise.resolve(err({ kind: 'consent-expired' }));
  return grant(client, renewal.endpoint, consentId, { grant_type: 'refresh_token', refresh_token: renewal.refreshToken }, renewal.refreshToken);
}
