/**
 * The records' database from configuration, opened and migrated: PostgreSQL at DATABASE_URL,
 * else embedded PGlite in PGLITE_DIR (development's default: .data/pglite), so `npm start` needs
 * no database server. One schema and one migration path for both.
 */
import { openPglite, openPostgres, type Database } from '../../fulfillment/records/sql/database';
import { migrate } from '../../fulfillment/records/sql/migrate';
import { parseSealingKeys, secretBox, type SecretBox } from '../../fulfillment/records/secret-box';
import type { Config } from '../config';
import { DEVELOPMENT_SEALING_KEY } from '../linking/development-keys';

/** Where development keeps its records when no folder is named. */
export const DEVELOPMENT_PGLITE_DIR = '.data/pglite';

/** Opens and migrates the configured database. */
export async function openDatabase(config: Config): Promise<Database> {
  const db = config.DATABASE_URL ? await openPostgres(config.DATABASE_URL) : await openPglite(config.PGLITE_DIR ?? (config.NODE_ENV === 'test' ? undefined : DEVELOPMENT_PGLITE_DIR));
  try {
    await migrate(db);
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}

/** The box that seals bank tokens: LINK_KEYS, or outside production the development key. */
export function sealingBox(config: Config): SecretBox {
  const ring = config.LINK_KEYS ? parseSealingKeys(config.LINK_KEYS) : [DEVELOPMENT_SEALING_KEY];
  if (typeof ring === 'string') throw new Error(`LINK_KEYS: ${ring}`);
  return secretBox(ring);
}
