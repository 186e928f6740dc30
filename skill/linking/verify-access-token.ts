/**
 * The resource server's check of a token this server issued, from the database alone (it needs
 * neither oidc-provider nor HTTP, so the Lambda and any platform unit use it as it is). A token
 * is good when its row exists (revoked tokens are deleted), it has not expired, its client is
 * still configured, it was issued for the resource asked about, and it is not sender-constrained
 * (no proof could be checked here). A customer's token names its link; a client_credentials token
 * (an assistant listing its tools) names only its client, and reaches no customer's data.
 */
import type { Sql } from '../../fulfillment/records/sql/database';
import * as z from '../../fulfillment/kit/schema';
import { tokenKey } from './oidc-adapter';

/** What a good token says. */
export type VerifiedToken =
  | { readonly subject: 'link'; readonly linkId: string; readonly clientId: string; readonly scopes: readonly string[]; readonly resource: string; readonly expiresAt: number }
  | { readonly subject: 'client'; readonly clientId: string; readonly scopes: readonly string[]; readonly resource: string; readonly expiresAt: number };

/** The fields of oidc-provider's AccessToken and ClientCredentials payloads read here. */
const Payload = z.looseObject({
  kind: z.enum(['AccessToken', 'ClientCredentials']),
  accountId: z.optional(z.string()),
  clientId: z.string(),
  scope: z.optional(z.string()),
  aud: z.optional(z.union([z.string(), z.array(z.string())])),
  exp: z.number(),
  jkt: z.optional(z.string()),
  'x5t#S256': z.optional(z.string()),
});

/** What the check needs to know. */
export interface TokenCheck {
  /** The resource (RFC 8707) the caller serves: the skill's webhooks, or /mcp. */
  readonly resource: string;
  /** Clients configured now; a removed client's tokens stop working. */
  readonly clients: ReadonlySet<string>;
  /** Seconds since the epoch. */
  readonly now: number;
}

/** Checks a token; undefined when it is unknown, expired, revoked, for another resource, or bound to a key. */
export async function verifyAccessToken(sql: Sql, token: string, check: TokenCheck): Promise<VerifiedToken | undefined> {
  if (!token || token.length > 512) return undefined;
  const rows = await sql.query<{ payload: unknown }>(
    "select payload from oidc_payloads where model in ('AccessToken', 'ClientCredentials') and id = $1 and expires_at > now()",
    [tokenKey(token)],
  );
  const parsed = Payload.safeParse(rows[0]?.payload);
  if (!parsed.success) return undefined;
  const p = parsed.data;
  if (p.exp <= check.now || p.jkt || p['x5t#S256'] || !check.clients.has(p.clientId)) return undefined;
  const audiences = Array.isArray(p.aud) ? p.aud : p.aud ? [p.aud] : [];
  if (!audiences.includes(check.resource)) return undefined;
  const common = { clientId: p.clientId, scopes: (p.scope ?? '').split(' ').filter(Boolean), resource: check.resource, expiresAt: p.exp };
  if (p.kind === 'ClientCredentials') return { subject: 'client', ...common };
  return p.accountId ? { subject: 'link', linkId: p.accountId, ...common } : undefined;
}
