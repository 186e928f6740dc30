/**
 * Words Alexa does not know, in a custom slot. Alexa fills a custom slot with whatever stands
 * where a sample has it ("send fifty dollars to Charlie": PAYEE "Charlie", resolved to no value),
 * and the skill then says it has no payee of that name. The local understanding finds only the
 * values it knows, so for Alexa a run of words that no sample of the intent has stands in for
 * the empty custom slot whose samples put the same words right before it ("send to {payee}",
 * "to my {to}"). Dialogflow fills only an entity with automated expansion (the open types) so.
 */
import type { ModelIntent } from './platforms/platform-model';
import { BUILTIN_SLOT_KINDS } from './platforms/slot-kinds';
import { placeholder, tokensAt, type FoundValue } from './values/found-value';
import { onlyFunctionWords } from './values/function-words';

/** At most this many unknown words are one value ("Charlie Brown Junior"). */
const MOST_WORDS = 3;
/** How many words before a value are compared with the words before the slot in a sample. */
const LEAD = 2;

const words = (text: string) => tokensAt(text.toLowerCase()).map((t) => t.text);

/** An intent's samples as words, and every word they use: read once per trained intent, not per turn. */
interface SampleWords {
  readonly samples: readonly (readonly string[])[];
  readonly known: ReadonlySet<string>;
}
const sampleWords = new WeakMap<ModelIntent, SampleWords>();
function wordsOf(intent: ModelIntent): SampleWords {
  let read = sampleWords.get(intent);
  if (!read) {
    const samples = intent.samples.map(words);
    read = { samples, known: new Set(samples.flat()) };
    sampleWords.set(intent, read);
  }
  return read;
}

/** Stands for the end of the text after a run, as the end of a sample after its slot. */
const END = '$';

/**
 * How many of the words right before a run match those right before the slot in the best sample
 * that also has, right after the slot, what follows the run (`next`: a word, or END).
 */
function fit(leading: readonly string[], next: string, samples: SampleWords['samples'], slotWord: string): number {
  let best = 0;
  for (const said of samples) {
    for (let at = said.indexOf(slotWord); at >= 0; at = said.indexOf(slotWord, at + 1)) {
      if ((said[at + 1] ?? END) !== next) continue;
      let n = 0;
      while (n < LEAD && n < at && n < leading.length && said[at - 1 - n] === leading[leading.length - 1 - n]) n += 1;
      best = Math.max(best, n);
    }
  }
  return best;
}

/** As `fit`, whatever follows the slot in the sample: the run is followed by another value. */
function fitAnyNext(leading: readonly string[], samples: SampleWords['samples'], slotWord: string): number {
  const nexts = new Set(samples.flatMap((said) => said.flatMap((w, at) => (w === slotWord ? [said[at + 1] ?? END] : []))));
  return Math.max(0, ...[...nexts].map((next) => fit(leading, next, samples, slotWord)));
}

/**
 * How many of the (up to two) words before a run of text are said right before a slot of this
 * type in one of the intent's samples, which also has after the slot what follows the run: "to
 * charlie" at the end, but not "to initiate a transfer". A value found after the run (a period,
 * an amount) counts as any word.
 */
export function runFit(intent: ModelIntent, text: string, found: readonly FoundValue[], run: { readonly start: number; readonly end: number }, type: string): number {
  const tokens = tokensAt(text);
  const leading = tokens.filter((t) => t.end <= run.start).slice(-LEAD).map((t) => t.text.toLowerCase());
  const after = tokens.find((t) => t.start >= run.end);
  const covered = after !== undefined && found.some((f) => f.start <= after.start && after.start < f.end);
  const { samples } = wordsOf(intent);
  if (covered) return fitAnyNext(leading, samples, placeholder(type));
  return fit(leading, after ? after.text.toLowerCase() : END, samples, placeholder(type));
}

/** The unknown values for the intent's custom slots nothing filled, by slot name. */
export function unknownCustomValues(
  intent: ModelIntent,
  text: string,
  found: readonly FoundValue[],
  filled: Readonly<Record<string, FoundValue>>,
  open?: ReadonlySet<string>,
): Record<string, FoundValue> {
  const tokens = tokensAt(text);
  const { known } = wordsOf(intent);
  const covered = (at: number) => found.some((f) => f.start <= at && at < f.end);
  const unknownAt = (i: number) => {
    const token = tokens[i];
    return token !== undefined && !covered(token.start) && !known.has(token.text.toLowerCase());
  };
  // Built-in types, slots already filled, and what a correction takes back or "the other" names stay as they are.
  // `open`: the only types that take unknown words (Dialogflow's expanding entities); all custom ones on Alexa.
  const empty = Object.entries(intent.slots).filter(
    ([slot, type]) => !BUILTIN_SLOT_KINDS[type] && !type.startsWith('AMAZON.') && !filled[slot] && !/^(not|other)[A-Z]/.test(slot) && (!open || open.has(type)),
  );
  const out: Record<string, FoundValue> = {};
  for (let i = 0; i < tokens.length; i += 1) {
    if (!unknownAt(i)) continue;
    let last = i;
    while (last - i + 1 < MOST_WORDS && unknownAt(last + 1)) last += 1;
    const [first, end] = [tokens[i], tokens[last]];
    if (!first || !end) break;
    const run = { start: first.start, end: end.end };
    // "Vom" of "vom ersten bis zum fünfzehnten": small words alone name nobody.
    if (onlyFunctionWords(tokens.slice(i, last + 1).map((t) => t.text))) {
      i = last;
      continue;
    }
    const leading = tokens.slice(Math.max(0, i - LEAD), i).map((t) => t.text.toLowerCase());
    // Two slots of one type ("from", "to") share a placeholder: the words said before each in the samples tell them apart.
    const context = (slot: string) => leading.filter((w) => intent.slotContexts[slot]?.includes(w)).length;
    const scored = empty
      .filter(([slot]) => !out[slot])
      .map(([slot, type]) => ({ slot, type, score: runFit(intent, text, found, run, type) * 10 + context(slot) }))
      .filter((c) => c.score >= 10);
    const best = scored.reduce<(typeof scored)[number] | undefined>((a, b) => (b.score > (a?.score ?? 0) ? b : a), undefined);
    if (best) out[best.slot] = { type: best.type, ...run, text: text.slice(run.start, run.end) };
    i = last;
  }
  return out;
}
