/**
 * `npm run bundle`: the Alexa Lambda handler as one minified CommonJS file with esbuild, in
 * dist/lambda/alexa-handler.js. Fails when the bundle takes in what production must not load:
 * the Dialogflow tooling client, the simulator and its language libraries, express.
 */
import type { Plugin } from 'esbuild';
import path from 'node:path';
import { bundle, DEVELOPMENT_INPUTS, reportBundle, type Bundle } from './bundle';

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

/** Builds the bundle into a folder; returns its file, its size in bytes and any forbidden inputs. */
export function bundleLambda(outdir = path.join(root, 'dist/lambda')): Promise<Bundle> {
  return bundle(path.join(root, 'skill/lambda/alexa-handler.ts'), path.join(outdir, 'alexa-handler.js'), FORBIDDEN_INPUTS, [withoutPglite]);
}

if (require.main === module) void bundleLambda().then(reportBundle);
