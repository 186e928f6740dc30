/**
 * `npm run records:reseal`: seals every live link's bank tokens again with the newest key of
 * LINK_KEYS, so that an older key can be dropped from the ring (docs/records.md). Reading a link
 * reseals it (sql-link-records.ts); this reads them all now rather than at their next use.
 */
import { sqlRecords } from '../../fulfillment/records/sql/sql-records';
import { loadConfig } from '../config';
import { createLogger } from '../server/logger';
import { openDatabase, sealingBox } from './open-database';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const db = await openDatabase(config);
  try {
    const box = sealingBox(config);
    const records = sqlRecords(db, box, createLogger(config.LOG_LEVEL));
    const rows = await db.query<{ link_id: string; secrets: string }>('select link_id, secrets from links where unlinked_at is null');
    const stale = rows.filter((r) => box.stale(r.secrets));
    let unreadable = 0;
    for (const row of stale) if (!(await records.links.find(row.link_id))) unreadable += 1;
    console.log(`${rows.length} live links, ${stale.length - unreadable} sealed again with the newest key, ${unreadable} that no key in LINK_KEYS opens`);
    if (unreadable > 0) process.exitCode = 1;
  } finally {
    await db.close();
  }
}

void main();
