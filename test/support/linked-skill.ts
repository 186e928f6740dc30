/**
 * The whole skill with its records on a real database and the linking server mounted, listening
 * on a loopback port (the pages need real redirects and cookies). Close it in afterAll.
 */
import type { Server } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { fixedClock } from '../../fulfillment/kit/clock';
import type { Database } from '../../fulfillment/records/sql/database';
import { loadConfig } from '../../skill/config';
import { DEVELOPMENT_ALEXA_SECRET } from '../../skill/linking/clients';
import { createRuntime, type Runtime, type RuntimeOverrides } from '../../skill/server/compose';
import { CaptureLogger } from './capture-logger';
import { TEST_NOW } from './harness';

/** Alexa's redirect URL the tests link with (the development default's EU one). */
export const ALEXA_REDIRECT = 'https://layla.amazon.com/api/skill/link/MDEVELOPMENT';

/** A running linked skill. */
export interface LinkedSkill {
  readonly runtime: Runtime;
  readonly baseUrl: string;
  readonly logger: CaptureLogger;
  readonly alexa: { readonly clientId: string; readonly clientSecret: string; readonly redirectUri: string };
  close(): Promise<void>;
}

/** A free loopback port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/** Starts the skill on `db` (opened and migrated) with the settings in `env`. */
export async function startLinkedSkill(db: Database, env: Record<string, string> = {}, overrides: RuntimeOverrides = {}): Promise<LinkedSkill> {
  const port = await freePort();
  const logger = new CaptureLogger();
  const config = loadConfig({ NODE_ENV: 'test', PUBLIC_URL: `http://127.0.0.1:${port}`, ...env });
  const runtime = createRuntime(config, logger, { clock: fixedClock(TEST_NOW), database: db, ...overrides });
  const server: Server = runtime.app.listen(port, '127.0.0.1');
  await new Promise((resolve, reject) => server.once('listening', resolve).once('error', reject));
  return {
    runtime,
    baseUrl: `http://127.0.0.1:${port}`,
    logger,
    alexa: { clientId: config.ALEXA_CLIENT_ID, clientSecret: config.ALEXA_CLIENT_SECRET ?? DEVELOPMENT_ALEXA_SECRET, redirectUri: ALEXA_REDIRECT },
    async close() {
      runtime.linking?.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
