import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lockDataFolder } from '../../fulfillment/records/sql/data-folder-lock';

describe('the lock on a PGlite records folder', () => {
  it('keeps a second opener out while it is held, and lets it in once released', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'voice-banking-lock-'));
    const release = lockDataFolder(folder);
    expect(() => lockDataFolder(folder)).toThrow(/in use by process \d+: one server per PGlite folder/);
    release();
    lockDataFolder(folder)();
  });

  it('takes over a lock whose process is gone', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'voice-banking-lock-'));
    // A pid far above any the kernel hands out here.
    writeFileSync(path.join(folder, 'voice-banking.lock'), '4194303999');
    const release = lockDataFolder(folder);
    release();
  });
});
