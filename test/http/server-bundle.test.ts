/**
 * The production server bundle (`npm run bundle:server`): a main file without the simulator, its
 * language libraries, express or the Dialogflow tooling, and beside it a file for each package it
 * needs only on first use, started by plain node in production mode. It answers the health check
 * and a Dialogflow balance with the webhook secret, refuses the request without it, serves the
 * linking server and the MCP server from their own files, keeps its state in Redis through its
 * own file where a Redis runs, and in development mode says it has no simulator and runs on.
 */
import type { ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Bundle } from '../../tools/bundle';
import { bundleServer } from '../../tools/bundle-server';
import { LAZY_PACKAGES, lazyFileOf } from '../../tools/lazy-packages';
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { PRODUCTION_ENV } from '../support/production-env';
import { describeWith, TEST_REDIS_URL } from '../support/services';
import { dialogflowRequest } from '../support/requests';
import { spawnServer } from '../support/spawn-server';

const SECRET = 'bundle-test-webhook-secret-0123';
const running: ChildProcess[] = [];
afterAll(() => running.forEach((c) => c.kill('SIGTERM')));

describe('the server bundle', () => {
  let bundle: Bundle;
  beforeAll(async () => {
    bundle = await bundleServer(mkdtempSync(path.join(tmpdir(), 'voice-banking-server-')));
  }, 30_000);

  it('holds none of the development tooling, and the main file none of the packages loaded on first use', () => {
    expect(bundle.forbidden).toEqual([]);
    const text = readFileSync(bundle.file, 'utf8');
    expect(text).not.toContain('@google-cloud');
    expect(text).not.toContain('@nlpjs');
  });

  it('keeps each package used only on first use in a file of its own, which loads by itself', () => {
    expect(bundle.lazy.map((f) => path.basename(f.file)).sort()).toEqual(LAZY_PACKAGES.map(lazyFileOf).sort());
    const main = readFileSync(bundle.file, 'utf8');
    for (const { file } of bundle.lazy) {
      expect(main).toContain(`require("./${path.basename(file)}")`);
      // Each file alone, in a fresh node: every entry point the server reaches is there.
      const entries = execFileSync(process.execPath, ['-e', `const e = require(${JSON.stringify(file)}).entries; console.log(JSON.stringify(Object.keys(e).filter((k) => e[k] && Object.keys(e[k]).length > 0)))`], { encoding: 'utf8' });
      expect(JSON.parse(entries).length).toBeGreaterThan(0);
    }
  }, 60_000);

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
    // The linking server, from its own file: oidc-provider answers its metadata.
    const metadata = await fetch(`${server.baseUrl}/.well-known/oauth-authorization-server/link`);
    expect(metadata.status).toBe(200);
    expect(((await metadata.json()) as { code_challenge_methods_supported: string[] }).code_challenge_methods_supported).toEqual(['S256']);
  }, 60_000);

  it('runs without the simulator in development mode, and says so', async () => {
    const server = await spawnServer([bundle.file], { NODE_ENV: 'development', PORT: '0', LOG_LEVEL: 'silent', RECORDS: 'memory' }, mkdtempSync(path.join(tmpdir(), 'voice-banking-cwd-')));
    running.push(server.child);
    expect(server.banner).toMatch(/no web simulator: `npm start` serves it/);
    expect((await fetch(`${server.baseUrl}/`)).status).toBe(404);
    // The MCP server, from its own file, to the SDK's own client with the sandbox's demo token.
    const client = new Client({ name: 'bundle-test', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(new URL(`${server.baseUrl}/mcp`), { requestInit: { headers: { authorization: 'Bearer demo' } } }));
    try {
      expect((await client.listTools()).tools.map((t) => t.name)).toContain('get_balances');
      const answer = await client.callTool({ name: 'get_balances', arguments: {} });
      expect(JSON.stringify(answer.content)).toMatch(/\$2,450\.17/);
    } finally {
      await client.close();
    }
  }, 60_000);
  describeWith('redis')('with REDIS_URL', () => {
    it('keeps its conversations and counts in Redis, through ioredis in its own file', async () => {
      const prefix = `bundle-test-${randomUUID()}:`;
      const env = { NODE_ENV: 'development', PORT: '0', LOG_LEVEL: 'silent', RECORDS: 'memory', REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: prefix };
      const server = await spawnServer([bundle.file], env, mkdtempSync(path.join(tmpdir(), 'voice-banking-cwd-')));
      running.push(server.child);
      const body = JSON.stringify(dialogflowRequest('Balance', {}, { token: 'demo' }));
      const answered = await fetch(`${server.baseUrl}/dialogflow`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(((await answered.json()) as { fulfillmentText: string }).fulfillmentText).toMatch(/^Your checking account has \$2,450\.17/);
      const redis = new Redis(TEST_REDIS_URL);
      try {
        const keys = await redis.keys(`${prefix}*`);
        expect(keys.some((k) => k.startsWith(`${prefix}conv:`))).toBe(true);
        await redis.del(...keys);
      } finally {
        redis.disconnect();
      }
    }, 60_000);
  });
});
