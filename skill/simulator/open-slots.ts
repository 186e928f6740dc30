/**
 * Names Alexa has never heard, read as the slot they stand in. Alexa takes any words where a
 * sample has a custom slot, so "send Charlie fifty dollars" is the transfer with PAYEE "Charlie"
 * (resolved to no value), and the skill says it has no payee of that name. The local classifier
 * knows nothing of "Charlie", and without it "send ... fifty dollars" reads best as an amount said
 * alone. Each run of words that no sample of the model has is tried as each open slot type (a
 * payee's name) and the text classified again: the reading that scores best wins when
 * its intent has that slot where the samples have it, and it beats the words as typed. Dialogflow
 * matches an intent by its training phrases in the same way, and fills the payee with the name
 * because its entity has automated expansion.
 */
import type { Scored } from './classifier/intent-classifier';
import { NONE } from './classifier/intent-classifier';
import type { PlatformModel } from './platforms/platform-model';
import { runFit } from './unknown-values';
import { tokensAt, type FoundValue } from './values/found-value';
import { onlyFunctionWords } from './values/function-words';

/**
 * The custom types whose values are names from the customer's own world, never a closed list:
 * the payee's, on Alexa and on Dialogflow. (Merchants too, but "when did Camus die" then reads as
 * a question about a merchant; out-of-scope rejection fell five points on CLINC's train split.)
 */
const OPEN_TYPES = ['PAYEE', '@Payee'] as const;

/** At most this many unknown words are one name ("Charlie Brown Junior"). */
const MOST_WORDS = 3;

/** A reading of the text: its values, and the classifier's best class for it. */
export interface Reading {
  readonly found: readonly FoundValue[];
  readonly top: Scored | undefined;
  /** The unknown words taken as an open slot, if this reading took any. */
  readonly opened?: FoundValue;
}

const knownWords = new WeakMap<PlatformModel, ReadonlySet<string>>();

/** Every word the model's samples use, read once per model. */
function known(model: PlatformModel): ReadonlySet<string> {
  let words = knownWords.get(model);
  if (!words) {
    words = new Set(model.intents.flatMap((i) => i.samples.flatMap((s) => tokensAt(s.toLowerCase()).map((t) => t.text))));
    knownWords.set(model, words);
  }
  return words;
}

/** The runs of words (up to MOST_WORDS) that no value covers and no sample uses. */
function unknownRuns(text: string, found: readonly FoundValue[], words: ReadonlySet<string>): { start: number; end: number }[] {
  const covered = (at: number) => found.some((f) => f.start <= at && at < f.end);
  const runs: { start: number; end: number }[] = [];
  let run: { start: number; end: number; count: number } | undefined;
  for (const token of tokensAt(text)) {
    const unknown = !covered(token.start) && !words.has(token.text.toLowerCase()) && !/^\d/.test(token.text);
    if (unknown && run && run.count < MOST_WORDS) {
      run.end = token.end;
      run.count += 1;
      continue;
    }
    if (run) runs.push({ start: run.start, end: run.end });
    run = unknown ? { start: token.start, end: token.end, count: 1 } : undefined;
  }
  if (run) runs.push({ start: run.start, end: run.end });
  // "Beim" before a category names nobody: small words alone are no open slot's value.
  return runs.filter((r) => !onlyFunctionWords(tokensAt(text.slice(r.start, r.end)).map((t) => t.text)));
}

/**
 * The best reading of a text with one run of unknown words taken as an open slot, or the reading
 * as typed when none beats it. `classify` scores a list of values for the text.
 */
export function withOpenSlots(model: PlatformModel, text: string, asTyped: Reading, classify: (found: readonly FoundValue[]) => Scored | undefined): Reading {
  const types = OPEN_TYPES.filter((t) => model.customTypes[t]);
  if (types.length === 0) return asTyped;
  let best = asTyped;
  for (const run of unknownRuns(text, asTyped.found, known(model))) {
    for (const type of types) {
      // Words next to a name already found ("Frau" of "Frau Müller") belong to it, not a second name.
      if (asTyped.found.some((f) => f.type === type && (/^\s*$/.test(text.slice(run.end, f.start)) || /^\s*$/.test(text.slice(f.end, run.start))))) continue;
      const value: FoundValue = { type, start: run.start, end: run.end, text: text.slice(run.start, run.end) };
      const found = [...asTyped.found, value].sort((a, b) => a.start - b.start);
      const top = classify(found);
      if (!top || top.intent === NONE || top.score <= (best.top?.score ?? 0)) continue;
      const intent = model.intents.find((i) => i.name === top.intent);
      // The run must stand where a sample of the intent has such a slot: "send Charlie fifty", "to
      // Charlie" at the end, but not "when did Camus die".
      if (intent && Object.values(intent.slots).includes(type) && runFit(intent, text, asTyped.found, run, type) >= 1) best = { found, top, opened: value };
    }
  }
  return best;
}
