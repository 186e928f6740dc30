/**
 * A crowd of balance questions against one server on loopback whose bank is slow to list
 * accounts: used by test/scale/slow-bank-load.test.ts (every answer right) and by the bench
 * (how long the crowd takes against the platform's 4.5 s).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fixedClock } from '../../fulfillment/kit/clock';
import { loadConfig } from '../../skill/config';
import { createRuntime } from '../../skill/server/compose';
import { CaptureLogger } from './capture-logger';
import { ssmlToText, TEST_NOW } from './harness';
import { alexaRequest, dialogflowRequest } from './requests';
import { slowBank, type SlowBank } from './slow-bank';

const TOKENS = ['demo', 'demo-2', 'demo-gb', 'demo-de'];

/** A server whose bank takes `delayMs` to list accounts, with the limits raised for a crowd. */
export interface CrowdServer {
  readonly slow: SlowBank;
  /** Asks conversation `i`'s balance (Alexa and Dialogflow alternate, four customers, three locales). */
  balance(i: number): Promise<string>;
  close(): Promise<void>;
}

/** Starts the server on a free loopback port. */
export async function startCrowdServer(delayMs: number): Promise<CrowdServer> {
  const slow = slowBank({ 'accounts.list': { delayMs } });
  const config = loadConfig({ NODE_ENV: 'test', RATE_LIMIT_PER_IP: '100000', RATE_LIMIT_PER_CUSTOMER: '100000' });
  const { app } = createRuntime(config, new CaptureLogger(), { clock: fixedClock(TEST_NOW), bank: slow.bank });
  // 500 connections open at once: a listen queue longer than Node's default 511, and idle
  // sockets kept well past the crowd, so that a loaded machine neither drops a connection
  // from the queue nor closes one the client is about to reuse (either resets the request).
  const server: Server = createServer(app);
  server.keepAliveTimeout = 60_000;
  server.listen({ port: 0, host: '127.0.0.1', backlog: 2048 });
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    slow,
    balance: (i) => balance(base, i),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function balance(base: string, i: number): Promise<string> {
  const token = TOKENS[i % TOKENS.length] as string;
  const alexa = i % 2 === 0;
  const options = { token, session: `load-${i}`, locale: token === 'demo-de' ? 'de-DE' : token === 'demo-gb' ? 'en-GB' : 'en-US' };
  const body = alexa
    ? alexaRequest({ intent: 'BalanceIntent' }, options)
    : dialogflowRequest('Balance', {}, { ...options, locale: options.locale.slice(0, 2) });
  const res = await fetch(`${base}/${alexa ? 'alexa' : 'dialogflow'}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (res.status !== 200) return `HTTP ${res.status}`;
  const json = (await res.json()) as { response?: { outputSpeech?: { ssml?: string } }; fulfillmentText?: string };
  return alexa ? ssmlToText(json.response?.outputSpeech?.ssml ?? '') : json.fulfillmentText ?? '';
}

/** Asks `count` balances at once; each answer with the eight distinct ones it must equal. */
export async function askCrowd(crowd: CrowdServer, count: number): Promise<{ expected: string[]; answers: string[]; seconds: number }> {
  crowd.slow.slow(false);
  const expected = await Promise.all(Array.from({ length: 8 }, (_, i) => crowd.balance(i)));
  crowd.slow.slow(true);
  const started = performance.now();
  const answers = await Promise.all(Array.from({ length: count }, (_, i) => crowd.balance(i)));
  return { expected, answers, seconds: (performance.now() - started) / 1000 };
}
