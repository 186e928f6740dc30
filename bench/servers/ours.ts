/**
 * Our skill as production runs it (NODE_ENV=production: Alexa verification, skill id, replay
 * guard, rate limits, Dialogflow secret, metrics, pino at LOG_LEVEL), on the sandbox bank. No
 * network here, so certificates are fetched from CERT_CHAIN_FILE and trusted up to the bench's
 * test root (ROOT_FILE); the fetch and chain check happen once per URL, as in production. No
 * database is opened: the records live in memory, which a balance turn does not touch.
 */
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadConfig } from '../../skill/config';
import { createRuntime } from '../../skill/server/compose';
import { serverLogger } from '../../skill/server/logger';
import { benchPort } from './answer';

const config = loadConfig(process.env);
const chain = readFileSync(process.env.CERT_CHAIN_FILE ?? '', 'utf8');
const roots = [new X509Certificate(readFileSync(process.env.ROOT_FILE ?? ''))];
const { app } = createRuntime(config, serverLogger(config), { verification: { roots, fetcher: async () => chain } });
app.listen(benchPort(), '127.0.0.1');
