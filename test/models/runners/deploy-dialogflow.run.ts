/**
 * Runs the agent deploy against nock in a plain Node process (gaxios loads fetch with a
 * dynamic import, which jest's module sandbox cannot do) and prints what happened as JSON.
 */
import { createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { unzipSync } from 'fflate';
import nock from 'nock';
import { deployAgent } from '../../../models/compiler/deploy-dialogflow';

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const key = { client_email: 'deployer@test-project.iam.gserviceaccount.com', private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };

/**
 * For a service account the client signs its own JWT (no token exchange), so the check is that
 * the bearer token is a JWT issued by the key's account and signed with its key.
 */
function signedByKey(authorization: string): boolean {
  const [header, payload, signature] = authorization.replace(/^Bearer /, '').split('.');
  if (!header || !payload || !signature) return false;
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { iss?: string };
  const valid = verify('sha256', Buffer.from(`${header}.${payload}`), createPublicKey(privateKey), Buffer.from(signature, 'base64url'));
  return valid && claims.iss === key.client_email;
}
const isRestore = (path: string) => path.startsWith('/v2/projects/test-project/agent:restore');

async function accepted() {
  let files: string[] = [];
  const restore = nock('https://dialogflow.googleapis.com')
    .matchHeader('authorization', signedByKey)
    .post(isRestore, (body: { agentContent?: string }) => {
      files = Object.keys(unzipSync(Buffer.from(body.agentContent ?? '', 'base64')));
      return true;
    })
    .reply(200, { name: 'projects/test-project/operations/restore-1', done: true, response: { '@type': 'type.googleapis.com/google.protobuf.Empty' } });
  const operation = await deployAgent('test-project', key);
  return { operation, allCalled: restore.isDone(), files };
}

async function refused() {
  nock('https://dialogflow.googleapis.com').post(isRestore).reply(403, { error: { code: 403, message: 'The caller does not have permission', status: 'PERMISSION_DENIED' } });
  try {
    await deployAgent('test-project', key);
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
