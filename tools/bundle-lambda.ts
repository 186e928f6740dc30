/**
 * `npm run bundle`: the Alexa Lambda handler as one minified CommonJS file with esbuild, in
 * dist/lambda/alexa-handler.js. Fails when the bundle takes in what production must not load:
 * the Dialogflow tooling client, the simulator and its language libraries, express.
 */
import { build } from 'esbuild';
import { statSync } from 'node:fs';
import path from 'node:path';

/** Inputs that must never reach the Lambda bundle, as path fragments. */
export const FORBIDDEN_INPUTS = ['node_modules/@google-cloud/', 'skill/simulator/', 'node_modules/express/', 'node_modules/@nlpjs/', 'node_modules/@microsoft/', 'node_modules/prom-client/'];

const root = path.resolve(__dirname, '..');

/** Builds the bundle into a folder; returns its file, its size in bytes and any forbidden inputs. */
export async function bundleLambda(outdir = path.join(root, 'dist/lambda')): Promise<{ file: string; bytes: number; forbidden: string[] }> {
  const file = path.join(outdir, 'alexa-handler.js');
  const result = await build({
    entryPoints: [path.join(root, 'skill/lambda/alexa-handler.ts')],
    outfile: file,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    legalComments: 'none',
    metafile: true,
    logLevel: 'error',
  });
  const inputs = Object.keys(result.metafile.inputs);
  const forbidden = inputs.filter((input) => FORBIDDEN_INPUTS.some((f) => input.includes(f)));
  return { file, bytes: statSync(file).size, forbidden };
}

if (require.main === module) {
  void bundleLambda().then(({ file, bytes, forbidden }) => {
    if (forbidden.length > 0) {
      console.error(`the bundle must not contain:\n  ${forbidden.join('\n  ')}`);
      process.exit(1);
    }
    console.log(`${path.relative(process.cwd(), file)}: ${(bytes / 1024).toFixed(0)} KiB`);
  });
}
