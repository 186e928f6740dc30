/** The shape of the interaction model's single source, from which both platforms' models are built. */
import type { IntentName, SlotName } from '../../fulfillment/pipeline/intent-catalog';
import type { Locale } from '../../fulfillment/kit/locale';
import type { SLOT_TYPES } from './slot-types';

/** Per locale. */
export type PerLocale<T> = { readonly [L in Locale]: T };

/** A slot type the platform provides (numbers, dates, money). */
export interface BuiltinSlotType {
  readonly kind: 'builtin';
  readonly alexa: string;
  readonly dialogflow: string;
  /** Example values, used to annotate Dialogflow training phrases. */
  readonly samples: PerLocale<readonly string[]>;
}

/** A slot type with the skill's own values and synonyms. */
export interface CustomSlotType {
  readonly kind: 'custom';
  readonly alexa: string;
  /** The Dialogflow entity name, without the @. */
  readonly dialogflow: string;
  readonly values: PerLocale<readonly { readonly id: string; readonly synonyms: readonly string[] }[]>;
  /**
   * Values that differ per customer (payees): the static values are placeholders, replaced per
   * session by Alexa dynamic entities and Dialogflow session entity types.
   */
  readonly dynamic?: boolean;
}

/** Either kind of slot type. */
export type SlotType = BuiltinSlotType | CustomSlotType;

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
