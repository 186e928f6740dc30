/**
 * 500 conversations at once against one server on loopback whose bank takes 3 s to list
 * accounts: every one is answered, with its own correct balance, inside the deadline.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fixedClock } from '../../fulfillment/kit/clock';
import { loadConfig } from '../../skill/config';
import { createRuntime } from '../../skill/server/compose';
import { CaptureLogger } from '../support/capture-logger';
import { ssmlToText, TEST_NOW } from '../support/harness';
import { alexaRequest, dialogflowRequest } from '../support/requests';
import { slowBank } from '../support/slow-bank';

const CONVERSATIONS = 500;
const TOKENS = ['demo', 'demo-2', 'demo-gb', 'demo-de'];

let server: Server;
let base: string;
const slow = slowBank({ 'accounts.list': { delayMs: 3000 } });

beforeAll(async () => {
  const config = loadConfig({ NODE_ENV: 'test', RATE_LIMIT_PER_IP: '100000', RATE_LIMIT_PER_CUSTOMER: '100000' });
  const { app } = createRuntime(config, new CaptureLogger(), { clock: fixedClock(TEST_NOW), bank: slow.bank });
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

async function balance(i: number): Promise<string> {
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

it('answers 500 concurrent balance questions correctly when the bank takes 3 s', async () => {
  slow.slow(false);
  const expected = await Promise.all(Array.from({ length: 8 }, (_, i) => balance(i)));
  expect(expected[0]).toMatch(/^Your checking account has \$2,450\.17, /);
  expect(expected[3]).toMatch(/^Auf deinem Girokonto sind 2\.310,45\s€/);
  slow.slow(true);
  const started = performance.now();
  const answers = await Promise.all(Array.from({ length: CONVERSATIONS }, (_, i) => balance(i)));
  const seconds = (performance.now() - started) / 1000;
  const wrong = answers.map((text, i) => ({ i, text })).filter(({ i, text }) => text !== expected[i % 8]);
  expect(wrong).toEqual([]);
  expect(seconds).toBeGreaterThanOrEqual(3);
  expect(seconds).toBeLessThan(4.5);
}, 20_000);
