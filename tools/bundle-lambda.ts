/**
 * `npm run bundle`: the Alexa Lambda handler as one minified CommonJS file with esbuild, in
 * dist/lambda/alexa-handler.js. Fails when the bundle takes in what production must not load:
 * the Dialogflow tooling client, the simulator and its language libraries, express.
 */
import path from 'node:path';
import { bundle, DEVELOPMENT_INPUTS, reportBundle, type Bundle } from './bundle';

/** Inputs that must never reach the Lambda bundle: no development tooling, and no prom-client (no /metrics there). */
export const FORBIDDEN_INPUTS = [...DEVELOPMENT_INPUTS, 'node_modules/prom-client/'];

const root = path.resolve(__dirname, '..');

/** Builds the bundle into a folder; returns its file, its size in bytes and any forbidden inputs. */
export function bundleLambda(outdir = path.join(root, 'dist/lambda')): Promise<Bundle> {
  return bundle(path.join(root, 'skill/lambda/alexa-handler.ts'), path.join(outdir, 'alexa-handler.js'), FORBIDDEN_INPUTS);
}

if (require.main === module) void bundleLambda().then(reportBundle);
