/**
 * Fuzzing both endpoints with verification on: 10,000 seeded mutations of valid requests per
 * platform, over a real loopback server. Expected: no crash, no status of 500 or above, no
 * bank call and no stored state from any request that failed authentication. The figures are
 * printed. The seed makes every run the same.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { StateStore } from '../../fulfillment/state/state-store';
import { MemoryStateStore } from '../../fulfillment/state/memory-store';
import { alexaRequest, dialogflowRequest } from '../support/requests';
import { CERT_URL, startSignedSkill } from '../support/signed-skill';
import { signBody, type TestCa } from '../support/test-ca';
import { testCa } from '../support/signed-skill';
import { fixedClock } from '../../fulfillment/kit/clock';
import { startSkill, TEST_NOW } from '../support/harness';

const RUNS = 10_000;
/** About 30 s each alone on two cores; the bound is for a hang, and leaves room for a machine four times as busy. */
const BOUND_MS = 360_000;
const SEED = 20261120;
const rng = xoroshiro128plus(SEED);
const pick = <T>(items: readonly T[]): T => items[uniformInt(rng, 0, items.length - 1)] as T;

const ODD_VALUES: unknown[] = [null, true, 0, -1, 1e308, '', 'x'.repeat(3000), [], {}, [[[]]], '<speak>', '\u0000', '../../etc/passwd', { amount: 'NaN', currency: 'USD' }];

/** Mutates text: flips, drops, duplicates or inserts bytes. */
function mutateText(text: string): string {
  const at = uniformInt(rng, 0, Math.max(text.length - 1, 0));
  switch (uniformInt(rng, 0, 4)) {
    case 0: return text.slice(0, at) + text.slice(at + 1);
    case 1: return text.slice(0, at) + String.fromCharCode(uniformInt(rng, 0, 255)) + text.slice(at + 1);
    case 2: return text.slice(0, at) + text.slice(at, at + uniformInt(rng, 1, 40)).repeat(2) + text.slice(at);
    case 3: return text.slice(0, at);
    default: return text.slice(0, at) + pick(['{', '}', '"', ',', ':', '[', ']', '\\']) + text.slice(at);
  }
}

/** Mutates a parsed request: replaces, deletes or retypes a random field. */
function mutateJson(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return pick(ODD_VALUES);
  const copy: Record<string, unknown> = Array.isArray(value) ? ({ ...value } as Record<string, unknown>) : { ...(value as Record<string, unknown>) };
  const keys = Object.keys(copy);
  if (keys.length === 0) return pick(ODD_VALUES);
  const key = pick(keys);
  const choice = uniformInt(rng, 0, 3);
  if (choice === 0) delete copy[key];
  else if (choice === 1) copy[key] = pick(ODD_VALUES);
  else copy[key] = mutateJson(copy[key]);
  return copy;
}

function mutate(body: object): string {
  return uniformInt(rng, 0, 1) === 0 ? mutateText(JSON.stringify(body)) : JSON.stringify(mutateJson(body));
}

/** A store that counts writes, to show rejected requests leave no state behind. */
function countingStore(inner: StateStore) {
  let writes = 0;
  const store: StateStore = {
    get: (k) => inner.get(k),
    set: async (k, v, t) => { writes += 1; return inner.set(k, v, t); },
    setIfAbsent: async (k, v, t) => { writes += 1; return inner.setIfAbsent(k, v, t); },
    consume: async (k) => { writes += 1; return inner.consume(k); },
    delete: async (k) => { writes += 1; return inner.delete(k); },
    increment: async (k, t, by) => { writes += 1; return inner.increment(k, t, by); },
  };
  return { store, writes: () => writes };
}

async function listen(app: Parameters<typeof Object>[0] & { listen: (port: number, host: string) => Server }) {
  const server: Server = await new Promise((resolve) => { const s = app.listen(0, '127.0.0.1'); s.on('listening', () => resolve(s)); });
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

interface Figures { requests: number; crashes: number; serverErrors: number; statuses: Record<string, number> }

async function send(url: string, body: string, headers: Record<string, string>, figures: Figures) {
  figures.requests += 1;
  try {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    await res.arrayBuffer();
    figures.statuses[res.status] = (figures.statuses[res.status] ?? 0) + 1;
    if (res.status >= 500) figures.serverErrors += 1;
  } catch {
    figures.crashes += 1;
  }
}

const fresh = (): Figures => ({ requests: 0, crashes: 0, serverErrors: 0, statuses: {} });
const LIMITS = { RATE_LIMIT_PER_IP: '1000000', RATE_LIMIT_PER_CUSTOMER: '1000000' };

it(`survives ${RUNS} mutated Alexa requests with verification on`, async () => {
  const ca: TestCa = testCa();
  const counting = countingStore(new MemoryStateStore(fixedClock(TEST_NOW)));
  const signed = startSignedSkill(LIMITS);
  const skill = startSkill({
    env: { ALEXA_VERIFY: 'on', ALEXA_SKILL_IDS: 'amzn1.ask.skill.test', ...LIMITS },
    overrides: { clock: signed.clock, store: counting.store, verification: { roots: [ca.root], fetcher: async () => ca.good.chain } },
  });
  const { server, url } = await listen(skill.app);
  const unauthenticated = fresh();
  const authenticated = fresh();
  try {
    const current = (body: object) => {
      const b = body as { request: { timestamp: string }; context: { System: { application: { applicationId: string } } } };
      b.request.timestamp = TEST_NOW;
      b.context.System.application.applicationId = 'amzn1.ask.skill.test';
      return body;
    };
    const templates = [
      alexaRequest('launch', { token: 'demo' }),
      alexaRequest({ intent: 'BalanceIntent', slots: { account: 'savings' } }, { token: 'demo' }),
      alexaRequest({ intent: 'TransferIntent', slots: { amount: '50', payee: 'Anna' } }, { token: 'demo' }),
    ].map(current);
    const writesBefore = counting.writes();
    for (let i = 0; i < RUNS; i += 1) {
      const original = JSON.stringify(pick(templates));
      const body = mutate(JSON.parse(original) as object);
      // Signed before mutation (as an attacker replaying a captured signature), or not at all.
      const headers: Record<string, string> = uniformInt(rng, 0, 1) === 0 ? { signaturecertchainurl: CERT_URL, 'signature-256': signBody(original, ca.good.keyPem) } : {};
      if (body === original) continue;
      await send(`${url}/alexa`, body, headers, unauthenticated);
    }
    const bankCallsFromUnauthenticated = Object.values(skill.sandbox.control.calls()).reduce((a, b) => a + b, 0);
    const stateChanges = counting.writes() - writesBefore;
    // Validly signed but malformed: must still never crash or answer 5xx.
    for (let i = 0; i < 2000; i += 1) {
      const body = mutate(pick(templates));
      await send(`${url}/alexa`, body, { signaturecertchainurl: CERT_URL, 'signature-256': signBody(body, ca.good.keyPem) }, authenticated);
    }
    console.log(`Alexa fuzz (seed ${SEED}): ${unauthenticated.requests} unauthenticated requests, statuses ${JSON.stringify(unauthenticated.statuses)}, ${unauthenticated.crashes} crashes, ${unauthenticated.serverErrors} responses >= 500, ${bankCallsFromUnauthenticated} bank calls, ${stateChanges} state writes (each its address's rate-limit count); ${authenticated.requests} signed malformed requests, statuses ${JSON.stringify(authenticated.statuses)}, ${authenticated.crashes} crashes, ${authenticated.serverErrors} responses >= 500`);
    expect(unauthenticated.requests).toBeGreaterThanOrEqual(RUNS * 0.95);
    expect(unauthenticated.crashes + authenticated.crashes).toBe(0);
    expect(unauthenticated.serverErrors + authenticated.serverErrors).toBe(0);
    expect(bankCallsFromUnauthenticated).toBe(0);
    // The only writes an unauthenticated request may cause are its address's rate-limit count.
    expect(stateChanges).toBe(unauthenticated.requests);
  } finally {
    server.close();
  }
}, BOUND_MS);

it(`survives ${RUNS} mutated Dialogflow requests with the webhook secret on`, async () => {
  const secret = 'fuzzing-secret-0123456789';
  const counting = countingStore(new MemoryStateStore(fixedClock(TEST_NOW)));
  const skill = startSkill({ env: { DIALOGFLOW_SECRET: secret, ...LIMITS }, overrides: { store: counting.store } });
  const { server, url } = await listen(skill.app);
  const unauthenticated = fresh();
  const authenticated = fresh();
  try {
    const templates = [dialogflowRequest('Balance', { account: 'savings' }, { token: 'demo' }), dialogflowRequest('Transfer', { amount: { amount: 50, currency: 'USD' }, payee: 'Anna' }, { token: 'demo' }), dialogflowRequest('Default Welcome Intent', {}, { token: 'demo' })];
    const writesBefore = counting.writes();
    // A wrong secret: one printable character changed, so the header is always sendable and wrong.
    const wrongSecret = () => {
      const at = uniformInt(rng, 0, secret.length - 1);
      const replacement = String.fromCharCode(33 + ((secret.charCodeAt(at) - 33 + uniformInt(rng, 1, 92)) % 94));
      return secret.slice(0, at) + replacement + secret.slice(at + 1);
    };
    const basic = (password: string) => `Basic ${Buffer.from(`dialogflow:${password}`).toString('base64')}`;
    const badAuth = (): Record<string, string> =>
      pick<Record<string, string>>([{}, { authorization: `Bearer ${wrongSecret()}` }, { authorization: basic(wrongSecret()) }, { authorization: `Token ${secret}` }, { authorization: `Bearer${secret}` }, { authorization: `Bearer ${secret} ${wrongSecret()}` }]);
    for (let i = 0; i < RUNS; i += 1) {
      const headers = badAuth();
      await send(`${url}/dialogflow`, uniformInt(rng, 0, 3) === 0 ? JSON.stringify(pick(templates)) : mutate(pick(templates)), headers, unauthenticated);
    }
    const bankCallsFromUnauthenticated = Object.values(skill.sandbox.control.calls()).reduce((a, b) => a + b, 0);
    const stateChanges = counting.writes() - writesBefore;
    for (let i = 0; i < 2000; i += 1) await send(`${url}/dialogflow`, mutate(pick(templates)), { authorization: `Bearer ${secret}` }, authenticated);
    console.log(`Dialogflow fuzz (seed ${SEED}): ${unauthenticated.requests} unauthenticated requests, statuses ${JSON.stringify(unauthenticated.statuses)}, ${unauthenticated.crashes} crashes, ${unauthenticated.serverErrors} responses >= 500, ${bankCallsFromUnauthenticated} bank calls, ${stateChanges} state writes (each its address's rate-limit count); ${authenticated.requests} authenticated malformed requests, statuses ${JSON.stringify(authenticated.statuses)}, ${authenticated.crashes} crashes, ${authenticated.serverErrors} responses >= 500`);
    expect(unauthenticated.requests).toBeGreaterThanOrEqual(RUNS * 0.95);
    expect(unauthenticated.crashes + authenticated.crashes).toBe(0);
    expect(unauthenticated.serverErrors + authenticated.serverErrors).toBe(0);
    expect(bankCallsFromUnauthenticated).toBe(0);
    expect(stateChanges).toBe(unauthenticated.requests);
  } finally {
    server.close();
  }
}, BOUND_MS);
