/** Building, starting, timing and stopping the bench's server processes. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bundle } from '../tools/bundle';
import { LAZY_PACKAGES } from '../tools/lazy-packages';
import type { BenchRequest } from './requests';

const root = path.resolve(__dirname, '..');
/** Where the compiled servers go. */
export const OUT_DIR = path.join(root, 'dist/bench');

/**
 * Builds every server the way production ships ours (tools/bundle.ts): one minified file of
 * plain JavaScript with its packages, started as `node file.js`, and beside it a file for each
 * package it needs only on first use (tools/lazy-packages.ts; none of the baselines uses one).
 * The baselines get the same build, so no server pays for module resolution that another is spared.
 */
export async function buildServers(names: readonly string[]): Promise<void> {
  for (const name of names) {
    const built = await bundle(path.join(root, `bench/servers/${name}.ts`), serverFile(name), [], [], LAZY_PACKAGES);
    if (built.forbidden.length > 0) throw new Error(`${name}'s bundle holds a package it should load on first use: ${built.forbidden.join(', ')}`);
  }
}

/** Where a server's bundle goes: a folder of its own, as its lazily loaded files go beside it. */
const serverFile = (name: string) => path.join(OUT_DIR, name, `${name}.js`);

/** A running server. */
export interface Running {
  readonly child: ChildProcess;
  readonly url: string;
  /** Milliseconds from spawn to the first HTTP 200. */
  readonly coldStartMs: number;
}

// Below Linux's ephemeral range (32768-60999): polling a port in that range before its server
// listens can connect the poll to itself (TCP simultaneous open), and the server then cannot bind.
let nextPort = 24000;

/** Starts a server and sends `first()` until it answers 200; the time that took is its cold start. */
export async function startServer(script: string, env: Record<string, string>, route: string, first: () => BenchRequest): Promise<Running> {
  const port = nextPort++;
  const started = performance.now();
  const child = spawn(process.execPath, [serverFile(script)], { env: { PATH: process.env.PATH ?? '', ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (performance.now() - started > 20_000) throw new Error(`${script} did not answer 200 within 20 s`);
    const request = first();
    const status = await fetch(`${url}${route}`, { method: 'POST', headers: request.headers, body: request.body }).then((r) => r.status, () => 0);
    if (status === 200) return { child, url, coldStartMs: performance.now() - started };
    if (status !== 0) throw new Error(`${script} answered ${status} on ${route}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/** Peak resident memory of a process in MiB (Linux), or NaN where /proc is missing. */
export function peakRssMiB(child: ChildProcess): number {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** CPU time (user and system) a process has used, in microseconds (Linux), or NaN without /proc. */
export function cpuMicros(child: ChildProcess): number {
  try {
    // Fields 14 and 15 of /proc/PID/stat, after the command name in parentheses, in clock ticks.
    const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks * 1_000_000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}

/** Linux's USER_HZ, the unit of /proc's CPU times, on every architecture Node runs on. */
const CLOCK_TICKS_PER_SECOND = 100;

/** Stops a server and waits for it to exit. */
export function stopServer(running: Running): Promise<void> {
  return new Promise((resolve) => {
    if (running.child.exitCode !== null) return resolve();
    running.child.once('exit', () => resolve());
    running.child.kill('SIGTERM');
  });
}
