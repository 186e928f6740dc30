import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { probeServices } from '../support/services';
import { LOG_SCAN_FILE } from './log-scan';

/** Gives the run one log file that every test worker appends to, and probes the local services tests may need. */
export default async function globalSetup(): Promise<void> {
  process.env[LOG_SCAN_FILE] = path.join(mkdtempSync(path.join(tmpdir(), 'voice-banking-logs-')), 'run.jsonl');
  await probeServices();
}
