/**
 * `npm run models:deploy:dialogflow-cx`: restores the compiled CX agent into an existing agent
 * with @google-cloud/dialogflow-cx over its REST transport, as the console's Restore does with
 * the zip. Tooling only: nothing on the request path loads this client.
 *
 * Needs GOOGLE_APPLICATION_CREDENTIALS (a service account key file), DIALOGFLOW_CX_AGENT (the
 * agent's id), and, unless the defaults fit, DIALOGFLOW_PROJECT_ID (the key's project) and
 * DIALOGFLOW_CX_LOCATION ("global").
 */
import { v3 } from '@google-cloud/dialogflow-cx';
import { agentZip } from './cli';
import { dialogflowCxAgent } from './dialogflow-cx';
import { deployCredentials, runDeploy, type ServiceAccountKey } from './deploy-kit';

/** Where the agent is. */
export interface CxAgentAddress {
  readonly projectId: string;
  readonly location: string;
  readonly agentId: string;
}

/** Restores the agent and waits for the operation; returns the operation's name. */
export async function deployCxAgent(at: CxAgentAddress, key: ServiceAccountKey, zip: Uint8Array = agentZip(dialogflowCxAgent())): Promise<string> {
  const apiEndpoint = at.location === 'global' ? 'dialogflow.googleapis.com' : `${at.location}-dialogflow.googleapis.com`;
  const client = new v3.AgentsClient({ credentials: { client_email: key.client_email, private_key: key.private_key }, projectId: at.projectId, apiEndpoint, fallback: true });
  try {
    // FALLBACK: a setting the target agent does not support falls back to its default rather than failing the restore.
    const [operation] = await client.restoreAgent({ name: client.agentPath(at.projectId, at.location, at.agentId), agentContent: Buffer.from(zip), restoreOption: 'FALLBACK' });
    await operation.promise();
    return operation.name ?? '(unnamed operation)';
  } finally {
    await client.close();
  }
}

async function main(): Promise<number> {
  const credentials = deployCredentials();
  const agentId = process.env.DIALOGFLOW_CX_AGENT;
  if ('missing' in credentials || !agentId) {
    console.error('missing' in credentials ? credentials.missing : 'set DIALOGFLOW_CX_AGENT to the id of the agent to restore into');
    return 2;
  }
  const { key, projectId } = credentials;
  const operation = await deployCxAgent({ projectId, location: process.env.DIALOGFLOW_CX_LOCATION ?? 'global', agentId }, key);
  console.log(`restored the CX agent ${agentId} in ${projectId} (${operation})`);
  return 0;
}

if (require.main === module) runDeploy(main);
