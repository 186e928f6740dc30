/**
 * Part of `npm run bench`, and alone `npm run bench:slow-bank`: 500 balance questions at once against one server whose bank takes
 * 3 s to list accounts, in a few rounds; prints the slowest and median round against the
 * platform's 4.5 s and says whether the target is met. The test of the same crowd
 * (test/scale/slow-bank-load.test.ts) checks the answers and only a loose bound on time.
 */
import { cpus } from 'node:os';
import { askCrowd, startCrowdServer } from '../test/support/balance-crowd';

const CONVERSATIONS = Number(process.env.BENCH_CROWD ?? '500');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? '5');
const BANK_MS = 3000;
/** Alexa's wait for an answer; the whole crowd must be answered inside it. */
const TARGET_S = 4.5;

/** Runs the rounds and returns the report's line on the target. */
export async function measureSlowBankLoad(): Promise<string> {
  const crowd = await startCrowdServer(BANK_MS);
  try {
    const seconds: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const { expected, answers, seconds: took } = await askCrowd(crowd, CONVERSATIONS);
      const wrong = answers.filter((text, i) => text !== expected[i % 8]).length;
      if (wrong > 0) throw new Error(`round ${round + 1}: ${wrong} of ${CONVERSATIONS} answers were wrong`);
      seconds.push(took);
      console.log(`round ${round + 1}/${ROUNDS}: ${CONVERSATIONS} answers in ${took.toFixed(2)} s`);
    }
    const sorted = [...seconds].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
    const slowest = sorted[sorted.length - 1] ?? Number.NaN;
    return `- ${CONVERSATIONS} concurrent balances, bank 3 s: median ${median.toFixed(2)} s, slowest ${slowest.toFixed(2)} s (target < ${TARGET_S} s): ${slowest < TARGET_S ? 'met' : 'NOT met'}`;
  } finally {
    await crowd.close();
  }
}

if (require.main === module) {
  void measureSlowBankLoad().then((line) => {
    console.log(`\n${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}`);
    console.log(line);
  });
}
