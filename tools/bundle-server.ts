/**
 * `npm run bundle:server`: the HTTP server as one minified CommonJS file, dist/server/main.js,
 * which production starts with `node dist/server/main.js`. The web simulator stays out: it is
 * for development, where `npm start` serves it, and it would bring express and the language
 * libraries. The build fails if the bundle takes any of them in, or the Dialogflow tooling.
 */
import type { Plugin } from 'esbuild';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { bundle, DEVELOPMENT_INPUTS, reportBundle, type Bundle } from './bundle';
import { LAZY_PACKAGES } from './lazy-packages';

/** Inputs that must never reach the server bundle: no development tooling, and no TypeScript loader. */
export const SERVER_FORBIDDEN_INPUTS = [...DEVELOPMENT_INPUTS, 'node_modules/tsx/'];

const root = path.resolve(__dirname, '..');

/** Leaves the simulator's import to run time, where the bundle does not find it (main.ts says so). */
const withoutSimulator: Plugin = {
  name: 'without-simulator',
  setup(build) {
    build.onResolve({ filter: /\/simulator\/routes(\.js)?$/ }, (args) => ({ path: args.path, external: true }));
  },
};

/** PGlite's WebAssembly and data files: its code is in the bundle, and it looks for them beside it. */
export const PGLITE_ASSETS = ['pglite.wasm', 'pglite.data', 'initdb.wasm'] as const;

/**
 * Builds the server bundle into a folder, with the packages it needs only on first use in files
 * of their own (lazy-packages.ts) and PGlite's three files beside it (a server on PGLITE_DIR
 * needs them; one on DATABASE_URL never reads them); returns its file, size and forbidden inputs.
 */
export async function bundleServer(outdir = path.join(root, 'dist/server')): Promise<Bundle> {
  const built = await bundle(path.join(root, 'skill/server/main.ts'), path.join(outdir, 'main.js'), SERVER_FORBIDDEN_INPUTS, [withoutSimulator], LAZY_PACKAGES);
  for (const asset of PGLITE_ASSETS) copyFileSync(path.join(root, 'node_modules/@electric-sql/pglite/dist', asset), path.join(outdir, asset));
  return built;
}

if (require.main === module) void bundleServer().then(reportBundle);
