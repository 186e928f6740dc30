/** What both Dialogflow deploy commands share: the service account key, the project, and how a command ends. */
import { readFileSync } from 'node:fs';

/** A service account key, as Google's console downloads it. */
export interface ServiceAccountKey {
  readonly client_email: string;
  readonly private_key: string;
  readonly project_id?: string;
}

/** The key in GOOGLE_APPLICATION_CREDENTIALS and its project (DIALOGFLOW_PROJECT_ID, else the key's), or what is missing. */
export function deployCredentials(): { key: ServiceAccountKey; projectId: string } | { missing: string } {
  const keyFile = process.env.GOOGLE_APPLICATION_CREDENTIALS;
  if (!keyFile) return { missing: 'set GOOGLE_APPLICATION_CREDENTIALS to a service account key file with the Dialogflow API Admin role' };
  const key = JSON.parse(readFileSync(keyFile, 'utf8')) as ServiceAccountKey;
  const projectId = process.env.DIALOGFLOW_PROJECT_ID ?? key.project_id;
  return projectId ? { key, projectId } : { missing: 'set DIALOGFLOW_PROJECT_ID (the key file names no project)' };
}

/** Runs a deploy command: its exit code, or 1 and the reason when it fails. */
export function runDeploy(main: () => Promise<number>): void {
  main().then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(`deploy failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
