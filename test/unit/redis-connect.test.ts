/**
 * A Redis that does not answer at start-up: the connection is refused, and nothing is left
 * reconnecting behind the caller's back to keep the process (a server that gives up, or jest)
 * alive. Run in a child process, whose exit is the proof.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

it('refuses a Redis that does not answer and leaves nothing that keeps the process alive', async () => {
  const root = path.resolve(__dirname, '../..');
  const script = `require('./fulfillment/state/redis-store').RedisStateStore.connect('redis://127.0.0.1:${await closedPort()}').then(() => console.log('connected'), () => console.log('refused'))`;
  const child = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), ['-e', script], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  // ioredis would retry every second for ever; a process still running after 20 s was kept alive.
  const exited = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), 20_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
  if (!exited) child.kill('SIGKILL');
  expect(out.trim()).toBe('refused');
  expect(exited).toBe(true);
}, 40_000);
