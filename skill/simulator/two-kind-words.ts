/**
 * Words that are a value of two slot types ("letzte": the end of a list read out, and the most
 * recent payment) are placeholdered as the first type found. An Alexa sample names its slot's
 * type itself ("die {position}"), so when the words stand where the other type's slot is, the
 * sentence reads as nothing the model knows. A sentence that would not be understood is tried
 * with each such word as its other type, and the reading the classifier is surest of is kept,
 * with the type it read as first. A sentence understood as it is keeps its reading.
 */
import type { BuiltinKind, FoundValue } from './values/found-value';
import type { Reading } from './open-slots';
import { NONE, type Scored } from './classifier/intent-classifier';

const BUILTIN: ReadonlySet<string> = new Set<BuiltinKind>(['money', 'number', 'digits', 'ordinal', 'date']);
const isBuiltin = (type: string) => BUILTIN.has(type);

/** The reading with the best score over the words that are two kinds of value, each read as its other kind. */
export function withTwoKindWords(reading: Reading, classify: (found: readonly FoundValue[]) => Scored | undefined, threshold: number): Reading {
  if (reading.top && reading.top.intent !== NONE && reading.top.score >= threshold) return reading;
  let best = reading;
  reading.found.forEach((value, index) => {
    for (const other of value.alternatives ?? []) {
      // Only words of the model's own types: a number and a PIN keep the recognisers' order.
      if (other.start !== value.start || other.end !== value.end || other.type === value.type || isBuiltin(other.type)) continue;
      const { alternatives: _omitted, ...plain } = value;
      const swapped: FoundValue = { ...other, alternatives: [plain, ...(value.alternatives ?? []).filter((a) => a !== other)] };
      const found = reading.found.map((f, i) => (i === index ? swapped : f));
      const top = classify(found);
      if (top && top.intent !== NONE && top.score > (best.top?.score ?? 0)) best = { ...reading, found, top };
    }
  });
  return best;
}
