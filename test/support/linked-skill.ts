/**
 * The whole skill with its records on a real database and the linking server mounted, listening
 * on a loopback port (the pages need real redirects and cookies). Close it in afterAll.
 */
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
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

/**
 * A loopback server on a port of its own, whose requests go to a handler given once the port is
 * known (a skill's public URL names its port). Probing for a free port and listening on it later
 * raced other test files for that port: EADDRINUSE on a busy machine.
 */
export async function loopbackServer(): Promise<{ readonly server: Server; readonly port: number; serve(handler: RequestListener): void }> {
  let handler: RequestListener | undefined;
  const server = createServer((req, res) => {
    if (handler) return void handler(req, res);
    res.statusCode = 503;
    res.end();
  });
  await new Promise<void>((resolve, reject) => server.listen(0, '127.0.0.1', resolve).once('error', reject));
  return { server, port: (server.address() as AddressInfo).port, serve: (h) => void (handler = h) };
}

/** Starts the skill on `db` (opened and migrated) with the settings in `env`. */
export async function startLinkedSkill(db: Database, env: Record<string, string> = {}, overrides: RuntimeOverrides = {}): Promise<LinkedSkill> {
  const { server, port, serve } = await loopbackServer();
  const logger = new CaptureLogger();
  const config = loadConfig({ NODE_ENV: 'test', PUBLIC_URL: `http://127.0.0.1:${port}`, ...env });
  const runtime = createRuntime(config, logger, { clock: fixedClock(TEST_NOW), database: db, ...overrides });
  serve(runtime.app);
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
