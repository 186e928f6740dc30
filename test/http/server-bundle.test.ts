/**
 * The production server bundle (`npm run bundle:server`): one file without the simulator, its
 * language libraries, express or the Dialogflow tooling, started by plain node in production
 * mode. It answers the health check and a Dialogflow balance with the webhook secret, refuses
 * the request without it, and in development mode says it has no simulator and runs on.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundleServer } from '../../tools/bundle-server';
import { PRODUCTION_ENV } from '../support/production-env';
import { dialogflowRequest } from '../support/requests';
import { spawnServer } from '../support/spawn-server';

const SECRET = 'bundle-test-webhook-secret-0123';
const running: ChildProcess[] = [];
afterAll(() => running.forEach((c) => c.kill('SIGTERM')));

describe('the server bundle', () => {
  let bundle: { file: string; bytes: number; forbidden: string[] };
  beforeAll(async () => {
    bundle = await bundleServer(mkdtempSync(path.join(tmpdir(), 'voice-banking-server-')));
  }, 30_000);

  it('holds none of the development tooling', () => {
    expect(bundle.forbidden).toEqual([]);
    const text = readFileSync(bundle.file, 'utf8');
    expect(text).not.toContain('@google-cloud');
    expect(text).not.toContain('@nlpjs');
  });

  it('serves the balance in production mode from a fresh node, with nothing beside it but PGlite\'s files', async () => {
    const { DATABASE_URL: _postgres, ...production } = PRODUCTION_ENV;
    const env = { ...production, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent', DIALOGFLOW_SECRET: SECRET, PGLITE_DIR: mkdtempSync(path.join(tmpdir(), 'voice-banking-records-')) };
    // Started from an empty folder: the bundle needs no node_modules.
    const server = await spawnServer([bundle.file], env, mkdtempSync(path.join(tmpdir(), 'voice-banking-cwd-')));
    running.push(server.child);
    expect(server.banner).not.toMatch(/simulator/i);
    expect(server.banner).toMatch(/Account linking: https:\/\/skill\.bank\.example\/link\/auth {3}records: PGlite/);
    expect(server.banner).toMatch(/PRODUCTION IS SERVING THE SANDBOX BANK/);
    expect(await (await fetch(`${server.baseUrl}/healthz`)).json()).toEqual({ status: 'ok' });
    const body = JSON.stringify(dialogflowRequest('Balance', {}, { token: 'demo' }));
    const refused = await fetch(`${server.baseUrl}/dialogflow`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(refused.status).toBe(401);
    const answered = await fetch(`${server.baseUrl}/dialogflow`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${SECRET}` }, body });
    expect(answered.status).toBe(200);
    expect(((await answered.json()) as { fulfillmentText: string }).fulfillmentText).toMatch(/^Your checking account has \$2,450\.17/);
  }, 60_000);

  it('runs without the simulator in development mode, and says so', async () => {
    const server = await spawnServer([bundle.file], { NODE_ENV: 'development', PORT: '0', LOG_LEVEL: 'silent', RECORDS: 'memory' }, mkdtempSync(path.join(tmpdir(), 'voice-banking-cwd-')));
    running.push(server.child);
    expect(server.banner).toMatch(/no web simulator: `npm start` serves it/);
    expect((await fetch(`${server.baseUrl}/`)).status).toBe(404);
  }, 60_000);
});
