/** Several real server processes on loopback, for tests of what instances share. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

/** A running instance. */
export interface Instance {
  readonly url: string;
  readonly process: ChildProcess;
}

/** Starts one server process and resolves with its URL once it prints its banner. */
export function startInstance(env: Record<string, string>): Promise<Instance> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'skill/server/main.ts'], {
      cwd: root,
      // Several instances on one store, each with its own sandbox books, unless a test says
      // otherwise; and the longest store time limit, since three cold processes on a busy machine
      // can take longer than the default to read a reply, and these tests are about what
      // instances share, not about a store that is gone (test/scale/redis-faults.test.ts).
      env: { ...process.env, PORT: '0', NODE_ENV: 'development', LOG_LEVEL: 'silent', RECORDS: 'memory', SANDBOX_BOOKS: 'per-instance', STORE_TIMEOUT_MS: '2000', ...env },
    });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no banner within 60 s:\n${out}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /sandbox bank at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ url: match[1], process: child });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => void (out += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`instance exited with ${code}:\n${out}`));
    });
  });
}

/** Posts JSON to an instance and returns the parsed answer. */
export async function postTo(instance: Instance, route: string, body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${instance.url}${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

/** Stops instances. */
export function stopAll(instances: readonly Instance[]): void {
  for (const i of instances) i.process.kill('SIGTERM');
}
