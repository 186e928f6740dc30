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
  /**
   * Per slot, the words said just before it in the samples ("from", "my", or the start of the
   * sentence): which of two same-typed slots a value fills.
   */
  readonly slotContexts: Readonly<Record<string, readonly string[]>>;
}

/** Stands for the start of a sentence among the words before a slot: "fifty" said alone. */
const START = '^';

/** The (up to) two words before a position in a text, lower case; START at the start of the text. */
export function wordsBefore(text: string): string[] {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(-2);
  return words.length > 0 ? words : [START];
}

/**
 * Adds the words before a slot to its context. `afterSlot`: `before` is what follows another
 * slot, whose words are no context ("top up my {to} from {from}" says only "from" before `from`);
 * with none in between, the slot's context gains nothing.
 */
export function addContext(contexts: Record<string, Set<string>>, slot: string, before: string, afterSlot = false): void {
  const set = (contexts[slot] ??= new Set());
  if (afterSlot && !/[\p{L}\p{N}]/u.test(before)) return;
  for (const w of wordsBefore(before)) set.add(w);
}

/** A sample as annotated parts: its text, and the slot a part fills. */
export type AnnotatedSample = readonly { readonly text: string; readonly slot?: string | undefined }[];

/** The words said before each slot across annotated samples (Dialogflow's training phrases). */
export function annotatedContexts(samples: readonly AnnotatedSample[]): Record<string, string[]> {
  const contexts: Record<string, Set<string>> = {};
  for (const sample of samples) {
    let before = '';
    let afterSlot = false;
    for (const part of sample) {
      if (part.slot) addContext(contexts, part.slot, before, afterSlot);
      before = part.slot ? '' : before + part.text;
      afterSlot ||= Boolean(part.slot);
    }
  }
  return contextLists(contexts);
}

/** Contexts as plain lists. */
export function contextLists(contexts: Record<string, Set<string>>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(contexts).map(([slot, words]) => [slot, [...words]]));
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
