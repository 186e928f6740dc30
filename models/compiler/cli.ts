/**
 * `npm run models:build` writes the platform files; `models:check` validates them and fails when
 * the committed files differ from a fresh build; `models:zip` packs the Dialogflow ES and CX
 * agents for the consoles' restore.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { LOCALES } from '../../fulfillment/kit/locale';
import { alexaModel } from './alexa';
import { buildModels } from './build';
import { dialogflowAgent, type AgentFile } from './dialogflow';
import { dialogflowCxAgent } from './dialogflow-cx';
import { drift, GENERATED_DIRS } from './drift';
import { alexaSampleCounts, answerWordsAsValues, bareSlotWarnings, dialogflowSampleCounts } from './sample-rules';
import { validateAlexa } from './validate-alexa';
import { validateDialogflow } from './validate-dialogflow';
import { validateDialogflowCx } from './validate-dialogflow-cx';

const modelsDir = path.resolve(__dirname, '..');

function problems(): string[] {
  return [
    ...LOCALES.flatMap((l) => [...validateAlexa(alexaModel(l), l), ...alexaSampleCounts(alexaModel(l), l), ...answerWordsAsValues(alexaModel(l), l)]),
    ...validateDialogflow(dialogflowAgent()),
    ...dialogflowSampleCounts(dialogflowAgent()),
    ...validateDialogflowCx(dialogflowCxAgent()),
  ].map((p) => `${p.rule}: ${p.where}: ${p.message}`);
}

function warnings(): string[] {
  return LOCALES.flatMap((l) => bareSlotWarnings(alexaModel(l), l)).map((p) => `warning ${p.rule}: ${p.where}: ${p.message}`);
}

/** Packs an agent as the console's "restore from zip" expects: files at the root (the ES agent unless told). */
export function agentZip(files: readonly AgentFile[] = dialogflowAgent()): Uint8Array {
  const entries = Object.fromEntries(files.map((f) => [f.path, new TextEncoder().encode(`${JSON.stringify(f.json, null, 2)}
`)]));
  return zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
}

function main(command: string | undefined): number {
  for (const warning of warnings()) console.warn(warning);
  const invalid = problems();
  if (invalid.length > 0) {
    console.error(`the interaction model breaks ${invalid.length} rule(s):\n${invalid.join('\n')}`);
    return 1;
  }
  if (command === 'build') {
    for (const dir of GENERATED_DIRS) rmSync(path.join(modelsDir, dir), { recursive: true, force: true });
    const built = buildModels();
    for (const g of built) {
      const file = path.join(modelsDir, g.path);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, g.text);
    }
    console.log(`wrote ${built.length} files: the platforms' models under models/, and each platform unit's intent names`);
    return 0;
  }
  if (command === 'check') {
    const differences = drift(buildModels(), modelsDir);
    if (differences.length > 0) {
      console.error(`models/ differs from a fresh build (run npm run models:build and commit):\n${differences.join('\n')}`);
      return 1;
    }
    console.log('models: valid, and the committed files match a fresh build');
    return 0;
  }
  if (command === 'zip') {
    for (const [name, files] of [['dialogflow-agent.zip', dialogflowAgent()], ['dialogflow-cx-agent.zip', dialogflowCxAgent()]] as const) {
      const out = path.join(modelsDir, '..', 'dist', name);
      mkdirSync(path.dirname(out), { recursive: true });
      writeFileSync(out, agentZip(files));
      console.log(`wrote ${path.relative(process.cwd(), out)}`);
    }
    console.warn('These agents call https://example.invalid with no secret: for a trial agent only. To deploy, use `npm run deploy:package` (dist/deploy/), which names your PUBLIC_URL and DIALOGFLOW_SECRET.');
    return 0;
  }
  console.error('usage: models build | check | zip');
  return 2;
}

if (require.main === module) process.exitCode = main(process.argv[2]);
