/** The shapes of slot types in the interaction model's single source. */
import type { Locale } from '../../fulfillment/kit/locale';

/** Per locale. */
export type PerLocale<T> = { readonly [L in Locale]: T };

/** The same samples for American and British English, written once. */
export const englishAlike = <T>(samples: T): { readonly 'en-US': T; readonly 'en-GB': T } => ({ 'en-US': samples, 'en-GB': samples });

/** A slot type the platform provides (numbers, dates, money). */
export interface BuiltinSlotType {
  readonly kind: 'builtin';
  readonly alexa: string;
  readonly dialogflow: string;
  /** Example values, used to annotate Dialogflow training phrases. */
  readonly samples: PerLocale<readonly string[]>;
  /** The one platform whose model has this type (see CustomSlotType.onlyOn). */
  readonly onlyOn?: ModelPlatform;
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
  /**
   * The skill speaks this type's values back ("at Blue Bottle Coffee"), so Dialogflow's entity
   * reference value, which it sends as the parameter, is the display name (the first synonym),
   * not the id. Types whose ids the core maps to words of its own keep the ids.
   */
  readonly spokenBack?: boolean;
  /**
   * Any value is heard, not only the listed ones (a shop's name in "how much did I spend at
   * Pret"): Dialogflow's automated expansion. Alexa's custom slots hear any value anyway.
   */
  readonly openValues?: boolean;
  /**
   * The one platform whose model has this type; the others' models leave out its slots and every
   * sample that names them. Alexa hears a currency apart from its number, Dialogflow's
   * unit-currency hears both as one amount but not a number said alone.
   */
  readonly onlyOn?: ModelPlatform;
}

/** The platforms a model is built for (Dialogflow CX shares Dialogflow's samples). */
export type ModelPlatform = 'alexa' | 'dialogflow';

/** Either kind of slot type. */
export type SlotType = BuiltinSlotType | CustomSlotType;
