/** The shape of an intent in the interaction model's single source, from which every platform's model is built. */
import type { IntentName, SlotName } from '../../fulfillment/pipeline/intent-catalog';
import type { SLOT_TYPES } from './slot-types';
import type { PerLocale } from './types';

/** The name of a slot type in SLOT_TYPES. */
export type SlotTypeName = keyof typeof SLOT_TYPES;

/**
 * One intent: its slots' types and its sample utterances per locale. Utterances refer to
 * slots as `{name}`. Built-in intents may list none (the platform supplies them) or add more.
 */
export interface IntentModel<I extends IntentName> {
  readonly slots: { readonly [S in SlotName<I>]: SlotTypeName };
  readonly utterances: PerLocale<readonly string[]>;
}

/** Every intent's model; a missing one does not compile. */
export type IntentModels = { readonly [I in IntentName]: IntentModel<I> };
