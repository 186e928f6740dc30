/**
 * Runs `npm run nlu:eval` as a developer does, in its own process: jest's module sandbox looks
 * up every global through the context's interceptor, which slows the recognisers about tenfold,
 * so an evaluation over thousands of phrasings is both slow and mis-timed inside it.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { EvaluationReport } from '../../skill/simulator/nlu-score';

const root = path.resolve(__dirname, '../..');

/** The JSON report of `nlu:eval FILE --split SPLIT --passes PASSES`, with the split it read. */
export async function runNluEval(file: string, split: 'val' | 'train', passes = 5): Promise<EvaluationReport & { split: string }> {
  const cli = path.join(root, 'node_modules/tsx/dist/cli.mjs');
  const { stdout } = await promisify(execFile)(process.execPath, [cli, 'skill/simulator/nlu-eval.ts', file, '--split', split, '--passes', String(passes), '--json'], { cwd: root, timeout: 120_000, maxBuffer: 32 * 1024 * 1024 });
  return JSON.parse(stdout) as EvaluationReport & { split: string };
}
