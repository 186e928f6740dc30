/**
 * What a platform's generated model teaches, in the one shape the local understanding trains on.
 * Each platform builds it from its own export (models/alexa, models/dialogflow), so a phrasing the
 * skill does not ship is not understood locally either. A new platform adds one reader.
 */
import type { IntentName } from '../../../fulfillment/pipeline/intent-catalog';
import type { CustomTypes } from '../values/find-values';

/** One intent of the platform: its name there, the core intent it is, its slots' types, and its samples as said. */
export interface ModelIntent {
  readonly name: string;
  readonly intent: IntentName;
  /** Slot name -> the platform's type name ("AMAZON.NUMBER", "@sys.unit-currency", "ACCOUNT_TYPE", "@AccountType"). */
  readonly slots: Readonly<Record<string, string>>;
  /** Sample sentences, built-in slots said with a sample value, custom ones as their placeholder ("send 50 dollars to slotpayee"). */
  readonly samples: readonly string[];
  /** The samples with no slot in them, as written: said word for word, they are this intent. */
  readonly literal: readonly string[];
  /**
   * Per slot, the words said just before it in the samples ("from", "my", or the start of the
   * sentence): which of two same-typed slots a value fills.
   */
  readonly slotContexts: Readonly<Record<string, readonly string[]>>;
  /**
   * Per slot, how many samples say each word right before it (past "my" or "the", see leadWord):
   * where both slots of a type are said after the same words ("put 50 in savings" has samples
   * "in {to}" and "in my {from}"), the slot that word leads into more often.
   */
  readonly slotLastWords: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** Stands for the start of a sentence among the words before a slot: "fifty" said alone. */
const START = '^';

/** A text's words, lower case. */
const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** The (up to) two words before a position in a text, lower case; START at the start of the text. */
export function wordsBefore(text: string): string[] {
  const words = wordsOf(text).slice(-2);
  return words.length > 0 ? words : [START];
}

/** The words said before each slot while samples are read, and how often each was the last of them. */
export interface ContextTally {
  readonly words: Record<string, Set<string>>;
  readonly last: Record<string, Record<string, number>>;
}

/** An empty tally. */
export const contextTally = (): ContextTally => ({ words: {}, last: {} });

/**
 * Adds the words before a slot to its context. `afterSlot`: `before` is what follows another
 * slot, whose words are no context ("top up my {to} from {from}" says only "from" before `from`);
 * with none in between, the slot's context gains nothing.
 */
export function addContext(tally: ContextTally, slot: string, before: string, afterSlot = false): void {
  const set = (tally.words[slot] ??= new Set());
  if (afterSlot && !/[\p{L}\p{N}]/u.test(before)) return;
  for (const w of wordsBefore(before)) set.add(w);
  const last = leadWord(before);
  const counts = (tally.last[slot] ??= {});
  counts[last] = (counts[last] ?? 0) + 1;
}

/** Words that only point at what follows ("my", "the", "meinem"): no sign of which slot it is. */
const POINTING = new Set(['my', 'me', 'the', 'our', 'your', 'a', 'an', 'mein', 'meine', 'meinem', 'meinen', 'meiner', 'das', 'dem', 'den', 'der', 'die', 'unser', 'unserem']);

/** The last word before a position that says more than "my" or "the" ("in" of "in my"); START where there is none. */
export function leadWord(text: string): string {
  return wordsOf(text).reverse().find((w) => !POINTING.has(w)) ?? START;
}

/** A sample as annotated parts: its text, and the slot a part fills. */
export type AnnotatedSample = readonly { readonly text: string; readonly slot?: string | undefined }[];

/** The words said before each slot across annotated samples (Dialogflow's training phrases). */
export function annotatedContexts(samples: readonly AnnotatedSample[]): Pick<ModelIntent, 'slotContexts' | 'slotLastWords'> {
  const tally = contextTally();
  for (const sample of samples) {
    let before = '';
    let afterSlot = false;
    for (const part of sample) {
      if (part.slot) addContext(tally, part.slot, before, afterSlot);
      before = part.slot ? '' : before + part.text;
      afterSlot ||= Boolean(part.slot);
    }
  }
  return tallied(tally);
}

/** A tally as the intent's plain lists and counts. */
export function tallied(tally: ContextTally): Pick<ModelIntent, 'slotContexts' | 'slotLastWords'> {
  return { slotContexts: Object.fromEntries(Object.entries(tally.words).map(([slot, words]) => [slot, [...words]])), slotLastWords: tally.last };
}

/** A platform's model in one locale. */
export interface PlatformModel {
  readonly intents: readonly ModelIntent[];
  /** Out-of-scope sentences: the fallback intent's samples (Alexa) or negative examples (Dialogflow). */
  readonly outOfScope: readonly string[];
  /** The model's custom slot types by their platform name, with what the platform sends for each value. */
  readonly customTypes: CustomTypes;
  /** The platform's name for the intent text falls to when nothing fits. */
  readonly fallback: string;
  /**
   * The custom types that take any words, not only their values: Dialogflow's entities with
   * automated expansion. Undefined on Alexa, whose custom slots all do.
   */
  readonly openTypes?: ReadonlySet<string>;
}
