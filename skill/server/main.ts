/** `npm start`: the skill's HTTP server. */
import { alexaVerification, ConfigError, loadConfig } from '../config';
import { createRuntime } from './compose';
import { createLogger } from './logger';
import { tryItBanner } from './try-it';

function main(): void {
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
  const logger = createLogger(config.LOG_LEVEL);
  const { app } = createRuntime(config, logger);
  const host = config.HOST ?? (config.NODE_ENV === 'production' ? '0.0.0.0' : '127.0.0.1');
  const server = app.listen(config.PORT, host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    console.log(tryItBanner(`http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`));
    if (!alexaVerification(config)) console.warn('WARNING: Alexa requests are NOT verified (development mode). Never expose this server.');
    if (!config.DIALOGFLOW_SECRET) console.warn('WARNING: Dialogflow requests are NOT authenticated (no DIALOGFLOW_SECRET).');
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(error.code === 'EADDRINUSE' ? `port ${config.PORT} is in use: set PORT to another port` : `server error: ${error.message}`);
    process.exit(1);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main();
