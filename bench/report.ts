/** The bench's figures as a markdown table, with ratios to the baselines and the targets checked. */

/** One autocannon run: requests per second, latency percentiles in ms, failed answers, server CPU. */
export interface Run {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly bad: number;
  /** The server process's CPU time (user and system) per answered request, in microseconds. */
  readonly cpuMicrosPerRequest: number;
}

/** Everything measured for one server. */
export interface Measured {
  readonly runs: Record<10 | 100, Run[]>;
  readonly coldStartMs: number[];
  rssMiB: number;
  bad: number;
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

const EXPRESS = 'express 5, bare';
const ASK = 'ask-sdk express adapter, no verification';
const ASK_VERIFY = 'ask-sdk express adapter, verification';
const OURS_ALEXA = 'ours: Alexa balance, full verification';
const OURS_DIALOGFLOW = 'ours: Dialogflow balance';

/** Renders the table and the targets. */
export function renderReport(names: readonly string[], measured: ReadonlyMap<string, Measured>, note: { date: string; machine: string; rounds: number; seconds: number; coldStarts: number; logLevel: string }): string {
  const m = (name: string) => measured.get(name) as Measured;
  const rps = (name: string, c: 10 | 100) => median(m(name).runs[c].map((r) => r.rps));
  const cold = (name: string) => median(m(name).coldStartMs);
  const cell = (name: string, c: 10 | 100) => {
    const runs = m(name).runs[c];
    return `${Math.round(rps(name, c))} (${(rps(name, c) / rps(EXPRESS, c)).toFixed(2)}×) | ${median(runs.map((r) => r.p50))} | ${median(runs.map((r) => r.p99))} | ${Math.round(median(runs.map((r) => r.cpuMicrosPerRequest)))}`;
  };
  const rows = names.map((n) => `| ${n} | ${cell(n, 10)} | ${cell(n, 100)} | ${m(n).rssMiB.toFixed(0)} | ${cold(n).toFixed(0)} (${(cold(n) / cold(ASK)).toFixed(2)}×) | ${m(n).bad} |`);
  const check = (label: string, ratio: number, target: number, atMost = false) =>
    `- ${label}: ${ratio.toFixed(2)}× (target ${atMost ? '<=' : '>='} ${target}×): ${(atMost ? ratio <= target : ratio >= target) ? 'met' : 'NOT met'}`;
  const targets = ([10, 100] as const).flatMap((c) => [
    check(`Alexa with full verification vs ask-sdk adapter with verification, ${c} connections`, rps(OURS_ALEXA, c) / rps(ASK_VERIFY, c), 2),
    check(`Alexa with full verification vs bare express 5, ${c} connections`, rps(OURS_ALEXA, c) / rps(EXPRESS, c), 0.8),
    check(`Dialogflow vs bare express 5, ${c} connections`, rps(OURS_DIALOGFLOW, c) / rps(EXPRESS, c), 0.85),
  ]);
  targets.push(check('cold start, ours vs the ask-sdk adapter\'s minimal skill', cold(OURS_ALEXA) / cold(ASK), 1, true));
  return [
    `Measured ${note.date} on ${note.machine}; loopback, autocannon in the same machine, ${note.rounds} alternating rounds of ${note.seconds} s per server and connection count (medians); CPU is the server process's user and system time per answered request; cold start is spawn to the first 200, the median of ${note.coldStarts} alternating starts; our server in production mode with LOG_LEVEL=${note.logLevel}.`,
    '',
    '| server | 10 conn: req/s (vs express) | p50 ms | p99 ms | CPU µs/req | 100 conn: req/s (vs express) | p50 ms | p99 ms | CPU µs/req | peak RSS MiB | cold start ms (vs ask-sdk) | failed answers |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    ...targets,
  ].join('\n');
}
