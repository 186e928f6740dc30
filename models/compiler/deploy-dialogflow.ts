/**
 * `npm run models:deploy:dialogflow`: restores the compiled agent into a Dialogflow ES project
 * with @google-cloud/dialogflow over its REST transport. Tooling only: nothing on the request
 * path loads this client (a test checks).
 *
 * Needs GOOGLE_APPLICATION_CREDENTIALS (a service account key file) and, unless the key names
 * it, DIALOGFLOW_PROJECT_ID.
 */
import { v2 } from '@google-cloud/dialogflow';
import { agentZip } from './cli';
import { deployCredentials, runDeploy, type ServiceAccountKey } from './deploy-kit';

/** Restores the agent in a project and waits for the operation; returns the operation's name. */
export async function deployAgent(projectId: string, key: ServiceAccountKey, zip: Uint8Array = agentZip()): Promise<string> {
  const client = new v2.AgentsClient({ credentials: { client_email: key.client_email, private_key: key.private_key }, projectId, fallback: true });
  try {
    const [operation] = await client.restoreAgent({ parent: `projects/${projectId}`, agentContent: Buffer.from(zip) });
    await operation.promise();
    return operation.name ?? '(unnamed operation)';
  } finally {
    await client.close();
  }
}

async function main(): Promise<number> {
  const credentials = deployCredentials();
  if ('missing' in credentials) {
    console.error(credentials.missing);
    return 2;
  }
  const operation = await deployAgent(credentials.projectId, credentials.key);
  console.log(`restored the agent in ${credentials.projectId} (${operation})`);
  return 0;
}

if (require.main === module) runDeploy(main);
