/** Scores an understanding on labelled utterances. */
import { readFileSync } from 'node:fs';
import { isIntentName, type IntentName } from '../../fulfillment/intents/catalog';
import type { Locale } from '../../fulfillment/locale';
import { CLINC_LABELS } from './clinc-labels';
import type { LocalUnderstanding } from './understand';

/** One utterance and the intent it should reach. */
export interface LabelledUtterance {
  readonly text: string;
  readonly intent: IntentName;
}

/** The figures. */
export interface EvaluationReport {
  readonly inScope: number;
  readonly outOfScope: number;
  /** Share of in-scope utterances understood as their intent. */
  readonly accuracy: number;
  /** Share of out-of-scope utterances sent to the fallback. */
  readonly rejection: number;
  readonly msPerUtterance: number;
  /** "expected -> got" with counts, most frequent first. */
  readonly confusions: readonly (readonly [string, number])[];
}

/** Runs every utterance through the understanding and scores it. */
export async function evaluate(nlu: LocalUnderstanding, rows: readonly LabelledUtterance[], locale: Locale): Promise<EvaluationReport> {
  let right = 0;
  let rejected = 0;
  let outOfScope = 0;
  const confusions = new Map<string, number>();
  const started = process.hrtime.bigint();
  for (const row of rows) {
    const got = (await nlu.understand(row.text, locale)).intent;
    if (row.intent === 'Fallback') {
      outOfScope += 1;
      if (got === 'Fallback') rejected += 1;
    } else if (got === row.intent) right += 1;
    if (got !== row.intent) confusions.set(`${row.intent} -> ${got}`, (confusions.get(`${row.intent} -> ${got}`) ?? 0) + 1);
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const inScope = rows.length - outOfScope;
  return {
    inScope,
    outOfScope,
    accuracy: inScope ? right / inScope : 0,
    rejection: outOfScope ? rejected / outOfScope : 0,
    msPerUtterance: rows.length ? ms / rows.length : 0,
    confusions: [...confusions.entries()].sort((a, b) => b[1] - a[1]),
  };
}

/**
 * Reads a JSON-lines file of {text, label, split}, keeping one split ("train", "val" or "all";
 * "oos_val" counts as "val") and the rows whose label maps to an intent the catalogue holds.
 */
export function loadLabelled(file: string, split: string): LabelledUtterance[] {
  const rows: LabelledUtterance[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { text?: unknown; label?: unknown; split?: unknown };
    if (typeof row.text !== 'string' || typeof row.label !== 'string') continue;
    const rowSplit = typeof row.split === 'string' ? row.split.replace(/^oos_/, '') : 'all';
    if (split !== 'all' && rowSplit !== split) continue;
    const intent = CLINC_LABELS[row.label] ?? row.label;
    if (isIntentName(intent)) rows.push({ text: row.text, intent });
  }
  return rows;
}
