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

/** The figures of a split's JSON report, with the split it read. */
export type EvaluationFigures = Omit<EvaluationReport, 'confusions' | 'byLabel' | 'misses'> & { split: string };

/** The JSON report of `nlu:eval FILE --split val --passes PASSES`: the figures alone, never what was missed. */
export async function runNluEval(file: string, split: 'val', passes?: number): Promise<EvaluationFigures>;
/** The JSON report of `nlu:eval FILE --split train --passes PASSES --misses`: with the share per label. */
export async function runNluEval(file: string, split: 'train', passes?: number): Promise<EvaluationReport & { split: string }>;
export async function runNluEval(file: string, split: 'val' | 'train', passes = 5): Promise<EvaluationFigures> {
  const cli = path.join(root, 'node_modules/tsx/dist/cli.mjs');
  const detail = split === 'train' ? ['--misses'] : [];
  const { stdout } = await promisify(execFile)(process.execPath, [cli, 'skill/simulator/nlu-eval.ts', file, '--split', split, '--passes', String(passes), '--json', ...detail], { cwd: root, timeout: 120_000, maxBuffer: 32 * 1024 * 1024 });
  return JSON.parse(stdout) as EvaluationFigures;
}
