/**
 * One small SQL interface over the two databases the records run on: PostgreSQL through `pg`
 * when DATABASE_URL is set, and embedded PGlite (PostgreSQL compiled to WebAssembly) otherwise,
 * in a data folder or in memory. Both drivers are loaded only when used: a process on one never
 * loads the other.
 *
 * The SQL written against it uses `$n` placeholders and what PostgreSQL 15 and PGlite (18) share,
 * and never returns int8 columns: `pg` gives those as strings and PGlite as BigInt.
 */
import type { Pool, PoolClient } from 'pg';
import type { PGlite, Transaction } from '@electric-sql/pglite';
import { lockDataFolder } from './data-folder-lock';

/** What a statement runs on: the database, or one transaction of it. */
export interface Sql {
  /** Runs one statement with parameters and returns its rows. */
  query<T = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(script: string): Promise<void>;
}

/** An open database. */
export interface Database extends Sql {
  readonly kind: 'postgres' | 'pglite';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

function pgSql(on: Pool | PoolClient): Sql {
  return {
    query: async <T>(text: string, params: readonly unknown[] = []) => (await on.query(text, params as unknown[])).rows as T[],
    // Without parameters pg uses the simple query protocol, which takes several statements.
    exec: async (script) => void (await on.query(script)),
  };
}

/**
 * How long a connection or a query may take before it fails: a server that takes the connection
 * and never answers (a firewall, a proxy with no database behind it) stops start-up with a reason,
 * never hangs it in silence.
 */
export const POSTGRES_PATIENCE_MS = 10_000;

/** Opens PostgreSQL; `schema` keeps a test run's tables apart (created when missing, first on the search path). */
export async function openPostgres(url: string, options: { schema?: string; max?: number; patienceMs?: number } = {}): Promise<Database> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only where PostgreSQL is used
  const { Pool: PgPool } = require('pg') as typeof import('pg');
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error('a schema name is lower-case letters, digits and _');
  const patience = options.patienceMs ?? POSTGRES_PATIENCE_MS;
  const pool = new PgPool({ connectionString: url, max: options.max ?? 10, connectionTimeoutMillis: patience, query_timeout: patience, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  try {
    // Fail at start-up on a bad URL, not at the first customer's request.
    await pool.query(schema ? `create schema if not exists ${schema}` : 'select 1');
  } catch (error) {
    await pool.end();
    throw error;
  }
  return {
    kind: 'postgres',
    ...pgSql(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work(pgSql(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

function pgliteSql(on: PGlite | Transaction): Sql {
  return {
    query: async <T>(text: string, params: readonly unknown[] = []) => (await on.query<T>(text, params as unknown[])).rows,
    exec: async (script) => void (await on.exec(script)),
  };
}

/**
 * Opens PGlite in a data folder, or in memory without one. A folder is locked for this process:
 * PGlite itself does not stop a second process from opening it, and two writers lose rows.
 */
export async function openPglite(folder?: string): Promise<Database> {
  const unlock = folder ? lockDataFolder(folder) : () => undefined;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- 9 MB of WebAssembly, loaded only where PGlite is used
    const { PGlite: Lite } = require('@electric-sql/pglite') as typeof import('@electric-sql/pglite');
    const lite = await Lite.create(folder ?? 'memory://');
    return {
      kind: 'pglite',
      ...pgliteSql(lite),
      transaction: (work) => lite.transaction((tx) => work(pgliteSql(tx))),
      async close() {
        await lite.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}
