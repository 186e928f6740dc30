import { LOG_SCAN_FILE, scanLogFile } from './log-scan';

/** Fails the run when any log line of it holds a token, a PIN, an account number or an IBAN. */
export default function globalTeardown(): void {
  const file = process.env[LOG_SCAN_FILE];
  if (!file) throw new Error('log scan: the run had no log file');
  const { lines, found } = scanLogFile(file);
  console.log(`\nlog scan: ${lines} log lines from the whole run, ${found.length} with a token, PIN, account number or IBAN`);
  if (found.length > 0) throw new Error(`log scan found customer secrets in the logs:\n${found.slice(0, 20).join('\n')}`);
}
