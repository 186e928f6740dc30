/**
 * Databases for tests: PGlite in memory (one per test file at most: it takes seconds and most of
 * a gigabyte to start), and PostgreSQL in a schema of the test's own, dropped when it closes.
 */
import { randomBytes } from 'node:crypto';
import { openPglite, openPostgres, type Database } from '../../fulfillment/records/sql/database';
import { migrate } from '../../fulfillment/records/sql/migrate';
import { TEST_DATABASE_URL } from './services';

/** The databases the records run on. */
export type DatabaseKind = 'pglite' | 'postgres';

/** A test database, and for PostgreSQL the URL that reaches its schema (for a server in another process). */
export type TestDatabase = Database & { readonly url?: string };

/** A migrated database of the kind asked for; its close() drops a PostgreSQL test schema too. */
export async function testDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const db = await openPglite();
    await migrate(db);
    return db;
  }
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const db = await openPostgres(TEST_DATABASE_URL, { schema, max: 4 });
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return {
    ...db,
    url: `${TEST_DATABASE_URL}${TEST_DATABASE_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`,
    async close() {
      try {
        await db.query(`drop schema ${schema} cascade`);
      } finally {
        await db.close();
      }
    },
  };
}
