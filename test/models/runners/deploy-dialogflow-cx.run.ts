/**
 * Runs the CX agent restore against nock in a plain Node process (gaxios loads fetch with a
 * dynamic import, which jest's module sandbox cannot do) and prints what happened as JSON.
 */
import { generateKeyPairSync } from 'node:crypto';
import { unzipSync } from 'fflate';
import nock from 'nock';
import { deployCxAgent } from '../../../models/compiler/deploy-dialogflow-cx';

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const key = { client_email: 'deployer@test-project.iam.gserviceaccount.com', private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
const at = { projectId: 'test-project', location: 'europe-west2', agentId: 'agent-1' };
const isRestore = (path: string) => path.startsWith('/v3/projects/test-project/locations/europe-west2/agents/agent-1:restore');

async function accepted() {
  let files: string[] = [];
  let option: unknown;
  const restore = nock('https://europe-west2-dialogflow.googleapis.com')
    .matchHeader('authorization', /^Bearer [\w-]+\.[\w-]+\.[\w-]+$/)
    .post(isRestore, (body: { agentContent?: string; restoreOption?: unknown }) => {
      files = Object.keys(unzipSync(Buffer.from(body.agentContent ?? '', 'base64')));
      option = body.restoreOption;
      return true;
    })
    .reply(200, { name: 'projects/test-project/locations/europe-west2/operations/restore-1', done: true, response: { '@type': 'type.googleapis.com/google.protobuf.Empty' } });
  const operation = await deployCxAgent(at, key);
  return { operation, allCalled: restore.isDone(), files, option };
}

async function refused() {
  nock('https://europe-west2-dialogflow.googleapis.com').post(isRestore).reply(403, { error: { code: 403, message: 'The caller does not have permission', status: 'PERMISSION_DENIED' } });
  try {
    await deployCxAgent(at, key);
    return { error: undefined };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

async function main() {
  nock.disableNetConnect();
  const result = { accepted: await accepted(), refused: (nock.cleanAll(), await refused()) };
  process.stdout.write(JSON.stringify(result));
}

void main();
