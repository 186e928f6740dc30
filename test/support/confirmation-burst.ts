/**
 * A burst of confirmations for the scale test and the bench: three app instances in this
 * process, each on its own loopback port, sharing one store and one sandbox bank; a transfer
 * prepared up to its PIN question, then the same PIN answer sent many times to all three at
 * once over real HTTP (every request built first, so they arrive together).
 */
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSandboxBank } from '../../fulfillment/banks/sandbox/sandbox-bank';
import { fixedClock } from '../../fulfillment/kit/clock';
import { customerId, type CustomerId } from '../../fulfillment/kit/ids';
import { fixedPinDirectory } from '../../fulfillment/records/pin-directory';
import type { StateStore } from '../../fulfillment/state/state-store';
import { startSkill, TEST_NOW } from './harness';
import { dialogflowRequest } from './requests';

/** Each bank call's latency during the burst. */
const BANK_LATENCY_MS = 50;
const ENV = { TRANSFER_STEP_UP: 'pin', RATE_LIMIT_PER_CUSTOMER: '1000000000', RATE_LIMIT_PER_IP: '1000000000', LOG_LEVEL: 'warn' };

/** What one burst did. */
export interface BurstResult {
  readonly answers: readonly string[];
  /** How many PIN checks read the hash: how many confirmations paid for one. */
  readonly hashed: number;
  /** Milliseconds until the answer that said "Done", and until the last answer. */
  readonly winnerMs: number;
  readonly allMs: number;
}

/** Three instances with a transfer waiting for its PIN. */
export interface Burst {
  /** Sends `copies` identical PIN answers, spread over the instances, all at once. */
  fire(pin: string, copies: number): Promise<BurstResult>;
  /** Says one PIN answer to one instance. */
  say(instance: number, intent: string, parameters?: Record<string, unknown>): Promise<string>;
  checking(): number;
  transfers(): number;
  close(): Promise<void>;
}

/** Starts three instances on `store` and prepares a transfer of $42 to Bob up to the PIN question. */
export async function startBurst(store: StateStore): Promise<Burst> {
  const sandbox = createSandboxBank({ clock: fixedClock(TEST_NOW) });
  // The bank is shared, so it is no longer the embedded sandbox: its demo PIN is enrolled here.
  const enrolled = fixedPinDirectory([customerId('cust-alex')], '1234');
  let hashed = 0;
  const pins = { hashFor: (c: CustomerId) => ((hashed += 1), enrolled.hashFor(c)) };
  const servers: Server[] = [];
  const urls: string[] = [];
  for (let i = 0; i < 3; i += 1) {
    const skill = startSkill({ env: ENV, overrides: { bank: sandbox, store, pins }, sandbox });
    const server = await new Promise<Server>((resolve) => {
      const s = skill.app.listen(0, '127.0.0.1', () => resolve(s));
    });
    servers.push(server);
    urls.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}/dialogflow`);
  }
  const session = `projects/p/agent/sessions/${randomUUID()}`;
  const post = async (i: number, body: unknown) => {
    const res = await fetch(urls[i % urls.length] as string, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const json = (await res.json()) as { fulfillmentText?: string };
    return json.fulfillmentText ?? `(status ${res.status})`;
  };
  const say = (i: number, intent: string, parameters: Record<string, unknown> = {}) => post(i, dialogflowRequest(intent, parameters, { token: 'demo', session }));
  const books = () => sandbox.control.books('demo');
  const burst: Burst = {
    async fire(pin, copies) {
      const bodies = Array.from({ length: copies }, () => dialogflowRequest('Pin', { pin }, { token: 'demo', session }));
      hashed = 0;
      let winnerMs = Number.NaN;
      const started = performance.now();
      const answers = await Promise.all(
        bodies.map((body, i) =>
          post(i, body).then((answer) => {
            if (answer.startsWith('Done.')) winnerMs = performance.now() - started;
            return answer;
          }),
        ),
      );
      return { answers, hashed, winnerMs, allMs: performance.now() - started };
    },
    say,
    checking: () => books()?.accounts.find((a) => a.kind === 'checking')?.balance.minor ?? Number.NaN,
    transfers: () => books()?.transfers.size ?? Number.NaN,
    close: () => Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve())))).then(() => undefined),
  };
  await say(0, 'Transfer', { amount: { amount: 42, currency: 'USD' }, payee: 'Bob', account: 'checking' });
  await say(1, 'Yes');
  // A bank that takes a moment, as real ones do: every copy is then on its way through the
  // turn (waiting for the bank's account list) before the first reaches the PIN check.
  sandbox.control.setLatency(BANK_LATENCY_MS);
  return burst;
}
