/**
 * Where the team's shared material (real platform payloads, specs, utterances) lives: beside
 * the repository as ../shared, or where SHARED_DIR points. It is never copied into the project.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** The shared folder, or undefined with the reason it is missing. */
export function sharedDir(): { dir: string } | { missing: string } {
  const dir = process.env.SHARED_DIR ?? path.resolve(__dirname, '../../../shared');
  return existsSync(dir) ? { dir } : { missing: `${dir} is not there (a user's clone has no ../shared)` };
}

/** The files in a shared sub-folder matching a filter, or the reason there are none. */
export function sharedFiles(sub: string, keep: (name: string) => boolean): { files: string[] } | { missing: string } {
  const shared = sharedDir();
  if ('missing' in shared) return shared;
  const folder = path.join(shared.dir, sub);
  if (!existsSync(folder)) return { missing: `${folder} is not there` };
  return { files: readdirSync(folder).filter(keep).sort().map((f) => path.join(folder, f)) };
}
