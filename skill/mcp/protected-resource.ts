/**
 * The MCP endpoint as an OAuth 2.1 protected resource: its canonical URL, its metadata document
 * (RFC 9728) and the bearer challenges of its refusals (RFC 6750). The URL comes from the
 * configured public address, or in development from the request's Host header.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { READ_SCOPE, TRANSFER_SCOPE } from './access';

/** The path the MCP endpoint is served at. */
export const MCP_PATH = '/mcp';

/** Where the metadata document is: path-suffixed first (what clients try first), then the root. */
export const METADATA_PATHS = [`/.well-known/oauth-protected-resource${MCP_PATH}`, '/.well-known/oauth-protected-resource'] as const;

/** Where the resource and its authorization server are. */
export interface ResourceSite {
  /** The public base URL (https://bank.example); none: taken from the request's Host header. */
  readonly publicUrl?: string;
  /** The authorization server's issuer; none: the public base URL itself. */
  readonly issuer?: string;
}

/** The base URL a request reached: the configured one, or its Host header over http (development). */
export function baseUrl(site: ResourceSite, headers: IncomingHttpHeaders): string {
  if (site.publicUrl) return site.publicUrl.replace(/\/$/, '');
  const host = headers.host && /^[A-Za-z0-9.[\]:-]{1,255}$/.test(headers.host) ? headers.host : 'localhost';
  return `http://${host}`;
}

/** The canonical URL of the MCP endpoint, which tokens must be issued for. */
export const resourceUrl = (site: ResourceSite, headers: IncomingHttpHeaders) => `${baseUrl(site, headers)}${MCP_PATH}`;

/** The protected-resource metadata document. */
export function resourceMetadata(site: ResourceSite, headers: IncomingHttpHeaders): object {
  const base = baseUrl(site, headers);
  return {
    resource: `${base}${MCP_PATH}`,
    authorization_servers: [site.issuer ?? base],
    scopes_supported: [READ_SCOPE, TRANSFER_SCOPE],
    bearer_methods_supported: ['header'],
    resource_name: 'Voice banking',
  };
}

/** The bearer challenge of a refusal: where the metadata is, and why, when there is a why. */
export function bearerChallenge(site: ResourceSite, headers: IncomingHttpHeaders, problem?: { error: 'invalid_token' | 'invalid_request' | 'insufficient_scope'; scope?: string }): Record<string, string> {
  const metadata = `${baseUrl(site, headers)}${METADATA_PATHS[0]}`;
  const parts = [
    ...(problem ? [`error="${problem.error}"`] : []),
    ...(problem?.scope ? [`scope="${problem.scope}"`] : []),
    `resource_metadata="${metadata}"`,
  ];
  return { 'www-authenticate': `Bearer ${parts.join(', ')}` };
}
