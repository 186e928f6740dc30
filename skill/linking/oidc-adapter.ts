/**
 * oidc-provider's storage on the records' database: one table, oidc_payloads, the same SQL on
 * PostgreSQL and PGlite. oidc-provider asks for one adapter per model ("AccessToken", "Grant",
 * "Session"...). Bearer secrets are not stored: for the token models the row id is sha256 of the
 * token and the payload keeps no copy of it (its jti), which is put back on the way out; a dump of
 * the table holds no usable token or code.
 */
import { createHash } from 'node:crypto';
import type { Adapter, AdapterPayload } from 'oidc-provider';
import type { Sql } from '../../fulfillment/records/sql/database';

/** The models whose id is a bearer secret. */
const HASHED = new Set(['AccessToken', 'AuthorizationCode', 'RefreshToken', 'ClientCredentials', 'BackchannelAuthenticationRequest', 'PreAuthorizedCode', 'InitialAccessToken', 'RegistrationAccessToken']);

/** The row id of a token: sha256, base64url. */
export const tokenKey = (token: string): string => createHash('sha256').update(token).digest('base64url');

/** One model's rows. */
class SqlAdapter implements Adapter {
  private readonly hashed: boolean;

  constructor(
    private readonly sql: Sql,
    private readonly model: string,
  ) {
    this.hashed = HASHED.has(model);
  }

  private key(id: string): string {
    return this.hashed ? tokenKey(id) : id;
  }

  async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
    const { jti: _jti, ...withoutSecret } = payload;
    await this.sql.query(
      `insert into oidc_payloads (model, id, payload, grant_id, account_id, client_id, uid, user_code, expires_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, case when $9::int is null then null else now() + make_interval(secs => $9::int) end)
       on conflict (model, id) do update set payload = excluded.payload, grant_id = excluded.grant_id, account_id = excluded.account_id,
         client_id = excluded.client_id, uid = excluded.uid, user_code = excluded.user_code, expires_at = excluded.expires_at`,
      [
        this.model,
        this.key(id),
        JSON.stringify(this.hashed ? withoutSecret : payload),
        payload.grantId ?? null,
        payload.accountId ?? null,
        payload.clientId ?? null,
        payload.uid ?? null,
        payload.userCode ?? null,
        Number.isFinite(expiresIn) ? Math.ceil(expiresIn) : null,
      ],
    );
  }

  private async findWhere(column: 'id' | 'uid' | 'user_code', value: string): Promise<AdapterPayload | undefined> {
    const rows = await this.sql.query<{ payload: AdapterPayload; consumed: number | null }>(
      `select payload, extract(epoch from consumed_at)::int as consumed from oidc_payloads
        where model = $1 and ${column} = $2 and (expires_at is null or expires_at > now())`,
      [this.model, value],
    );
    const row = rows[0];
    if (!row) return undefined;
    return row.consumed === null ? row.payload : { ...row.payload, consumed: row.consumed };
  }

  async find(id: string): Promise<AdapterPayload | undefined> {
    const payload = await this.findWhere('id', this.key(id));
    return payload && this.hashed ? { ...payload, jti: id } : payload;
  }

  findByUid(uid: string): Promise<AdapterPayload | undefined> {
    return this.findWhere('uid', uid);
  }

  findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
    return this.findWhere('user_code', userCode);
  }

  async consume(id: string): Promise<void> {
    await this.sql.query('update oidc_payloads set consumed_at = now() where model = $1 and id = $2', [this.model, this.key(id)]);
  }

  async destroy(id: string): Promise<void> {
    await this.sql.query('delete from oidc_payloads where model = $1 and id = $2', [this.model, this.key(id)]);
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    // Every model's rows of the grant: what the contract asks is that none of them works after.
    await this.sql.query('delete from oidc_payloads where grant_id = $1', [grantId]);
  }
}

/** The `adapter` setting of oidc-provider: a factory per model name. */
export function sqlAdapter(sql: Sql): (model: string) => Adapter {
  return (model) => new SqlAdapter(sql, model);
}

/** Deletes rows that expired more than an hour ago; returns how many. */
export async function purgeExpired(sql: Sql): Promise<number> {
  const rows = await sql.query<{ n: number }>(
    "with gone as (delete from oidc_payloads where expires_at < now() - interval '1 hour' returning 1) select count(*)::int as n from gone",
  );
  return rows[0]?.n ?? 0;
}

/**
 * Deletes every grant, token and code of one link. Browser sessions and interactions stay until
 * they expire (minutes): the browser that is linking the account anew still holds them.
 */
export async function forgetAccount(sql: Sql, accountId: string): Promise<void> {
  await sql.query("delete from oidc_payloads where account_id = $1 and model not in ('Session', 'Interaction')", [accountId]);
}
