/**
 * `npm run nlu:eval -- [FILE] [--split val|train|test|all] [--platform dialogflow|alexa] [--locale en-US] [--misses] [--json] [--passes N]`: measures the local
 * understanding on a JSON-lines file of {text, label, split} (CLINC150 labels by default):
 * intent accuracy on labels mapped to intents that exist, out-of-scope rejection, and time
 * per utterance. With `--misses`, also the share per label, the confusions and every sentence
 * missed; without it, as text or JSON, the figures alone.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { LOCALES, type Locale } from '../../fulfillment/kit/locale';
import { evaluate, loadLabelled } from './nlu-score';
import { localUnderstanding } from './understand';

const DEFAULT_FILE = path.resolve(__dirname, '../../../shared/utterances/clinc150-banking.train-val.jsonl');

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { split: { type: 'string', default: 'val' }, locale: { type: 'string', default: 'en-US' }, platform: { type: 'string', default: 'dialogflow' }, misses: { type: 'boolean', default: false }, json: { type: 'boolean', default: false }, passes: { type: 'string', default: '5' } } });
  const file = positionals[0] ?? DEFAULT_FILE;
  if (!existsSync(file)) throw new Error(`no such file: ${file}`);
  const locale = LOCALES.find((l) => l === values.locale) as Locale | undefined;
  if (!locale) throw new Error(`unknown locale ${values.locale}`);
  const platform = values.platform === 'alexa' ? 'alexa' : 'dialogflow';
  const passes = Number(values.passes);
  if (!Number.isInteger(passes) || passes < 1) throw new Error(`--passes wants a whole number from 1, not ${values.passes}`);
  const rows = loadLabelled(file, values.split ?? 'val');
  const nlu = localUnderstanding();
  await nlu.warmUp([[platform, locale]]);
  const report = await evaluate(nlu, rows, platform, locale, passes);
  // What went wrong (per label, the confusions, the sentences) only when asked for: a figure read
  // on a held-back split must not show its misses to whoever reads it to measure.
  const { confusions, byLabel, misses, ...figures } = report;
  if (values.json) {
    console.log(JSON.stringify({ file, split: values.split, platform, locale, ...figures, ...(values.misses ? { confusions, byLabel, misses } : {}) }));
    return;
  }
  console.log(`file: ${file} (split ${values.split}, ${rows.length} utterances with a known intent, platform ${platform}, locale ${locale})`);
  console.log(`intent accuracy:        ${(report.accuracy * 100).toFixed(1)}% of ${report.inScope}`);
  console.log(`out-of-scope rejection: ${(report.rejection * 100).toFixed(1)}% of ${report.outOfScope}`);
  console.log(`time per utterance:     ${report.msPerUtterance.toFixed(2)} ms (${report.cpuMsPerUtterance.toFixed(2)} ms of CPU)`);
  if (!values.misses) return;
  for (const [label, { count, share }] of Object.entries(byLabel)) console.log(`  ${label.padEnd(18)} ${(share * 100).toFixed(0).padStart(3)}% of ${count}`);
  for (const [pair, count] of confusions.slice(0, 10)) console.log(`  ${count} x ${pair}`);
  for (const miss of misses) console.log(`  ${miss.label} -> ${miss.got}: ${miss.text}`);
}

// A mistake in the options or a file not found is said in a line, never as a stack.
main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  console.error('usage: npm run nlu:eval -- [file.jsonl] [--split val|train|test] [--locale en-US|en-GB|de-DE] [--platform dialogflow|alexa] [--passes N] [--misses] [--json]; the default file is ../shared/utterances/clinc150-banking.train-val.jsonl beside this checkout');
  process.exitCode = 2;
});
