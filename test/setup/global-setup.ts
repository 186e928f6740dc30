import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { localUnderstanding } from '../../skill/simulator/understand';
import { probeServices } from '../support/services';
import { LOG_SCAN_FILE } from './log-scan';

/**
 * Gives the run one log file that every test worker appends to, probes the local services tests
 * may need, and trains the local understanding of every platform and locale into its cache. On a
 * fresh clone the first test files otherwise trained it inside jest's module sandbox, both workers
 * at once and several times slower, and on a busy machine a conversation test ran out of its minute
 * before its first turn. Trained here, every test file reads the trained classifiers from the cache.
 */
export default async function globalSetup(): Promise<void> {
  process.env[LOG_SCAN_FILE] = path.join(mkdtempSync(path.join(tmpdir(), 'voice-banking-logs-')), 'run.jsonl');
  await probeServices();
  await localUnderstanding().warmUp();
}
