/**
 * `npm run models:deploy:dialogflow`: restores the compiled agent into a Dialogflow ES project
 * with @google-cloud/dialogflow over its REST transport. Tooling only: nothing on the request
 * path loads this client (a test checks).
 *
 * Needs GOOGLE_APPLICATION_CREDENTIALS (a service account key file) and, unless the key names
 * it, DIALOGFLOW_PROJECT_ID.
 */
import { readFileSync } from 'node:fs';
import { v2 } from '@google-cloud/dialogflow';
import { agentZip } from './cli';

/** A service account key, as Google's console downloads it. */
export interface ServiceAccountKey {
  readonly client_email: string;
  readonly private_key: string;
  readonly project_id?: string;
}

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
  const keyFile = process.env.GOOGLE_APPLICATION_CREDENTIALS;
  if (!keyFile) {
    console.error('set GOOGLE_APPLICATION_CREDENTIALS to a service account key file with the Dialogflow API Admin role');
    return 2;
  }
  const key = JSON.parse(readFileSync(keyFile, 'utf8')) as ServiceAccountKey;
  const projectId = process.env.DIALOGFLOW_PROJECT_ID ?? key.project_id;
  if (!projectId) {
    console.error('set DIALOGFLOW_PROJECT_ID (the key file names no project)');
    return 2;
  }
  const operation = await deployAgent(projectId, key);
  console.log(`restored the agent in ${projectId} (${operation})`);
  return 0;
}

if (require.main === module) {
  main().then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(`deploy failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
