/** The local understanding measured on CLINC150's banking utterances (from ../shared). */
import path from 'node:path';
import { evaluate, loadLabelled } from '../../skill/simulator/nlu-score';
import { trainUnderstanding } from '../../skill/simulator/understand';
import { sharedDir } from '../support/shared';

const shared = sharedDir();
if ('missing' in shared) console.log(`skipping the NLU evaluation: ${shared.missing}`);
const describeWithShared = 'missing' in shared ? describe.skip : describe;

describeWithShared('the local understanding on CLINC150 banking (val split)', () => {
  it('sends at least 80% of out-of-scope requests to the fallback, in well under 5 ms each', async () => {
    const file = path.join('dir' in shared ? shared.dir : '', 'utterances/clinc150-banking.train-val.jsonl');
    const report = await evaluate(await trainUnderstanding(), loadLabelled(file, 'val'), 'en-US');
    expect(report.outOfScope).toBeGreaterThan(0);
    expect(report.rejection).toBeGreaterThanOrEqual(0.8);
    expect(report.msPerUtterance).toBeLessThan(5);
  });
});
