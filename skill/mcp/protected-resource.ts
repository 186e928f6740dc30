/**
 * The MCP endpoint as an OAuth 2.1 protected resource: its canonical URL (the server's public
 * URL and /mcp, the resource the linking server binds its tokens to), its metadata document
 * (RFC 9728) and the bearer challenges of its refusals (RFC 6750).
 */
import { READ_SCOPE, TRANSFER_SCOPE } from './access';

/** The path the MCP endpoint is served at. */
export const MCP_PATH = '/mcp';

/** Where the metadata document is: path-suffixed first (what clients try first), then the root. */
export const METADATA_PATHS = [`/.well-known/oauth-protected-resource${MCP_PATH}`, '/.well-known/oauth-protected-resource'] as const;

/** Where the resource and its authorization server are. */
export interface ResourceSite {
  /** The URL the world reaches the server at (https://bank.example), without a trailing slash. */
  readonly publicUrl: string;
  /** The authorization server's issuer. */
  readonly issuer: string;
}

/** The canonical URL of the MCP endpoint, which tokens must be issued for. */
export const resourceUrl = (site: ResourceSite) => `${site.publicUrl}${MCP_PATH}`;

/** The protected-resource metadata document. */
export function resourceMetadata(site: ResourceSite): object {
  return {
    resource: resourceUrl(site),
    authorization_servers: [site.issuer],
    scopes_supported: [READ_SCOPE, TRANSFER_SCOPE],
    bearer_methods_supported: ['header'],
    resource_name: 'Voice banking',
  };
}

/** The bearer challenge of a refusal: where the metadata is, and why, when there is a why. */
export function bearerChallenge(site: ResourceSite, problem?: { error: 'invalid_token' | 'invalid_request' | 'insufficient_scope'; scope?: string }): Record<string, string> {
  const parts = [
    ...(problem ? [`error="${problem.error}"`] : []),
    ...(problem?.scope ? [`scope="${problem.scope}"`] : []),
    `resource_metadata="${site.publicUrl}${METADATA_PATHS[0]}"`,
  ];
  return { 'www-authenticate': `Bearer ${parts.join(', ')}` };
}
