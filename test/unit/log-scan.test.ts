/** The log scan really finds what it looks for. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { scanLogFile } from '../setup/log-scan';

const file = (lines: object[]) => {
  const f = path.join(mkdtempSync(path.join(tmpdir(), 'scan-')), 'log.jsonl');
  writeFileSync(f, lines.map((l) => JSON.stringify(l)).join('\n'));
  return f;
};

it('finds a token, a PIN, an account number and an IBAN, and passes clean lines', () => {
  const { lines, found } = scanLogFile(file([
    { msg: 'turn', intent: 'Balance', ms: 3 },
    { token: 'demo' },
    { detail: 'pin was 1234' },
    { account: '4321' },
    { iban: 'DE89370400440532013000' },
  ]));
  expect(lines).toBe(5);
  expect(found).toHaveLength(4);
});

it('takes a timing that happens to equal a payee\'s last four digits for the timing it is, but not the same digits elsewhere', () => {
  const { found } = scanLogFile(file([
    { msg: 'turn', intent: 'Transfer', ms: 1209 },
    { msg: 'turn', reference: 1209 },
  ]));
  expect(found).toEqual(['line 2.reference: a PIN or account number']);
});

it('takes a correlation id the skill made for the UUID it is, but not account digits written there as text', () => {
  const { found } = scanLogFile(file([
    { msg: 'turn failed', correlationId: '1b2c8765-0e4f-4a6b-9c1d-2e3f4a5b6c7d' },
    { msg: 'turn failed', correlationId: 'account 8765' },
  ]));
  expect(found).toEqual(['line 2.correlationId: a PIN or account number (8765)']);
});
