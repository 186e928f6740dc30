/**
 * `npm run chat -- --platform alexa|dialogflow|dialogflow-cx --locale de-DE [--token demo] [--url URL]`: a
 * terminal conversation through the real HTTP endpoints. Without --url it starts the skill
 * in-process on a free loopback port.
 */
import type { AddressInfo } from 'node:net';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { LOCALES, type Locale } from '../../fulfillment/kit/locale';
import type { SimulatedPlatform } from './understand';
import { loadConfig } from '../config';
import { createRuntime } from '../server/compose';
import { createLogger } from '../server/logger';
import { Conversation, type SendRequest } from './conversation';
import { demoTokenFor } from '../../fulfillment/banks/sandbox/seed';
import { payeeValues } from './dynamic-values';
import { simulatorRoutes } from './routes';
import { describeUnderstanding } from './describe';
import { localUnderstanding } from './understand';
import type { CustomTypes } from './values/find-values';

const USAGE = 'usage: npm run chat -- [--platform alexa|dialogflow|dialogflow-cx] [--locale en-US|en-GB|de-DE] [--token demo|demo-2|demo-gb|demo-de (the locale\'s by default)] [--url http://127.0.0.1:3000]';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

async function startLocal(token: string, platform: SimulatedPlatform): Promise<{ url: string; close: () => void; session?: CustomTypes }> {
  const config = loadConfig({ ...process.env, NODE_ENV: 'development' });
  const { app, sandbox } = createRuntime(config, createLogger('silent'), { simulator: simulatorRoutes });
  const payees = sandbox?.control.books(token)?.payees;
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close(), ...(payees ? { session: payeeValues(platform, payees) } : {}) };
}

/** The options given, or the usage line and exit 2 for one unknown or without its value. */
function options() {
  try {
    return parseArgs({
      options: { platform: { type: 'string', default: 'alexa' }, locale: { type: 'string', default: 'en-US' }, token: { type: 'string' }, url: { type: 'string' } },
    }).values;
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

async function main(): Promise<void> {
  const values = options();
  const platform = values.platform as SimulatedPlatform;
  if (platform !== 'alexa' && platform !== 'dialogflow' && platform !== 'dialogflow-cx') fail(`unknown platform: ${values.platform}`);
  const locale = LOCALES.find((l) => l === values.locale) as Locale | undefined;
  if (!locale) fail(`unknown locale: ${values.locale}`);

  // The demo customer who banks where the locale speaks, unless another is named: German in euros.
  const token = values.token ?? demoTokenFor(locale);
  const local = values.url ? undefined : await startLocal(token, platform);
  const base = (values.url ?? local?.url ?? '').replace(/\/$/, '');
  const send: SendRequest = async (p, body) => {
    const res = await fetch(`${base}/${p}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`the skill answered HTTP ${res.status}`);
    return (await res.json()) as Record<string, unknown>;
  };
  console.log(`Getting the ${platform} understanding of ${locale} ready...`);
  const started = Date.now();
  const understanding = localUnderstanding();
  await understanding.warmUp([[platform, locale]]);
  const conversation = new Conversation({ platform, locale, token, understanding, send, ...(local?.session ? { session: local.session } : {}) });

  console.log(`Talking to ${base} as ${platform} in ${locale}, customer token "${token}" (ready in ${((Date.now() - started) / 1000).toFixed(1)} s). Ctrl+D ends.`);
  const lines = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY === true, prompt: 'you> ' });
  lines.prompt();
  for await (const line of lines) {
    const text = line.trim();
    if (text) {
      try {
        const exchange = await conversation.say(text);
        console.log(`  (${describeUnderstanding(exchange.understood)})`);
        console.log(`skill> ${exchange.spoken || '(silence)'}${exchange.endsSession ? '   [session ended]' : ''}`);
      } catch (error) {
        console.log(`skill> (no answer: ${error instanceof Error ? error.message : String(error)})`);
      }
    }
    lines.prompt();
  }
  local?.close();
}

void main();
