/**
 * One file of plain JavaScript for an entry point, as production runs it: esbuild bundles the
 * entry with its packages, minified CommonJS for Node 20. One file starts faster than a tree of
 * modules (no resolving, statting and reading of hundreds of files) and ships without
 * node_modules. A bundle is checked for inputs it must never take in.
 */
import { build, type Plugin } from 'esbuild';
import { statSync } from 'node:fs';
import path from 'node:path';
import { bundleLazyPackages, lazyPackagesPlugin, type LazyFile, type LazyImports } from './lazy-packages';

/** The esbuild options every production bundle is built with (the bench builds its servers so too). */
// keepNames: logs name errors by their class ("InvalidRedirectUri"), which minified names would make "b".
export const BUNDLE_OPTIONS = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', minify: true, keepNames: true, legalComments: 'none', logLevel: 'error' } as const;

/**
 * What no production bundle may take in, as path fragments: the Dialogflow tooling client, the
 * web simulator and its language libraries, and express, which serves only the simulator.
 */
export const DEVELOPMENT_INPUTS = ['node_modules/@google-cloud/', 'skill/simulator/', 'node_modules/express/', 'node_modules/@nlpjs/', 'node_modules/@microsoft/'] as const;

/** A built bundle: its file, its size, its lazily loaded files and the inputs it took in that it must not hold. */
export interface Bundle {
  readonly file: string;
  readonly bytes: number;
  readonly lazy: readonly Omit<LazyFile, 'inputs'>[];
  readonly forbidden: string[];
}

/**
 * Builds `entry` into `file`; inputs whose path holds one of `forbidden` are reported. Each of
 * the `lazy` packages the entry imports goes into a file of its own beside it (lazy-packages.ts).
 */
export async function bundle(entry: string, file: string, forbidden: readonly string[], plugins: Plugin[] = [], lazy: readonly string[] = []): Promise<Bundle> {
  const imported: LazyImports = new Map();
  const result = await build({ ...BUNDLE_OPTIONS, entryPoints: [entry], outfile: file, metafile: true, plugins: [...plugins, ...(lazy.length > 0 ? [lazyPackagesPlugin(lazy, imported)] : [])] });
  const lazyFiles = await bundleLazyPackages(imported, path.dirname(file), path.resolve(__dirname, '..'), BUNDLE_OPTIONS);
  const holds = (input: string, fragments: readonly string[]) => fragments.some((f) => input.includes(f));
  // The main file must not hold a lazily loaded package itself: that would undo the split.
  const lazyInMain = lazy.map((name) => `node_modules/${name}/`);
  return {
    file,
    bytes: statSync(file).size,
    lazy: lazyFiles.map(({ file: lazyFile, bytes }) => ({ file: lazyFile, bytes })),
    forbidden: [
      ...Object.keys(result.metafile.inputs).filter((input) => holds(input, [...forbidden, ...lazyInMain])),
      ...lazyFiles.flatMap((f) => f.inputs).filter((input) => holds(input, forbidden)),
    ],
  };
}

/** The command line's end of a bundle script: the size, or the forbidden inputs and exit code 1. */
export function reportBundle({ file, bytes, lazy, forbidden }: Bundle): void {
  if (forbidden.length > 0) {
    console.error(`the bundle must not contain:\n  ${forbidden.join('\n  ')}`);
    process.exit(1);
  }
  for (const built of [{ file, bytes }, ...lazy]) console.log(`${path.relative(process.cwd(), built.file)}: ${(built.bytes / 1024).toFixed(0)} KiB`);
}
