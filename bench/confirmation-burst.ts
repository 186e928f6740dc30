/**
 * The confirmation burst case: the same spoken PIN sent 50 times to each of three app instances
 * at once over loopback HTTP (one process, one shared memory store, one sandbox bank answering
 * in 50 ms; test/support/confirmation-burst.ts), against the baseline of one lone confirmation,
 * in alternating rounds. Reports how long the winning confirmation took to
 * be answered "Done" (it must reach the bank within the turn's deadline), how long the whole
 * burst took, the event loop's longest stall, and the ratios to the baseline. Run alone with
 * `npm run bench -- --burst-only`.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fixedClock } from '../fulfillment/kit/clock';
import { MemoryStateStore } from '../fulfillment/state/memory-store';
import { startBurst } from '../test/support/confirmation-burst';
import { TEST_NOW } from '../test/support/harness';

const INSTANCES = 3;
const PER_INSTANCE = 50;

/** One round's figures, in milliseconds. */
interface Round {
  readonly winnerMs: number;
  readonly allMs: number;
  readonly maxStallMs: number;
  readonly transfers: number;
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

/** Fresh instances with a transfer at its PIN question, then `copies` PIN answers at once. */
async function confirm(copies: number): Promise<Round> {
  const burst = await startBurst(new MemoryStateStore(fixedClock(TEST_NOW)));
  const stalls = monitorEventLoopDelay({ resolution: 5 });
  stalls.enable();
  const { winnerMs, allMs } = await burst.fire('1234', copies);
  stalls.disable();
  const transfers = burst.transfers();
  await burst.close();
  return { winnerMs, allMs, maxStallMs: stalls.max / 1e6, transfers };
}

/** Runs the baseline and the burst in alternating rounds; returns the report's section. */
export async function measureConfirmationBurst(rounds: number): Promise<string> {
  const lone: Round[] = [];
  const burst: Round[] = [];
  for (let i = 0; i < rounds; i += 1) {
    lone.push(await confirm(1));
    burst.push(await confirm(INSTANCES * PER_INSTANCE));
  }
  const med = (runs: readonly Round[], f: (r: Round) => number) => median(runs.map(f));
  const row = (name: string, runs: readonly Round[]) =>
    `| ${name} | ${med(runs, (r) => r.winnerMs).toFixed(0)} (${(med(runs, (r) => r.winnerMs) / med(lone, (r) => r.winnerMs)).toFixed(2)}×) | ${med(runs, (r) => r.allMs).toFixed(0)} | ${med(runs, (r) => r.maxStallMs).toFixed(0)} | ${runs.filter((r) => r.transfers !== 1).length} of ${runs.length} |`;
  return [
    `Confirmation burst: ${INSTANCES} instances in one process on loopback HTTP, sharing one memory store and one sandbox bank that answers in 50 ms; medians of ${rounds} alternating rounds.`,
    '',
    '| case | winner answered "Done" ms (vs lone) | all answered ms | longest event loop stall ms | rounds without exactly one transfer |',
    '|---|---|---|---|---|',
    row('baseline: one confirmation', lone),
    row(`${PER_INSTANCE} identical confirmations on each instance`, burst),
  ].join('\n');
}
