/** `npm start`: the skill's HTTP server. */
import { parseArgs } from 'node:util';
import { alexaVerification, ConfigError, loadConfig, type Config } from '../config';
import { createRuntime } from './compose';
import { serverLogger } from './logger';
import { createRecorder } from './recorder';
import { tryItBanner } from './try-it';

async function stateStore(config: Config) {
  if (!config.REDIS_URL) return undefined;
  // ioredis is loaded only when a Redis is configured.
  const { RedisStateStore } = await import('../../fulfillment/state/redis-store.js');
  try {
    return await RedisStateStore.connect(config.REDIS_URL, config.REDIS_PREFIX);
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
  // Only development loads the simulator (and its language libraries).
  const simulator = config.NODE_ENV === 'development' ? await simulatorRoutes() : undefined;
  const { app } = createRuntime(config, logger, {
    ...(store ? { store } : {}),
    ...(onExchange ? { onExchange } : {}),
    ...(simulator ? { simulator } : {}),
  });
  const host = config.HOST ?? (config.NODE_ENV === 'production' ? '0.0.0.0' : '127.0.0.1');
  const server = app.listen(config.PORT, host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    const baseUrl = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
    console.log(tryItBanner(baseUrl));
    if (simulator) console.log(`Web simulator (development only): ${baseUrl}/   terminal: npm run chat\n`);
    if (values.record) console.log(`Recording redacted platform exchanges into ${values.record}`);
    if (!alexaVerification(config)) console.warn('WARNING: Alexa requests are NOT verified (development mode). Never expose this server.');
    if (!config.DIALOGFLOW_SECRET) console.warn('WARNING: Dialogflow requests are NOT authenticated (no DIALOGFLOW_SECRET).');
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(error.code === 'EADDRINUSE' ? `port ${config.PORT} is in use: set PORT to another port` : `server error: ${error.message}`);
    process.exit(1);
  });
  const stop = () => server.close(() => void (store?.close() ?? Promise.resolve()).finally(() => process.exit(0)));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
