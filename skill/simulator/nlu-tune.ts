/**
 * `npm run nlu:tune -- [--platform dialogflow] [--locale en-US] [--seeds 4] [--misses]`: chooses
 * the fallback threshold without ever touching CLINC150's val split. The project's own phrasings
 * are cross-validated (5 folds, stratified, several fold seeds): each fold is predicted by a
 * classifier trained on the other four. For English, CLINC's train split is then predicted by a
 * classifier trained on all the phrasings (it is never trained on: the platforms do not get it).
 * The threshold maximises in-scope accuracy plus the mean of the two out-of-scope rejections
 * (CLINC's general requests and our own banking-adjacent ones); German, with no CLINC, uses its
 * own cross-validated accuracy and rejection. Thresholds go into thresholds.ts by hand.
 */
import path from 'node:path';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { LOCALES, type Locale } from '../../fulfillment/kit/locale';
import type { SimulatedPlatform } from './understand';
import type { IntentName } from '../../fulfillment/pipeline/intent-catalog';
import { NONE, trainIntentClassifier, type TrainingRow } from './classifier/intent-classifier';
import { stemmerFor } from './classifier/stemmers';
import { loadLabelled } from './nlu-score';
import { MODEL_READERS } from './understand';
import { thresholdFor } from './thresholds';
import { placeholderedTexts, trainingRows } from './training-texts';

const CLINC = path.resolve(__dirname, '../../../shared/utterances/clinc150-banking.train-val.jsonl');
const THRESHOLDS = Array.from({ length: 15 }, (_v, i) => 0.1 + i * 0.04);

/** One prediction: what was right, what came out on top, and with what score. */
interface Prediction {
  readonly text: string;
  readonly accepted: readonly string[];
  readonly top: string;
  readonly score: number;
}

/** Shuffles indices with a seed (the same split every run). */
function shuffled(n: number, seed: number): number[] {
  let state = seed;
  const order = Array.from({ length: n }, (_v, i) => i);
  for (let i = n - 1; i > 0; i -= 1) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    const j = state % (i + 1);
    [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
  }
  return order;
}

/** Out-of-fold predictions of every row: stratified folds, each predicted by a classifier trained on the rest. */
function crossValidated(rows: readonly TrainingRow[], locale: Locale, folds: number, seed: number): Prediction[] {
  const foldOf = new Map<number, number>();
  const byClass = new Map<string, number[]>();
  for (const [i, r] of rows.entries()) byClass.set(r.classes[0] ?? NONE, [...(byClass.get(r.classes[0] ?? NONE) ?? []), i]);
  let next = 0;
  for (const members of byClass.values()) for (const k of shuffled(members.length, seed + members.length)) foldOf.set(members[k] ?? 0, next++ % folds);
  const out: Prediction[] = [];
  for (let f = 0; f < folds; f += 1) {
    const train = rows.filter((_r, i) => foldOf.get(i) !== f);
    const classifier = trainIntentClassifier(train, stemmerFor(locale), undefined);
    for (const [i, r] of rows.entries()) {
      if (foldOf.get(i) !== f) continue;
      const top = classifier.classify(r.text)[0];
      out.push({ text: r.text, accepted: r.classes, top: top?.intent ?? NONE, score: top?.score ?? 0 });
    }
  }
  return out;
}

/** Accuracy on in-scope predictions and rejection on out-of-scope ones, at a threshold. */
function figures(predictions: readonly Prediction[], t: number): { accuracy: number; rejection: number } {
  const decided = (p: Prediction) => (p.top === NONE || p.score < t ? NONE : p.top);
  const inScope = predictions.filter((p) => !p.accepted.includes(NONE));
  const outOfScope = predictions.filter((p) => p.accepted.includes(NONE));
  const share = (xs: readonly Prediction[], ok: (p: Prediction) => boolean) => (xs.length ? xs.filter(ok).length / xs.length : 1);
  return { accuracy: share(inScope, (p) => p.accepted.includes(decided(p))), rejection: share(outOfScope, (p) => decided(p) === NONE) };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}`.padStart(5);

function main(): void {
  const { values } = parseArgs({ options: { platform: { type: 'string', default: 'dialogflow' }, locale: { type: 'string', default: 'en-US' }, seeds: { type: 'string', default: '4' }, misses: { type: 'boolean', default: false }, threshold: { type: 'string' } } });
  if (values.platform !== 'alexa' && values.platform !== 'dialogflow') throw new Error(`unknown platform ${values.platform}`);
  const platform: SimulatedPlatform = values.platform;
  const locale = LOCALES.find((l) => l === values.locale) as Locale | undefined;
  if (!locale) throw new Error(`unknown locale ${values.locale}`);
  if (!Number.isInteger(Number(values.seeds)) || Number(values.seeds) < 1) throw new Error(`--seeds takes a whole number from 1, not ${values.seeds}`);
  const model = MODEL_READERS[platform](locale);
  const rows = trainingRows(model, locale);
  const own = Array.from({ length: Number(values.seeds) }, (_v, s) => crossValidated(rows, locale, 5, 1 + s)).flat();
  let clinc: Prediction[] = [];
  if (!locale.startsWith('de') && existsSync(CLINC)) {
    const nameOf = new Map<IntentName, string[]>();
    for (const i of model.intents) nameOf.set(i.intent, [...(nameOf.get(i.intent) ?? []), i.name]);
    const labelled = loadLabelled(CLINC, 'train');
    const texts = placeholderedTexts(labelled.map((l) => l.text), locale, model);
    const classifier = trainIntentClassifier(rows, stemmerFor(locale));
    clinc = labelled.map((l, i) => {
      const top = classifier.classify(texts[i] ?? '')[0];
      const accepted = l.intents.flatMap((intent) => (intent === 'Fallback' ? [NONE] : (nameOf.get(intent) ?? [])));
      return { text: l.text, accepted, top: top?.intent ?? NONE, score: top?.score ?? 0 };
    });
  }
  console.log(`${platform} ${locale}: ${rows.length} training rows, ${own.length / Number(values.seeds)} cross-validated per seed${clinc.length ? `, ${clinc.length} CLINC train rows predicted` : ''}`);
  console.log('   t   own acc  own rej  clinc acc  clinc rej  objective');
  let best = { t: 0, objective: -1 };
  const chosen = thresholdFor(locale);
  for (const t of [...THRESHOLDS, chosen].sort((a, b) => a - b)) {
    const o = figures(own, t);
    const c = clinc.length ? figures(clinc, t) : undefined;
    const objective = c ? c.accuracy + (c.rejection + o.rejection) / 2 : o.accuracy + o.rejection;
    if (objective > best.objective) best = { t, objective };
    console.log(`${t.toFixed(2)}${t === chosen ? '*' : ' '}  ${pct(o.accuracy)}    ${pct(o.rejection)}    ${c ? pct(c.accuracy) : '   - '}      ${c ? pct(c.rejection) : '   - '}     ${objective.toFixed(3)}`);
  }
  console.log(`best threshold: ${best.t.toFixed(2)}; in use (*): ${chosen.toFixed(2)}`);
  if (values.misses) {
    const t = values.threshold ? Number(values.threshold) : best.t;
    for (const p of [...clinc, ...own]) {
      const got = p.top === NONE || p.score < t ? NONE : p.top;
      if (!p.accepted.includes(got)) console.log(`  ${p.accepted.join('|')} -> ${got} ${p.score.toFixed(2)}: ${p.text}`);
    }
  }
}

try {
  main();
} catch (error: unknown) {
  console.error(error instanceof Error ? error.message : String(error));
  console.error('usage: npm run nlu:tune -- [--platform dialogflow|alexa] [--locale en-US|en-GB|de-DE] [--seeds N] [--misses] [--threshold T]; it reads only the project\'s samples and CLINC150\'s train split');
  process.exitCode = 2;
}
