import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LOG_SCAN_FILE } from './log-scan';

/** Gives the run one log file that every test worker appends to. */
export default function globalSetup(): void {
  process.env[LOG_SCAN_FILE] = path.join(mkdtempSync(path.join(tmpdir(), 'voice-banking-logs-')), 'run.jsonl');
}
