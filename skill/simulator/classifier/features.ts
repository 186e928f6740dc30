/**
 * Text -> sparse TF-IDF vector: stemmed words (marked where a negation reaches them), stemmed word
 * pairs (with start and end marks) and character 2- to 4-grams inside each word. The word groups tell "lock my" from "unlock my"; the
 * character groups carry typos, inflections and German compounds ("kreditkartenrechnung").
 * Each group is L2-normalised on its own, so neither drowns the other.
 */
import type { Stem } from './stemmers';
import { isPlaceholder, tokens } from './tokens';

/** A sparse vector: feature indices and their values. */
export interface SparseVector {
  readonly indices: Int32Array;
  readonly values: Float32Array;
}

/**
 * Character gram lengths: 2 to 4 letters raised cross-validated accuracy and out-of-scope
 * rejection over 3 to 5 (docs/understanding.md, 2026-12-07).
 */
const CHAR_GRAM_SIZES = [2, 3, 4] as const;

/**
 * Words that negate the few words after them, as tokens() spells them ("wasn't" is "wasnt"). "No"
 * is not among them: said first it is an answer ("no, that's fine"), not a negation. Nor is
 * "never": "never mind, do it tomorrow" asks for something.
 */
const NEGATORS: ReadonlySet<string> = new Set([
  'not', 'dont', 'didnt', 'doesnt', 'wasnt', 'isnt', 'arent', 'werent', 'cant', 'couldnt', 'wouldnt', 'shouldnt', 'havent', 'hasnt', 'hadnt', 'wont', 'aint',
  'nicht', 'kein', 'keine', 'keinen', 'keiner', 'keinem', 'keines',
]);

/** How many words after a negator it reaches. */
const NEGATION_REACH = 3;

/**
 * The stems with those a negation reaches marked ("~mistak" in "that wasn't a mistake"), so that
 * a denial is not read as what it denies: "that was a mistake" and "that wasn't a mistake" share
 * every other word. The marked words replace the plain ones (and their pairs), so a plain word
 * keeps what it means unnegated. Chosen over adding the marked words beside the plain ones,
 * which left "mistake" split between the two intents (docs/understanding.md).
 */
function negated(said: readonly string[], stems: readonly string[]): string[] {
  let reach = 0;
  return stems.map((s, i) => {
    // A value stays a value: "not {amount}" is told by its "not".
    const marked = reach > 0 && !isPlaceholder(s) ? `~${s}` : s;
    reach = NEGATORS.has(said[i] ?? '') ? NEGATION_REACH : Math.max(0, reach - 1);
    return marked;
  });
}

/** The feature names of a text, by group. Placeholders are words but get no character grams. */
export function featureNames(text: string, stem: Stem): { words: string[]; chars: string[] } {
  const said = tokens(text);
  const stems = said.map((t) => (isPlaceholder(t) ? t : stem(t)));
  const marked = ['<s>', ...negated(said, stems), '</s>'];
  const words = marked.slice(1, -1).map((s) => `w:${s}`);
  for (let i = 0; i + 1 < marked.length; i += 1) words.push(`b:${marked[i]}_${marked[i + 1]}`);
  const chars: string[] = [];
  for (const token of said) {
    if (isPlaceholder(token)) continue;
    const padded = `<${token}>`;
    for (const n of CHAR_GRAM_SIZES) for (let i = 0; i + n <= padded.length; i += 1) chars.push(`c:${padded.slice(i, i + n)}`);
  }
  return { words, chars };
}

/** Learns the feature index and inverse document frequencies from training texts, then vectorises any text. */
export class Vectorizer {
  private readonly index = new Map<string, number>();
  private idf = new Float32Array(0);

  constructor(private readonly stem: Stem) {}

  /** How many features the training texts had. */
  get size(): number {
    return this.index.size;
  }

  /** What fit() learned, to be kept on disk: the feature names in index order and their idf. */
  state(): { readonly features: readonly string[]; readonly idf: Float32Array } {
    return { features: [...this.index.keys()], idf: this.idf };
  }

  /** A vectoriser with what fit() learned earlier, as state() gave it. */
  static restored(stem: Stem, state: { readonly features: readonly string[]; readonly idf: Float32Array }): Vectorizer {
    const vectorizer = new Vectorizer(stem);
    for (const name of state.features) vectorizer.index.set(name, vectorizer.index.size);
    vectorizer.idf = Float32Array.from(state.idf);
    return vectorizer;
  }

  /** Learns the features of the training texts (smoothed idf). */
  fit(texts: readonly string[]): void {
    const documents = new Map<string, number>();
    for (const text of texts) {
      const { words, chars } = featureNames(text, this.stem);
      for (const name of new Set([...words, ...chars])) documents.set(name, (documents.get(name) ?? 0) + 1);
    }
    for (const name of documents.keys()) this.index.set(name, this.index.size);
    this.idf = new Float32Array(this.index.size);
    for (const [name, i] of this.index) this.idf[i] = Math.log((1 + texts.length) / (1 + (documents.get(name) ?? 0))) + 1;
  }

  /** The text's vector: (1 + log tf) * idf per known feature, each group L2-normalised. */
  transform(text: string): SparseVector {
    const { words, chars } = featureNames(text, this.stem);
    const out = new Map<number, number>();
    for (const group of [words, chars]) {
      const counts = new Map<number, number>();
      for (const name of group) {
        const i = this.index.get(name);
        if (i !== undefined) counts.set(i, (counts.get(i) ?? 0) + 1);
      }
      const weighted = [...counts].map(([i, count]) => [i, (1 + Math.log(count)) * (this.idf[i] ?? 1)] as const);
      const norm = Math.sqrt(weighted.reduce((sum, [, v]) => sum + v * v, 0)) || 1;
      for (const [i, v] of weighted) out.set(i, (out.get(i) ?? 0) + v / norm);
    }
    return { indices: Int32Array.from(out.keys()), values: Float32Array.from(out.values()) };
  }
}
