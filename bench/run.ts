/**
 * `npm run bench`: autocannon on loopback against our skill and baselines built here, in
 * alternating rounds, at 10 and 100 connections; then cold starts. Prints a table of
 * requests/s, p50, p99, peak RSS and cold start with ratios, and checks the targets; then
 * 500 conversations at once against a bank that takes 3 s (slow-bank-load.ts) and the
 * confirmation burst against a lone confirmation (confirmation-burst.ts). `--write-docs` puts
 * the table into docs/benchmark.md between the bench markers; `--burst-only` runs the burst case alone.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { makeTestCa } from '../test/support/test-ca';
import { BENCH_CERT_URL, BENCH_SECRET, BENCH_SKILL_ID, dialogflowBalance, signedAlexaPool, type BenchRequest } from './requests';
import { buildServers, cpuMicros, peakRssMiB, startServer, stopServer, type Running } from './servers';
import { renderReport, type Measured } from './report';
import { measureConfirmationBurst } from './confirmation-burst';
import { measureSlowBankLoad } from './slow-bank-load';

// Many short alternating rounds rather than a few long ones: a burst of load from elsewhere on
// a shared machine then falls on every server alike, and the medians hold.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? '7');
const SECONDS = Number(process.env.BENCH_SECONDS ?? '1');
const COLD_STARTS = Number(process.env.BENCH_COLD_STARTS ?? '7');
const CONNECTIONS = [10, 100] as const;
/** Signed Alexa requests per round: more than our server can take in its runs of a round. */
const POOL = 20_000 * SECONDS;

const ca = makeTestCa(new Date());
const dir = mkdtempSync(path.join(tmpdir(), 'voice-banking-bench-'));
writeFileSync(path.join(dir, 'chain.pem'), ca.good.chain);
writeFileSync(path.join(dir, 'root.pem'), ca.root.toString());
const certEnv = { CERT_URL: BENCH_CERT_URL, CERT_CHAIN_FILE: path.join(dir, 'chain.pem'), ROOT_FILE: path.join(dir, 'root.pem') };
const oursEnv = {
  ...certEnv,
  NODE_ENV: 'production',
  ALEXA_SKILL_IDS: BENCH_SKILL_ID,
  DIALOGFLOW_SECRET: BENCH_SECRET,
  // Every request comes from one address and one customer: the limits are raised so that the
  // bench measures answers, not refusals. The counting itself still runs on every request.
  RATE_LIMIT_PER_IP: '1000000000',
  RATE_LIMIT_PER_CUSTOMER: '1000000000',
  LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
  // The rest of what production asks for before it starts. The bench's server keeps its records
  // in memory and never opens DATABASE_URL (bench/servers/ours.ts): a balance turn writes none.
  SANDBOX_IN_PRODUCTION: 'yes',
  PUBLIC_URL: 'https://skill.bench.example',
  ALEXA_CLIENT_SECRET: 'bench-alexa-client-secret-0123456789',
  ALEXA_REDIRECT_URLS: 'https://pitangui.amazon.com/api/skill/link/BENCH',
  COOKIE_KEYS: 'bench-cookie-key-0123456789abcdefghij',
  LINK_KEYS: `bench:${Buffer.alloc(32, 7).toString('base64')}`,
  DATABASE_URL: 'postgres://bench@db.bench.example:5432/skill',
};

/** A server under test; `alexa` servers take signed requests, `unique` ones never the same twice. */
interface Target {
  readonly name: string;
  readonly script: string;
  readonly route: '/alexa' | '/dialogflow';
  readonly env: Record<string, string>;
  readonly unique?: boolean;
}

const TARGETS: readonly Target[] = [
  { name: 'node:http, bare', script: 'bare-http', route: '/dialogflow', env: {} },
  { name: 'express 5, bare', script: 'bare-express', route: '/dialogflow', env: {} },
  { name: 'ask-sdk express adapter, no verification', script: 'ask-sdk', route: '/alexa', env: { VERIFY: 'off' } },
  { name: 'ask-sdk express adapter, verification', script: 'ask-sdk', route: '/alexa', env: { VERIFY: 'on', ...certEnv } },
  { name: 'ours: Alexa balance, full verification', script: 'ours', route: '/alexa', env: oursEnv, unique: true },
  { name: 'ours: Dialogflow balance', script: 'ours', route: '/dialogflow', env: oursEnv },
];

let pool: BenchRequest[] = [];
/** Where servers with a replay memory take their next request, and where the others do. */
const cursors = { unique: 0, shared: 0 };
/** The next signed request; servers that keep no replay memory may see one again. */
const nextSigned = (unique: boolean) => {
  if (unique) {
    const request = pool[cursors.unique++];
    if (!request) throw new Error('the signed pool ran out: raise POOL');
    return request;
  }
  return pool[cursors.shared++ % pool.length] as BenchRequest;
};
const requestFor = (t: Target) => (t.route === '/alexa' ? nextSigned(t.unique ?? false) : dialogflowBalance());

async function load(t: Target, server: Running, connections: number) {
  const cpuBefore = cpuMicros(server.child);
  const result = await autocannon({
    url: server.url,
    connections,
    duration: SECONDS,
    requests: [{ method: 'POST', path: t.route, setupRequest: (req) => ({ ...req, ...requestFor(t) }) }],
  });
  const answered = result.requests.total;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    bad: result.non2xx + result.errors + result.timeouts,
    cpuMicrosPerRequest: answered > 0 ? (cpuMicros(server.child) - cpuBefore) / answered : Number.NaN,
  };
}

async function main(): Promise<void> {
  if (process.argv.includes('--burst-only')) {
    console.log(await measureConfirmationBurst(ROUNDS));
    return;
  }
  await buildServers([...new Set(TARGETS.map((t) => t.script))]);
  const measured = new Map<string, Measured>(TARGETS.map((t) => [t.name, { runs: { 10: [], 100: [] }, coldStartMs: [], rssMiB: 0, bad: 0 }]));
  pool = signedAlexaPool(4000, ca.good.keyPem);
  // Cold starts alternate between the servers too, so that none gets all of a slow moment.
  for (let i = 0; i < COLD_STARTS; i += 1) {
    for (const t of TARGETS) {
      const running = await startServer(t.script, t.env, t.route, () => requestFor(t));
      measured.get(t.name)?.coldStartMs.push(running.coldStartMs);
      await stopServer(running);
    }
  }
  const running = new Map<string, Running>();
  process.on('exit', () => running.forEach((r) => r.child.kill()));
  for (const t of TARGETS) running.set(t.name, await startServer(t.script, t.env, t.route, () => requestFor(t)));
  for (let round = 0; round < ROUNDS; round += 1) {
    process.stdout.write(`round ${round + 1}/${ROUNDS}: signing ${POOL} requests... `);
    pool = signedAlexaPool(POOL, ca.good.keyPem);
    cursors.unique = 0;
    const order = TARGETS.map((_, i) => TARGETS[(i + round) % TARGETS.length] as Target);
    for (const t of order) {
      for (const connections of CONNECTIONS) {
        const run = await load(t, running.get(t.name) as Running, connections);
        const m = measured.get(t.name) as Measured;
        m.runs[connections].push(run);
        m.bad += run.bad;
      }
      process.stdout.write('.');
    }
    process.stdout.write('\n');
  }
  for (const t of TARGETS) {
    const r = running.get(t.name) as Running;
    (measured.get(t.name) as Measured).rssMiB = peakRssMiB(r.child);
    await stopServer(r);
  }
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}`;
  const slowBankLine = await measureSlowBankLoad();
  const report = `${renderReport(TARGETS.map((t) => t.name), measured, { date: new Date().toISOString().slice(0, 10), machine, rounds: ROUNDS, seconds: SECONDS, coldStarts: COLD_STARTS, logLevel: oursEnv.LOG_LEVEL })}\n${slowBankLine}`;
  console.log(`\n${report}`);
  console.log(`\n${await measureConfirmationBurst(ROUNDS)}`);
  if (process.argv.includes('--write-docs')) {
    const page = path.resolve(__dirname, '../docs/benchmark.md');
    const text = readFileSync(page, 'utf8');
    const updated = text.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, `<!-- bench:start -->\n${report}\n<!-- bench:end -->`);
    if (updated === text) console.warn('docs/benchmark.md has no bench markers; nothing written');
    else writeFileSync(page, updated);
  }
}

void main();
