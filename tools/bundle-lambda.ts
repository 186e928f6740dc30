/**
 * `npm run bundle`: the Alexa Lambda handler as a minified CommonJS file with esbuild, in
 * dist/lambda/alexa-handler.js, with the packages it needs only on first use beside it. Fails
 * when the bundle takes in what production must not load: the Dialogflow tooling client, the
 * simulator and its language libraries, express.
 */
import type { Plugin } from 'esbuild';
import path from 'node:path';
import { bundle, DEVELOPMENT_INPUTS, reportBundle, type Bundle } from './bundle';
import { LAZY_PACKAGES } from './lazy-packages';

/**
 * Inputs that must never reach the Lambda bundle: no development tooling, no prom-client (no
 * /metrics there), no PGlite (a Lambda keeps its records in PostgreSQL) and no oidc-provider (the
 * Lambda checks tokens from the database; the linking server runs beside the HTTP server).
 */
export const FORBIDDEN_INPUTS = [...DEVELOPMENT_INPUTS, 'node_modules/prom-client/', 'node_modules/@electric-sql/', 'node_modules/oidc-provider/'];

/** Left to run time: PGlite is required only where no DATABASE_URL is set, which the Lambda refuses in production. */
const withoutPglite: Plugin = {
  name: 'without-pglite',
  setup(build) {
    build.onResolve({ filter: /^@electric-sql\/pglite$/ }, (args) => ({ path: args.path, external: true }));
  },
};

const root = path.resolve(__dirname, '..');

/**
 * Builds the bundle into a folder, the packages it needs only on first use (undici, pg, ioredis)
 * in files of their own beside it (lazy-packages.ts): a cold start reads only what it runs.
 * Returns its file, its size in bytes, its lazily loaded files and any forbidden inputs.
 */
export function bundleLambda(outdir = path.join(root, 'dist/lambda')): Promise<Bundle> {
  return bundle(path.join(root, 'skill/lambda/alexa-handler.ts'), path.join(outdir, 'alexa-handler.js'), FORBIDDEN_INPUTS, [withoutPglite], LAZY_PACKAGES);
}

if (require.main === module) void bundleLambda().then(reportBundle);
