/**
 * A lock file that keeps a second process out of a PGlite data folder. Written by hand: PGlite
 * has no lock of its own, and a lock file with the owner's pid, taken with O_EXCL, is all it takes.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const LOCK = 'voice-banking.lock';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the folder's lock (a stale one, whose process is gone, is taken over); returns its release. Throws when another process holds it. */
export function lockDataFolder(folder: string): () => void {
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, LOCK);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(file, 'utf8'));
      if (Number.isInteger(owner) && alive(owner)) {
        throw new Error(`the records folder ${folder} is in use by process ${owner}: one server per PGlite folder (set DATABASE_URL for several)`);
      }
      rmSync(file, { force: true });
    }
  }
  throw new Error(`cannot lock the records folder ${folder}`);
}
