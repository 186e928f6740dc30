/** Starts the skill's server as a child process and waits for its start-up banner. */
import { spawn, type ChildProcess } from 'node:child_process';

/** A started server: the process, what it printed up to the banner, and its base URL. */
export interface SpawnedServer {
  readonly child: ChildProcess;
  readonly banner: string;
  readonly baseUrl: string;
}

/** Runs `node ...args` with `env` (added to this process's) until the banner's curl line shows. */
export function spawnServer(args: readonly string[], env: Record<string, string>, cwd: string): Promise<SpawnedServer> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...args], { cwd, env: { ...process.env, ...env } });
    let out = '';
    // Generous: a first start creates the PGlite records folder (seconds on a busy machine).
    const timer = setTimeout(() => reject(new Error(`no banner within 40 s:\n${out}`)), 40_000);
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      const base = /curl -s (http:\/\/[^/\s]+)\//.exec(out)?.[1];
      if (base) {
        clearTimeout(timer);
        resolve({ child, banner: out, baseUrl: base });
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', (chunk: Buffer) => void (out += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${out}`)));
  });
}
