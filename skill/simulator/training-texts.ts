/**
 * A platform model's samples as the classifier trains on them: every value found in a sample
 * (the sample values in its slots, and words such as "credit card" or "a hundred" in its text)
 * replaced by its placeholder, exactly as typed text is at run time. The recognisers take about
 * 2 ms a sentence, so the result is kept on disk, keyed by a hash of everything it depends on.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../../fulfillment/kit/locale';
import { NONE, type TrainingRow } from './classifier/intent-classifier';
import type { PlatformModel } from './platforms/platform-model';
import { placeholder } from './values/found-value';
import { findValues, withPlaceholders } from './values/find-values';

/** Where the placeholdered texts are kept between runs (npm's conventional cache folder). */
export const CACHE_DIR = path.resolve(__dirname, '../../node_modules/.cache/voice-banking-understanding');

/** Bump when the way texts are placeholdered changes, so old cached texts are not used. */
const VERSION = 17;

/** The date the training samples are read against: their dates only matter as placeholders. */
const TRAINING_DATE = new Date('2026-06-15T12:00:00Z');

/** Replaces every value in a text by its placeholder. */
export function placeholdered(text: string, locale: Locale, model: PlatformModel, now?: Date): string {
  return withPlaceholders(text, findValues(text, locale, model.customTypes, now), placeholder);
}

/** Texts placeholdered against a model, from the disk cache when the same texts and types were done before. */
export function placeholderedTexts(texts: readonly string[], locale: Locale, model: PlatformModel, cacheDir: string | undefined = CACHE_DIR): string[] {
  const key = createHash('sha256').update(JSON.stringify([VERSION, locale, texts, model.customTypes])).digest('hex').slice(0, 24);
  const file = cacheDir ? path.join(cacheDir, `${locale}-${key}.json`) : undefined;
  if (file && existsSync(file)) {
    const cached = JSON.parse(readFileSync(file, 'utf8')) as string[];
    if (cached.length === texts.length) return cached;
  }
  const done = texts.map((t) => placeholdered(t, locale, model, TRAINING_DATE));
  if (file && cacheDir) {
    mkdirSync(cacheDir, { recursive: true });
    // Written aside and renamed, so that parallel test workers never read half a file.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, JSON.stringify(done));
    renameSync(partial, file);
  }
  return done;
}

/** The training rows of a model: each intent's samples under the intent's platform name, out-of-scope ones under None. */
export function trainingRows(model: PlatformModel, locale: Locale, cacheDir: string | undefined = CACHE_DIR): TrainingRow[] {
  const labelled = [
    ...model.intents.flatMap((i) => i.samples.map((text) => ({ text, intent: i.name }))),
    ...model.outOfScope.map((text) => ({ text, intent: NONE })),
  ];
  const texts = placeholderedTexts(labelled.map((l) => l.text), locale, model, cacheDir);
  return labelled.map((l, i) => ({ text: texts[i] ?? '', classes: [l.intent] }));
}
