/** Scores an understanding on labelled utterances. */
import { readFileSync } from 'node:fs';
import { isIntentName, type IntentName } from '../../fulfillment/pipeline/intent-catalog';
import type { Locale } from '../../fulfillment/kit/locale';
import { CLINC_LABELS } from '../../models/source/clinc-labels';
import type { SimulatedPlatform } from './understand';
import type { LocalUnderstanding } from './understand';

/** One utterance, its label, and the intents that rightly answer it (the fallback for out of scope). */
export interface LabelledUtterance {
  readonly text: string;
  readonly label: string;
  readonly intents: readonly IntentName[];
}

/** The figures. */
export interface EvaluationReport {
  readonly inScope: number;
  readonly outOfScope: number;
  /** Share of in-scope utterances understood as their intent. */
  readonly accuracy: number;
  /** Share of out-of-scope utterances sent to the fallback. */
  readonly rejection: number;
  /** Wall-clock time per utterance, in the fastest of the timed passes. */
  readonly msPerUtterance: number;
  /** This process's CPU time per utterance, in the fastest of the timed passes. */
  readonly cpuMsPerUtterance: number;
  /** "label -> got" with counts, most frequent first. */
  readonly confusions: readonly (readonly [string, number])[];
  /** Per label: how many utterances, and the share understood. */
  readonly byLabel: Readonly<Record<string, { readonly count: number; readonly share: number }>>;
  /** Every utterance that went wrong, with what it reached. */
  readonly misses: readonly { readonly text: string; readonly label: string; readonly got: IntentName }[];
}

/**
 * How often the utterances are timed. Each utterance's cost is its fastest pass, in CPU ms: a
 * busy stretch of a shared machine slows whatever runs in it, and a pass takes a few seconds,
 * so taking the fastest of five per utterance, not per pass, leaves out stretches that
 * cover only part of every pass.
 */
const TIMED_PASSES = 5;

/** Wall and CPU ms of each utterance in one pass through the understanding. */
async function timedPass(rows: readonly LabelledUtterance[], each: (row: LabelledUtterance) => Promise<void>): Promise<{ ms: number[]; cpuMs: number[] }> {
  const ms: number[] = [];
  const cpuMs: number[] = [];
  for (const row of rows) {
    const started = process.hrtime.bigint();
    const cpuStarted = process.cpuUsage();
    await each(row);
    const cpu = process.cpuUsage(cpuStarted);
    ms.push(Number(process.hrtime.bigint() - started) / 1e6);
    cpuMs.push((cpu.user + cpu.system) / 1e3);
  }
  return { ms, cpuMs };
}

/** The fastest of two timings of the same utterances, utterance by utterance. */
const fastestEach = (a: number[], b: readonly number[]) => a.map((x, i) => Math.min(x, b[i] ?? x));
const total = (xs: readonly number[]) => xs.reduce((sum, x) => sum + x, 0);

/**
 * Runs every utterance through the understanding and scores it; the scored pass is the first of
 * `passes` timed ones (the time per utterance is the fastest of them, utterance by utterance).
 */
export async function evaluate(nlu: LocalUnderstanding, rows: readonly LabelledUtterance[], platform: SimulatedPlatform, locale: Locale, passes = TIMED_PASSES): Promise<EvaluationReport> {
  let right = 0;
  let rejected = 0;
  let outOfScope = 0;
  const confusions = new Map<string, number>();
  const misses: { text: string; label: string; got: IntentName }[] = [];
  const labels = new Map<string, { count: number; right: number }>();
  let fastest = await timedPass(rows, async (row) => {
    const got = (await nlu.understand(row.text, platform, locale)).intent;
    const ok = row.intents.includes(got);
    const tally = labels.get(row.label) ?? { count: 0, right: 0 };
    labels.set(row.label, { count: tally.count + 1, right: tally.right + (ok ? 1 : 0) });
    if (row.intents.includes('Fallback')) {
      outOfScope += 1;
      if (ok) rejected += 1;
    } else if (ok) right += 1;
    if (!ok) {
      confusions.set(`${row.label} -> ${got}`, (confusions.get(`${row.label} -> ${got}`) ?? 0) + 1);
      misses.push({ text: row.text, label: row.label, got });
    }
  });
  for (let pass = 1; pass < passes; pass += 1) {
    const timed = await timedPass(rows, async (row) => void (await nlu.understand(row.text, platform, locale)));
    fastest = { ms: fastestEach(fastest.ms, timed.ms), cpuMs: fastestEach(fastest.cpuMs, timed.cpuMs) };
  }
  const [ms, cpuMs] = [total(fastest.ms), total(fastest.cpuMs)];
  const inScope = rows.length - outOfScope;
  return {
    inScope,
    outOfScope,
    accuracy: inScope ? right / inScope : 0,
    rejection: outOfScope ? rejected / outOfScope : 0,
    msPerUtterance: rows.length ? ms / rows.length : 0,
    cpuMsPerUtterance: rows.length ? cpuMs / rows.length : 0,
    confusions: [...confusions.entries()].sort((a, b) => b[1] - a[1]),
    byLabel: Object.fromEntries([...labels].map(([label, t]) => [label, { count: t.count, share: t.right / t.count }])),
    misses,
  };
}

/**
 * Reads a JSON-lines file of {text, label, split}, keeping one split ("train", "val" or "all";
 * "oos_val" counts as "val") and the rows whose label maps to intents (CLINC's labels, or an
 * intent's own name); labels left out of the mapping are not scored.
 */
export function loadLabelled(file: string, split: string): LabelledUtterance[] {
  const rows: LabelledUtterance[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { text?: unknown; label?: unknown; split?: unknown };
    if (typeof row.text !== 'string' || typeof row.label !== 'string') continue;
    const rowSplit = typeof row.split === 'string' ? row.split.replace(/^oos_/, '') : 'all';
    if (split !== 'all' && rowSplit !== split) continue;
    const mapping = CLINC_LABELS[row.label] ?? (isIntentName(row.label) ? { intents: [row.label] } : undefined);
    if (mapping && 'intents' in mapping) rows.push({ text: row.text, label: row.label, intents: mapping.intents });
  }
  return rows;
}
