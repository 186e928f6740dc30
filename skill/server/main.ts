/** `npm start`: the skill's HTTP server. */
import { createServer, type RequestListener } from 'node:http';
import { parseArgs } from 'node:util';
import { alexaVerification, ConfigError, loadConfig, type Config } from '../config';
import { DEVELOPMENT_PGLITE_DIR, openDatabase } from '../records/open-database';
import { createRuntime } from './compose';
import { serverLogger } from './logger';
import { createRecorder } from './recorder';
import { claimSandbox } from '../banks/sandbox-claim';
import { tryItBanner } from './try-it';

async function stateStore(config: Config) {
  if (!config.REDIS_URL) return undefined;
  // ioredis is loaded only when a Redis is configured.
  const { RedisStateStore } = await import('../../fulfillment/state/redis-store.js');
  try {
    return await RedisStateStore.connect(config.REDIS_URL, config.REDIS_PREFIX, config.STORE_TIMEOUT_MS);
  } catch (error) {
    console.error(`cannot reach Redis at REDIS_URL (${error instanceof Error ? error.message : 'unknown error'})`);
    process.exit(1);
  }
}

/**
 * The web simulator's routes, in development. The production bundle (`npm run bundle:server`)
 * leaves the simulator out, so there it is not found and the server runs without it.
 */
async function simulatorRoutes() {
  try {
    const { simulatorRoutes: routes } = await import('../simulator/routes.js');
    // Trains the local understanding in the background at start-up; the page says when it is ready.
    return (sandbox: Parameters<typeof routes>[0]) => routes(sandbox, { warmUp: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') throw error;
    console.warn('This build has no web simulator: `npm start` serves it.');
    return undefined;
  }
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = serverLogger(config);
  const { values } = parseArgs({ options: { record: { type: 'string' } } });
  const onExchange = values.record ? createRecorder(values.record, logger) : undefined;
  const store = await stateStore(config);
  const claim = store && config.BANK_ADAPTER === 'sandbox' && config.SANDBOX_BOOKS === 'one-instance' ? await claimSandbox(store) : undefined;
  if (typeof claim === 'string') {
    console.error(`cannot start: ${claim}`);
    await store?.close();
    process.exit(1);
  }
  let database;
  try {
    // RECORDS=memory (development and tests that start several servers): no database, no linking.
    database = config.RECORDS === 'memory' ? undefined : await openDatabase(config);
  } catch (error) {
    console.error(`cannot open the records' database (${error instanceof Error ? error.message : 'unknown error'})`);
    process.exit(1);
  }
  // Only development loads the simulator (and its language libraries).
  const simulator = config.NODE_ENV === 'development' ? await simulatorRoutes() : undefined;
  const host = config.HOST ?? (config.NODE_ENV === 'production' ? '0.0.0.0' : '127.0.0.1');
  // Listening comes first: the linking server names its own URLs, and with PORT=0 the port is known only now.
  let answer: RequestListener = (_req, res) => void res.writeHead(503).end();
  // A request that arrives slowly (a body trickled in) is cut off: Node's own default waits 300 s.
  const timeout = config.REQUEST_TIMEOUT_MS;
  const server = createServer({ requestTimeout: timeout, headersTimeout: timeout, connectionsCheckingInterval: Math.min(timeout, 5000) }, (req, res) => answer(req, res));
  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(error.code === 'EADDRINUSE' ? `port ${config.PORT} is in use: set PORT to another port` : `server error: ${error.message}`);
    process.exit(1);
  });
  await new Promise<void>((resolve) => server.listen(config.PORT, host, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  let runtime;
  try {
    runtime = createRuntime(config, logger, {
      ...(database ? { database } : {}),
      port,
      ...(store ? { store } : {}),
      ...(onExchange ? { onExchange } : {}),
      ...(simulator ? { simulator } : {}),
    });
  } catch (error) {
    // A setting that names a file (BG_LINKS_FILE) is read here: its problem, without a stack.
    console.error(`cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  const { app, linking } = runtime;
  answer = app;
  const baseUrl = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
  if (linking) console.log(`Account linking: ${linking.issuer}/auth   records: ${database?.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.PGLITE_DIR ?? DEVELOPMENT_PGLITE_DIR}`}`);
  else console.log('Records in memory (RECORDS=memory): no account linking, nothing kept across restarts.');
  if (config.NODE_ENV === 'production' && config.BANK_ADAPTER === 'sandbox') {
    console.log(`\n${'!'.repeat(78)}\n!! PRODUCTION IS SERVING THE SANDBOX BANK (SANDBOX_IN_PRODUCTION=yes): demo customers, demo money,\n!! demo tokens and a demo PIN that work for anyone. Never link a real customer to it.\n${'!'.repeat(78)}\n`);
    logger.warn({ sandboxInProduction: true }, 'production is serving the sandbox bank');
  }
  console.log(tryItBanner(baseUrl, config));
  if (simulator) console.log(`Web simulator (development only): ${baseUrl}/   terminal: npm run chat\n`);
  if (values.record) console.log(`Recording redacted platform exchanges into ${values.record}`);
  if (!alexaVerification(config)) console.warn('WARNING: Alexa requests are NOT verified (development mode). Never expose this server.');
  if (config.PLATFORMS.includes('dialogflow') && !config.DIALOGFLOW_SECRET) console.warn('WARNING: Dialogflow requests are NOT authenticated (no DIALOGFLOW_SECRET).');
  const stop = () => {
    linking?.close();
    server.close(() => void Promise.allSettled([(claim ? claim.release() : Promise.resolve()).then(() => store?.close()), database?.close()]).finally(() => process.exit(0)));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
