/**
 * `npm run nlu:eval` on CLINC150's banking utterances (from ../shared), run as the command a
 * developer runs, in its own process: jest's module sandbox slows the recognisers several-fold,
 * so the time per utterance is only honest outside it.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { EvaluationReport } from '../../skill/simulator/nlu-score';
import { sharedDir } from '../support/shared';

const root = path.resolve(__dirname, '../..');
const shared = sharedDir();
if ('missing' in shared) console.log(`skipping the NLU evaluation: ${shared.missing}`);
const describeWithShared = 'missing' in shared ? describe.skip : describe;

describeWithShared('npm run nlu:eval on CLINC150 banking (val split)', () => {
  it('understands at least 90% of banking requests and sends at least 80% of out-of-scope ones to the fallback, in under 5 ms each', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'skill/simulator/nlu-eval.ts', path.join('dir' in shared ? shared.dir : '', 'utterances/clinc150-banking.train-val.jsonl'), '--json'], { cwd: root, timeout: 120_000 });
    const report = JSON.parse(stdout) as EvaluationReport & { split: string };
    expect(report.split).toBe('val');
    expect(report.inScope).toBeGreaterThanOrEqual(200);
    expect(report.outOfScope).toBeGreaterThanOrEqual(100);
    expect(report.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(report.rejection).toBeGreaterThanOrEqual(0.8);
    // CPU time, so that the suite's other workers on the same cores do not count against it.
    expect(report.cpuMsPerUtterance).toBeLessThan(5);
  }, 150_000);
});
