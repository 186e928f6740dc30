/** Compares a fresh build with the files committed under models/. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Generated } from './build';

/** The generated folders under models/. */
export const GENERATED_DIRS = ['alexa', 'dialogflow', 'dialogflow-cx'] as const;

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** The differences between a build and a models/ folder: missing, changed and left-over files. */
export function drift(built: readonly Generated[], modelsDir: string): string[] {
  const problems: string[] = [];
  const expected = new Set(built.map((g) => g.path));
  for (const g of built) {
    const file = path.join(modelsDir, g.path);
    if (!existsSync(file)) problems.push(`missing: ${g.path}`);
    else if (readFileSync(file, 'utf8') !== g.text) problems.push(`differs: ${g.path}`);
  }
  for (const dir of GENERATED_DIRS) {
    for (const file of filesUnder(path.join(modelsDir, dir))) {
      const rel = path.relative(modelsDir, file).split(path.sep).join('/');
      if (!expected.has(rel)) problems.push(`left over: ${rel}`);
    }
  }
  return problems;
}
