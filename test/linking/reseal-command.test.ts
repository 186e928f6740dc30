/**
 * `npm run records:reseal` runs only with the keys it reseals with, and names the records and
 * keys it used: run without the production settings it stops, rather than report on the
 * development records as if they were production's.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const KEY = `k2026:${Buffer.alloc(32, 7).toString('base64')}`;
const run = (env: Record<string, string>) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'skill/records/reseal.ts'], { cwd: path.join(__dirname, '../..'), env: { PATH: process.env['PATH'] ?? '', NODE_ENV: 'development', ...env }, encoding: 'utf8', timeout: 60_000 });

it('refuses to run without LINK_KEYS, naming what it needs', () => {
  const result = run({});
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/records:reseal needs LINK_KEYS/);
  expect(result.stdout).toBe('');
});

it('names the records and the keys it used, and what it found', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'reseal-'));
  const result = run({ LINK_KEYS: KEY, PGLITE_DIR: dir });
  expect(result.stderr).not.toMatch(/Error/);
  expect(result.stdout).toContain(`records: PGlite in ${dir}; keys: k2026 (newest first)`);
  expect(result.stdout).toMatch(/^0 live links, 0 sealed again with the newest key k2026, 0 that no key in LINK_KEYS opens$/m);
  expect(result.status).toBe(0);
});
