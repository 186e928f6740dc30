/**
 * The clients that may link accounts, from configuration: the Alexa skill (ALEXA_CLIENT_ID,
 * ALEXA_CLIENT_SECRET, ALEXA_REDIRECT_URLS) and any others in LINK_CLIENTS, a JSON list
 * (Messenger, MCP assistants). A client without a secret is public: PKCE is its only proof, and
 * its refresh tokens rotate. Each client names the resource its tokens serve: the voice skill's
 * webhooks, or the MCP server.
 */
import type { ClientMetadata } from 'oidc-provider';
import * as z from '../../fulfillment/kit/schema';
import { LINK_SCOPES } from '../../fulfillment/records/link-directory';

/** Tool discovery on the MCP server: what an assistant's client_credentials token may do, and nothing with customers. */
export const TOOLS_SCOPE = 'mcp:tools';

/** The resources (RFC 8707) tokens are issued for. */
export type ResourceName = 'skill' | 'mcp';

/** The resource URLs of a server at `publicUrl`. */
export const resourceUrls = (publicUrl: string): Record<ResourceName, string> => ({ skill: `${publicUrl}/skill`, mcp: `${publicUrl}/mcp` });

/** Alexa's redirect URLs for development: the three regions' pattern with a placeholder vendor id. */
const DEVELOPMENT_ALEXA_REDIRECTS = ['https://pitangui.amazon.com/api/skill/link/MDEVELOPMENT', 'https://layla.amazon.com/api/skill/link/MDEVELOPMENT', 'https://alexa.amazon.co.jp/api/skill/link/MDEVELOPMENT'];
/** The Alexa client's secret outside production (production requires ALEXA_CLIENT_SECRET). */
export const DEVELOPMENT_ALEXA_SECRET = 'development-only-alexa-client-secret-0000';

/** One entry of LINK_CLIENTS. */
const LinkClient = z.object({
  id: z.string().check(z.regex(/^[\w.~-]{3,128}$/, 'a client id is 3 to 128 letters, digits or - . _ ~')),
  secret: z.optional(z.string().check(z.minLength(32), z.regex(/^[\w.~-]+$/))),
  name: z.optional(z.string().check(z.maxLength(60))),
  redirectUrls: z._default(z.array(z.url()), []),
  resource: z._default(z.enum(['skill', 'mcp']), 'mcp'),
  clientCredentials: z._default(z.boolean(), false),
});

/** A client as the server uses it: oidc-provider's metadata and its resource. */
export interface LinkingClient {
  readonly metadata: ClientMetadata;
  readonly resource: ResourceName;
  /** The scopes it may be granted (oidc-provider's own `scope` metadata is for OpenID Connect scopes only). */
  readonly scopes: readonly string[];
}

/** Parses LINK_CLIENTS; a string names what is wrong. */
export function parseLinkClients(json: string | undefined): z.infer<typeof LinkClient>[] | string {
  if (!json) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return 'LINK_CLIENTS must be a JSON list of clients';
  }
  const parsed = z.array(LinkClient).safeParse(raw);
  return parsed.success ? parsed.data : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
}

/** The settings the clients come from (the configuration's, which checks LINK_CLIENTS with parseLinkClients). */
export interface ClientSettings {
  readonly LINK_CLIENTS?: string | undefined;
  readonly ALEXA_CLIENT_ID: string;
  readonly ALEXA_CLIENT_SECRET?: string | undefined;
  readonly ALEXA_REDIRECT_URLS: readonly string[];
}

/** Every configured client. Throws on a bad LINK_CLIENTS (the configuration check reports it first). */
export function linkingClients(config: ClientSettings): LinkingClient[] {
  const others = parseLinkClients(config.LINK_CLIENTS);
  if (typeof others === 'string') throw new Error(others);
  const alexa: LinkingClient = {
    resource: 'skill',
    scopes: LINK_SCOPES,
    metadata: {
      client_id: config.ALEXA_CLIENT_ID,
      client_secret: config.ALEXA_CLIENT_SECRET ?? DEVELOPMENT_ALEXA_SECRET,
      client_name: 'Alexa',
      redirect_uris: config.ALEXA_REDIRECT_URLS.length > 0 ? config.ALEXA_REDIRECT_URLS : DEVELOPMENT_ALEXA_REDIRECTS,
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      // Alexa's console offers HTTP Basic or credentials in the body; oidc-provider takes either for this method.
      token_endpoint_auth_method: 'client_secret_basic',
    },
  };
  return [
    alexa,
    ...others.map((c): LinkingClient => ({
      resource: c.resource,
      scopes: [...LINK_SCOPES, ...(c.resource === 'mcp' ? [TOOLS_SCOPE] : [])],
      metadata: {
        client_id: c.id,
        client_name: c.name ?? c.id,
        redirect_uris: c.redirectUrls,
        response_types: c.redirectUrls.length > 0 ? ['code'] : [],
        grant_types: [...(c.redirectUrls.length > 0 ? ['authorization_code', 'refresh_token'] : []), ...(c.clientCredentials && c.secret ? ['client_credentials'] : [])],
        ...(c.secret ? { client_secret: c.secret, token_endpoint_auth_method: 'client_secret_basic' as const } : { token_endpoint_auth_method: 'none' as const }),
      },
    })),
  ];
}
