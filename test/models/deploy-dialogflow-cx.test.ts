/**
 * The CX agent restore, offline: nock (lockdown: no other host reachable) answers CX's regional
 * REST API with responses shaped like the real ones.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const result = JSON.parse(
  execFileSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'test/models/runners/deploy-dialogflow-cx.run.ts'], { cwd: root, encoding: 'utf8', timeout: 60_000 }),
) as { accepted: { operation: string; allCalled: boolean; files: string[]; option: unknown }; refused: { error?: string } };

it('restores the compiled agent zip into the agent at its regional endpoint, falling back on unsupported settings', () => {
  expect(result.accepted.operation).toBe('projects/test-project/locations/europe-west2/operations/restore-1');
  expect(result.accepted.allCalled).toBe(true);
  expect(result.accepted.files).toEqual(expect.arrayContaining(['agent.json', 'flows/Default Start Flow/Default Start Flow.json', 'intents/Transfer/trainingPhrases/de.json']));
  // The REST transport writes the enum as its number: RestoreOption.FALLBACK is 2.
  expect(result.accepted.option).toBe(2);
});

it('reports a refused restore as an error, not as success', () => {
  expect(result.refused.error).toMatch(/permission/i);
});
