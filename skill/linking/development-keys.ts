/**
 * Keys for development and tests only, so that `npm start` needs no setting: production refuses
 * to start without its own (skill/config.ts). Links sealed with the development key are readable
 * by anyone with this source, which is fine for the sandbox's demo customers and nothing else.
 */
import type { SealingKey } from '../../fulfillment/records/secret-box';

/** Signs the linking pages' cookies outside production. */
export const DEVELOPMENT_COOKIE_KEY = 'development-only-cookie-key-not-for-production';

/** Seals bank tokens outside production. */
export const DEVELOPMENT_SEALING_KEY: SealingKey = { id: 'development', key: Buffer.alloc(32, 7) };
