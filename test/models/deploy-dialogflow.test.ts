/**
 * The agent deploy, offline: nock (lockdown: no other host reachable) answers Dialogflow's
 * REST API with responses shaped like the real ones.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const result = JSON.parse(
  execFileSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'test/models/runners/deploy-dialogflow.run.ts'], { cwd: root, encoding: 'utf8', timeout: 60_000 }),
) as { accepted: { operation: string; allCalled: boolean; files: string[] }; refused: { error?: string } };

it('restores the compiled agent zip into the project over REST, signed with the service account key', () => {
  expect(result.accepted.operation).toBe('projects/test-project/operations/restore-1');
  expect(result.accepted.allCalled).toBe(true);
  expect(result.accepted.files).toEqual(expect.arrayContaining(['agent.json', 'intents/Balance.json', 'intents/Transfer_usersays_de.json']));
});

it('reports a refused deploy as an error, not as success', () => {
  expect(result.refused.error).toMatch(/permission/i);
});

it('keeps the Dialogflow client off the request path', () => {
  const loaded = execFileSync(
    process.execPath,
    [path.join(root, 'node_modules/tsx/dist/cli.mjs'), '-e', "require('./skill/server/compose'); console.log(Object.keys(require.cache).filter((k) => k.includes('@google-cloud')).length)"],
    { cwd: root, encoding: 'utf8' },
  );
  expect(loaded.trim()).toBe('0');
});
