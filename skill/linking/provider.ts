/**
 * The OAuth 2.0 authorization server, configured as data on oidc-provider (certified, kept by
 * its author, standards by default): authorization code with PKCE S256 required, refresh tokens,
 * revocation (RFC 7009), resource indicators (RFC 8707) and client credentials for tool
 * discovery. No OpenID Connect: no `openid` scope, no ID tokens, no userinfo. The settings that
 * would silently break an Alexa link are set here on purpose, each with its reason.
 */
import { generateKeyPairSync } from 'node:crypto';
import { errors, interactionPolicy, Provider, type Configuration, type JWK, type KoaContextWithOIDC } from 'oidc-provider';
import { LINK_SCOPES } from '../../fulfillment/records/link-directory';
import type { LinkRecords } from '../../fulfillment/records/link-records';
import type { Sql } from '../../fulfillment/records/sql/database';
import { TOOLS_SCOPE, type LinkingClient, type ResourceName } from './clients';
import { sqlAdapter } from './oidc-adapter';

/** What the provider is made of. */
export interface ProviderOptions {
  /** publicUrl + the mount path, e.g. https://skill.example.com/link. */
  readonly issuer: string;
  readonly mountPath: string;
  readonly sql: Sql;
  readonly links: LinkRecords;
  readonly clients: readonly LinkingClient[];
  readonly resources: Readonly<Record<ResourceName, string>>;
  /** Cookie signing keys, newest first. */
  readonly cookieKeys: readonly string[];
  readonly accessTokenSeconds: number;
  readonly refreshTokenSeconds: number;
}

/** A customer's grant carries the banking scopes; a client's own token (client credentials) only tool discovery. */
const CUSTOMER_SCOPES = LINK_SCOPES.join(' ');

/**
 * Nothing is signed (opaque tokens, no ID tokens), but client validation still wants a signing
 * algorithm and a key for it; a key made at start-up is enough while nothing it signs outlives it.
 */
function unusedSigningKey(): JWK {
  const jwk = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' });
  return { ...jwk, use: 'sig', alg: 'ES256', kid: 'unused' } as JWK;
}

/** Every linking signs in afresh: a session left in the browser by an earlier linking does not skip the bank. */
function freshLoginPolicy(): interactionPolicy.Prompt[] {
  const { Check } = interactionPolicy;
  const policy = interactionPolicy.base();
  policy.get('login')?.checks.push(new Check('fresh_login', 'every account linking signs in again', (ctx) => (ctx.oidc.result?.login ? Check.NO_NEED_TO_PROMPT : Check.REQUEST_PROMPT)));
  return policy;
}

/** Builds the provider. */
export function createProvider(options: ProviderOptions): Provider {
  const resourceOf = new Map(options.clients.map((c) => [c.metadata.client_id, options.resources[c.resource]]));
  const byUrl = new Map((Object.keys(options.resources) as ResourceName[]).map((name) => [options.resources[name], name]));
  const configuration: Configuration = {
    adapter: sqlAdapter(options.sql),
    clients: options.clients.map((c) => c.metadata),
    clientAuthMethods: ['client_secret_basic', 'client_secret_post', 'none'],
    responseTypes: ['code'],
    // OpenID Connect scopes only; the banking scopes belong to the resources (getResourceServerInfo).
    // Listed here they would become OIDC scopes, and the login would loop into a consent prompt.
    scopes: [],
    claims: {},
    jwks: { keys: [unusedSigningKey()] },
    clientDefaults: { id_token_signed_response_alg: 'ES256' },
    // oidc-provider 9 knows only S256: `plain` and a missing code_challenge are refused.
    pkce: { required: () => true },
    cookies: { keys: [...options.cookieKeys] },
    features: {
      devInteractions: { enabled: false },
      userinfo: { enabled: false },
      // Our resource servers do not check DPoP proofs, so no token may be bound to one.
      dPoP: { enabled: false },
      clientCredentials: { enabled: true },
      revocation: { enabled: true, allowedPolicy: async (_ctx, client, token) => token.clientId === client.clientId },
      introspection: { enabled: false },
      resourceIndicators: {
        enabled: true,
        // Alexa sends no `resource`: a client's tokens serve the resource it was configured for.
        defaultResource: async (_ctx, client, oneOf) => oneOf ?? resourceOf.get(client.clientId),
        useGrantedResource: async () => true,
        getResourceServerInfo: async (ctx, resource, client) => {
          const name = byUrl.get(resource);
          if (!name || resourceOf.get(client.clientId) !== resource) throw new errors.InvalidTarget();
          const forClient = name === 'mcp' && ctx.oidc.params?.['grant_type'] === 'client_credentials';
          return { scope: forClient ? TOOLS_SCOPE : CUSTOMER_SCOPES, accessTokenFormat: 'opaque', accessTokenTTL: options.accessTokenSeconds };
        },
      },
    },
    // By default tokens end with the sign-in page's browser session (minutes): a link must not.
    expiresWithSession: async () => false,
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    // Rotation would unlink a customer for good when Alexa loses one refresh answer (reuse of a
    // rotated token revokes the grant). Public clients, which have only PKCE, rotate.
    rotateRefreshToken: (ctx) => ctx.oidc.client?.tokenEndpointAuthMethod === 'none',
    ttl: {
      AccessToken: options.accessTokenSeconds,
      ClientCredentials: options.accessTokenSeconds,
      AuthorizationCode: 60,
      RefreshToken: options.refreshTokenSeconds,
      // The grant outlives its refresh token: the default, 14 days, would end every link then.
      Grant: options.refreshTokenSeconds + 24 * 3600,
      Interaction: 30 * 60,
      Session: 30 * 60,
    },
    interactions: { url: async (_ctx, interaction) => `${options.mountPath}/interaction/${interaction.uid}`, policy: freshLoginPolicy() },
    findAccount: async (_ctx, linkId) => {
      // An unlinked link's codes and refresh tokens stop working here ("invalid_grant").
      const link = await options.links.find(linkId);
      return link ? { accountId: link.linkId, claims: async () => ({ sub: link.linkId }) } : undefined;
    },
    renderError: async (ctx: KoaContextWithOIDC, out) => {
      ctx.type = 'html';
      const text = String(out.error_description ?? out.error ?? 'error').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
      ctx.body = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Linking failed</title><main><h1>Linking failed</h1><p role="alert">${text}</p></main></html>`;
    },
  };
  const provider = new Provider(options.issuer, configuration);
  // Behind a TLS proxy the scheme comes from X-Forwarded-Proto; the linking mount pins it (and Host) to PUBLIC_URL first.
  provider.proxy = true;
  return provider;
}
