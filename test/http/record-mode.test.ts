/** `npm start -- --record DIR`: the chat's conversation lands in DIR, redacted, and says where the simulator is. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');
let server: ChildProcess | undefined;
afterAll(() => server?.kill('SIGTERM'));

async function recordingServer(dir: string): Promise<{ url: string; banner: string }> {
  server = spawn(process.execPath, [tsx, 'skill/server/main.ts', '--record', dir], { cwd: root, env: { ...process.env, PORT: '0', NODE_ENV: 'development', LOG_LEVEL: 'silent', RECORDS: 'memory' } });
  let banner = '';
  for await (const chunk of server.stdout ?? []) {
    banner += String(chunk);
    if (banner.includes('Recording redacted')) break;
  }
  const url = /Web simulator \(development only\): (\S+)\//.exec(banner)?.[1];
  if (!url) throw new Error(`no simulator address in:\n${banner}`);
  return { url, banner };
}

it('records a chat against the running server, with the token and ids replaced', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'record-'));
  const { url, banner } = await recordingServer(dir);
  expect(banner).toContain(`Recording redacted platform exchanges into ${dir}`);
  const chat = spawnSync(process.execPath, [tsx, 'skill/simulator/chat.ts', '--url', url, '--platform', 'alexa'], { cwd: root, input: "what's my balance\n", encoding: 'utf8', timeout: 60_000 });
  expect(chat.stdout).toContain('skill> Your checking account has $2,450.17');
  const [file] = readdirSync(dir);
  const text = readFileSync(path.join(dir, file ?? ''), 'utf8');
  expect(JSON.parse(text)).toMatchObject({ platform: 'alexa', replayToken: 'demo', exchanges: [{ request: { session: { user: { accessToken: 'redacted-token' } } } }] });
  expect(text).not.toContain('amzn1.ask.account.SIMULATOR');
  expect(text).not.toContain('amzn1.echo-api.session.');
});
