/** `npm start` prints the endpoints and a curl whose request returns a spoken balance. */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnServer } from '../support/spawn-server';

const root = path.resolve(__dirname, '../..');
let server: ChildProcess | undefined;
let baseUrl: string | undefined;
// The records in a folder of the test's own, as `npm start` keeps them in .data/pglite.
const records = mkdtempSync(path.join(tmpdir(), 'voice-banking-records-'));

afterAll(async () => {
  if (server && server.exitCode === null) await new Promise((resolve) => server?.once('exit', resolve).kill('SIGTERM'));
  rmSync(records, { recursive: true, force: true });
});

async function startServer(): Promise<string> {
  const started = await spawnServer([path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'skill/server/main.ts'], { PORT: '0', NODE_ENV: 'development', LOG_LEVEL: 'silent', PGLITE_DIR: records, REQUEST_TIMEOUT_MS: '10000' }, root);
  server = started.child;
  baseUrl = started.baseUrl;
  return started.banner;
}

it('prints the endpoints and a curl that returns the demo balance, with its records in PGlite', async () => {
  const banner = await startServer();
  expect(banner).toMatch(/Account linking: http:\/\/127\.0\.0\.1:\d+\/link\/auth {3}records: PGlite/);
  expect(banner).toMatch(/POST http:\/\/127\.0\.0\.1:\d+\/alexa/);
  expect(banner).toMatch(/POST http:\/\/127\.0\.0\.1:\d+\/dialogflow/);
  expect(banner).toMatch(/POST http:\/\/127\.0\.0\.1:\d+\/dialogflow-cx/);
  expect(banner).toMatch(/POST http:\/\/127\.0\.0\.1:\d+\/mcp/);
  expect(banner).toMatch(/GET {2}http:\/\/127\.0\.0\.1:\d+\/healthz/);
  const curl = /curl -s (\S+) -H 'content-type: application\/json' -d '(.+)'/.exec(banner);
  expect(curl).not.toBeNull();
  const [, url, body] = curl as RegExpExecArray;
  const res = await fetch(url as string, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  expect(res.status).toBe(200);
  const json = (await res.json()) as { fulfillmentText: string };
  expect(json.fulfillmentText).toMatch(/^Your checking account has \$2,450\.17/);
});

it('cuts off a request whose body trickles in, so slow clients cannot hold connections', async () => {
  if (!baseUrl) await startServer();
  const port = Number(new URL(baseUrl ?? '').port);
  const socket = connect(port, '127.0.0.1');
  socket.write('POST /alexa HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"version"');
  let said = '';
  socket.on('data', (chunk: Buffer) => void (said += chunk.toString()));
  // Node answers 408 and closes, or resets the socket when the answer races the close: either ends it.
  socket.on('error', () => undefined);
  // REQUEST_TIMEOUT_MS is 10 s here (a request must still arrive while the simulator trains at start); the bound is far above it.
  const closed = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), 45_000);
    socket.once('close', () => resolve(clearTimeout(timer) === undefined));
  });
  socket.destroy();
  expect(closed).toBe(true);
  expect(said === '' || /^HTTP\/1\.1 408/.test(said)).toBe(true);
}, 60_000);

it('refuses to start on a bad setting, naming it', () => {
  const run = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'skill/server/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: 'eighty', BANK_ADAPTER: 'mystery-bank' },
    encoding: 'utf8',
    timeout: 15000,
  });
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/invalid configuration/);
  expect(run.stderr).toMatch(/PORT/);
  expect(run.stderr).toMatch(/BANK_ADAPTER/);
});
