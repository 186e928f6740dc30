/**
 * Every log line the whole test run writes goes to one file (see CaptureLogger); after the run
 * this scan fails it if any line holds an access token, a PIN, an account number or an IBAN.
 */
import { existsSync, readFileSync } from 'node:fs';
import { SEED_CUSTOMERS } from '../../fulfillment/banks/sandbox/seed';

/** The environment variable naming the run's log file. */
export const LOG_SCAN_FILE = 'VOICE_BANKING_LOG_SCAN_FILE';

const TOKENS = new Set(SEED_CUSTOMERS.map((c) => c.accessToken));
const PINS = new Set(['1234', '1111', '2222', '3333', '9876', '4321']);
const ACCOUNT_NUMBERS = new Set(SEED_CUSTOMERS.flatMap((c) => [...c.accounts.map((a) => a.last4), ...c.payees.map((p) => p.last4), ...c.cards.map((k) => k.last4)]));
const IBAN = /\b[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b/;

/**
 * Fields that hold a measurement, never data: a slow turn's `ms` can be 1209, which is also a
 * payee's last four digits, so a number there is not a finding (text there still is).
 */
const MEASUREMENTS = new Set(['ms']);

/**
 * Fields that hold a random id the skill made itself (a UUID): its hex can hold "8765", which
 * is also an account's last four digits, so a UUID there is not a finding (other text still is).
 */
const OWN_IDS = new Set(['correlationId']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function findings(value: unknown, path: string, out: string[]): void {
  if (typeof value === 'string' && OWN_IDS.has(path.slice(path.lastIndexOf('.') + 1)) && UUID.test(value)) return;
  if (typeof value === 'string') {
    const digits = (value.match(/\d{4,}/g) ?? []).find((d) => ACCOUNT_NUMBERS.has(d) || PINS.has(d));
    if (TOKENS.has(value)) out.push(`${path}: an access token`);
    else if (IBAN.test(value)) out.push(`${path}: an IBAN`);
    else if (digits) out.push(`${path}: a PIN or account number (${digits})`);
  } else if (typeof value === 'number' && !MEASUREMENTS.has(path.slice(path.lastIndexOf('.') + 1)) && (PINS.has(String(value)) || ACCOUNT_NUMBERS.has(String(value)))) {
    out.push(`${path}: a PIN or account number`);
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) findings(v, `${path}.${k}`, out);
  }
}

/** Scans a log file; returns the lines read and what was found. */
export function scanLogFile(file: string): { lines: number; found: string[] } {
  if (!existsSync(file)) return { lines: 0, found: [] };
  const found: string[] = [];
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  lines.forEach((line, i) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      found.push(`line ${i + 1}: not JSON`);
      return;
    }
    findings(parsed, `line ${i + 1}`, found);
  });
  return { lines: lines.length, found };
}
