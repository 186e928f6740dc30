/**
 * `npm run records:reseal`: seals every live link's bank tokens again with the newest key of
 * LINK_KEYS, so that an older key can be dropped from the ring (docs/records.md). Reading a link
 * reseals it (sql-link-records.ts); this reads them all now rather than at their next use. It
 * runs only with LINK_KEYS given, and says which database and which keys it used: run by mistake
 * without the production settings, it would report on the development records, and "nothing left
 * under the old key" there would be no reason to drop a key that production still needs.
 */
import { parseSealingKeys } from '../../fulfillment/records/secret-box';
import { sqlRecords } from '../../fulfillment/records/sql/sql-records';
import { loadConfig, type Config } from '../config';
import { createLogger } from '../server/logger';
import { DEVELOPMENT_PGLITE_DIR, openDatabase, sealingBox } from './open-database';

/** The database as an operator recognises it, without its password: host, port and name, or the PGlite folder. */
export function databaseNamed(config: Config): string {
  if (!config.DATABASE_URL) return `PGlite in ${config.PGLITE_DIR ?? DEVELOPMENT_PGLITE_DIR}`;
  const url = new URL(config.DATABASE_URL);
  return `PostgreSQL at ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
}

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const ring = config.LINK_KEYS ? parseSealingKeys(config.LINK_KEYS) : undefined;
  if (!ring || typeof ring === 'string') {
    console.error('records:reseal needs LINK_KEYS, the keys of the records it reseals (newest first), and DATABASE_URL or PGLITE_DIR where they are: run it with the production settings');
    process.exitCode = 1;
    return;
  }
  console.log(`records: ${databaseNamed(config)}; keys: ${ring.map((k) => k.id).join(', ')} (newest first)`);
  const db = await openDatabase(config);
  try {
    const box = sealingBox(config);
    const records = sqlRecords(db, box, createLogger(config.LOG_LEVEL));
    const rows = await db.query<{ link_id: string; secrets: string }>('select link_id, secrets from links where unlinked_at is null');
    const stale = rows.filter((r) => box.stale(r.secrets));
    let unreadable = 0;
    for (const row of stale) if (!(await records.links.find(row.link_id))) unreadable += 1;
    console.log(`${rows.length} live links, ${stale.length - unreadable} sealed again with the newest key ${ring[0]?.id}, ${unreadable} that no key in LINK_KEYS opens`);
    if (unreadable > 0) process.exitCode = 1;
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(`records:reseal: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
