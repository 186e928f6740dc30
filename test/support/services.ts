/**
 * The local services some tests need (Redis, PostgreSQL), probed once per run by the global
 * setup. A test that needs one is declared with `describe.skip` and a printed reason when it is
 * not there, so a run without it says so instead of passing tests that never ran.
 */
import { connect } from 'node:net';
import { printSkip } from './skip-reason';

/** The services tests may need. */
export type Service = 'redis' | 'postgres';

const ENV = 'VOICE_BANKING_TEST_SERVICES';

/** Where tests find Redis: REDIS_URL, or 127.0.0.1:6379. */
export const TEST_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Where tests find PostgreSQL: TEST_DATABASE_URL, or the database `test` at 127.0.0.1:5432 (trust auth). */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Sends bytes and waits for an answer that starts as expected (and, for text, ends its line), within a second. */
function probe(host: string, port: number, send: string | Buffer, expect: readonly string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    let answer = '';
    const done = (problem: string | undefined) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(problem);
    };
    const timer = setTimeout(() => done(`no answer within 1 s at ${host}:${port}`), 1000);
    socket.on('connect', () => socket.write(send));
    socket.on('data', (chunk) => {
      answer += chunk.toString('utf8');
      if (answer.includes('\n') || typeof send !== 'string') done(expect.some((e) => answer.startsWith(e)) ? undefined : `unexpected answer at ${host}:${port}: ${answer.trim().slice(0, 80)}`);
    });
    socket.on('error', (error) => done(`${error.message} at ${host}:${port}`));
  });
}

/** Probes every service; run by the global setup, which hands the result to the test workers. */
export async function probeServices(): Promise<void> {
  const redis = new URL(TEST_REDIS_URL);
  const problems: Partial<Record<Service, string>> = {};
  const redisProblem = await probe(redis.hostname, Number(redis.port || 6379), 'PING\r\n', ['+PONG']);
  if (redisProblem) problems.redis = `no Redis answered at ${TEST_REDIS_URL} (${redisProblem})`;
  // PostgreSQL's SSLRequest (length 8, code 80877103): a server answers one byte, S or N.
  const postgres = new URL(TEST_DATABASE_URL);
  const sslRequest = Buffer.from([0, 0, 0, 8, 4, 210, 22, 47]);
  const postgresProblem = await probe(postgres.hostname, Number(postgres.port || 5432), sslRequest, ['N', 'S']);
  if (postgresProblem) problems.postgres = `no PostgreSQL answered at ${postgres.host} (${postgresProblem})`;
  process.env[ENV] = JSON.stringify(problems);
}

/**
 * Why a service is missing, or undefined when the probe found it. A run without the global
 * setup (a single file run by hand) probes nothing and reports the service as unprobed.
 */
export function serviceMissing(service: Service): string | undefined {
  const raw = process.env[ENV];
  if (raw === undefined) return `${service} was not probed (the global setup did not run)`;
  return (JSON.parse(raw) as Partial<Record<Service, string>>)[service];
}

/** `describe`, or `describe.skip` with the reason printed, for tests that need a service. */
export function describeWith(service: Service): jest.Describe {
  const missing = serviceMissing(service);
  if (!missing) return describe;
  printSkip(`skipped: needs ${service}: ${missing}`);
  return describe.skip;
}
