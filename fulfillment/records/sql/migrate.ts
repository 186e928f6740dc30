/**
 * The one migration runner, for PostgreSQL and PGlite alike. Each migration runs in its own
 * transaction after a transaction-level advisory lock, so two instances starting together on one
 * PostgreSQL apply it once. Written by hand (about 20 lines): the migration libraries want a pg
 * client or a connection string, and PGlite offers neither.
 */
import type { Database } from './database';
import { MIGRATIONS, type Migration } from './migrations';

/** An arbitrary constant: the key of the advisory lock the runner holds. */
const LOCK_KEY = 7_320_514;

/** Applies what is missing; returns the ids it applied. */
export async function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): Promise<string[]> {
  const applied: string[] = [];
  for (const migration of migrations) {
    const ran = await db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1)', [LOCK_KEY]);
      // Inside the lock: two first starts creating it at once collide otherwise.
      await tx.exec('create table if not exists schema_migrations (id text primary key, applied_at timestamptz not null default now())');
      if ((await tx.query('select 1 from schema_migrations where id = $1', [migration.id])).length > 0) return false;
      await tx.exec(migration.sql);
      await tx.query('insert into schema_migrations (id) values ($1)', [migration.id]);
      return true;
    });
    if (ran) applied.push(migration.id);
  }
  return applied;
}
