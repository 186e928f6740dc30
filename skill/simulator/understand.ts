/**
 * Local understanding: typed text -> the intent and slots a platform would send. Each platform's
 * understanding is trained from that platform's generated model only (platforms/), so what the
 * skill does not ship is not understood here either; low confidence goes to the fallback
 * intent, as on the platforms.
 */
import type { Locale } from '../../fulfillment/kit/locale';
import type { Platform } from '../../fulfillment/kit/platform';
import type { IntentName } from '../../fulfillment/pipeline/intent-catalog';
import { NONE, TRAINING, trainIntentClassifier, type IntentClassifier } from './classifier/intent-classifier';
import { stemmerFor } from './classifier/stemmers';
import { readAlexaModel } from './platforms/alexa-model';
import { readDialogflowCxModel } from './platforms/dialogflow-cx-model';
import { readDialogflowModel } from './platforms/dialogflow-model';
import type { PlatformModel } from './platforms/platform-model';
import { fillSlots } from './slot-filling';
import { unknownCustomValues } from './unknown-values';
import { withOpenSlots } from './open-slots';
import { withoutHesitations } from './hesitations';
import { germanSpelling } from './german-spelling';
import { thresholdFor } from './thresholds';
import { CACHE_DIR, trainingRows } from './training-texts';
import { placeholder } from './values/found-value';
import type { FoundValue } from './values/found-value';
import { findValues, withPlaceholders, type CustomTypes } from './values/find-values';
import { withTwoKindWords } from './two-kind-words';
import { wordForWord } from './word-for-word';

/** What the text meant, as the platform would send it. */
export interface Understanding {
  /** The core's intent. */
  readonly intent: IntentName;
  /** The intent's name on the platform ("AMAZON.YesIntent", "Default Fallback Intent"). */
  readonly platformIntent: string;
  /** The classifier's confidence, 0..1. */
  readonly score: number;
  /** Slot name -> value found in the text, for the intent's slots only. */
  readonly slots: Readonly<Record<string, FoundValue>>;
  /** Slot name -> its type on the platform, for every slot of the intent. */
  readonly slotTypes: Readonly<Record<string, string>>;
}

/** What a turn adds to the model: the session's own slot values (payees) and the time dates are read against. */
export interface Heard {
  /** Custom slot types replaced for the session (Alexa dynamic entities, Dialogflow session entities). */
  readonly session?: CustomTypes;
  readonly now?: Date;
}

/** One platform's understanding in one locale. */
export interface PlatformUnderstanding {
  understand(text: string, heard?: Heard): Understanding;
}

/** Reads a platform's generated model for a locale. */
export type ModelReader = (locale: Locale) => PlatformModel;

/** The platforms the local understanding hears for: every one but MCP, whose assistant understands for itself. */
export type SimulatedPlatform = Exclude<Platform, 'mcp'>;

/** Each platform's model reader: adding a platform is adding its reader here. */
export const MODEL_READERS: Readonly<Record<SimulatedPlatform, ModelReader>> = {
  alexa: (locale) => readAlexaModel(locale),
  dialogflow: (locale) => readDialogflowModel(locale),
  'dialogflow-cx': (locale) => readDialogflowCxModel(locale),
};

/** Trains the understanding of one platform model. */
export function trainPlatformUnderstanding(platform: SimulatedPlatform, locale: Locale, model: PlatformModel, cacheDir?: string): PlatformUnderstanding {
  const classifier: IntentClassifier = trainIntentClassifier(trainingRows(model, locale, cacheDir), stemmerFor(locale), TRAINING, { dir: cacheDir ?? CACHE_DIR, name: locale });
  const byName = new Map(model.intents.map((i) => [i.name, i]));
  const threshold = thresholdFor(locale);
  const sampleSaid = wordForWord(model);
  const spelling = locale.startsWith('de') ? germanSpelling(model) : undefined;
  // The recognisers load their models on first use (about half a second): pay it now, not on the first turn.
  findValues('1', locale, {});
  return {
    understand(typed, heard = {}) {
      const said = withoutHesitations(typed, locale);
      const text = spelling ? spelling(said, heard.session) : said;
      const types = { ...model.customTypes, ...heard.session };
      const classify = (values: readonly FoundValue[]) => classifier.classify(withPlaceholders(text, values, placeholder))[0];
      const asTyped = findValues(text, locale, types, heard.now);
      // A payee's name never heard before still fits the samples' slot; Alexa fills the slot with it, Dialogflow does not.
      const reading = withTwoKindWords(withOpenSlots(model, text, { found: asTyped, top: classify(asTyped) }, classify), classify, threshold);
      const sample = sampleSaid(text);
      const top = sample === undefined ? reading.top : { intent: sample, score: 1 };
      const found = platform === 'alexa' ? reading.found : asTyped;
      const matched = top && top.intent !== NONE && top.score >= threshold ? byName.get(top.intent) : undefined;
      if (!matched) return { intent: 'Fallback', platformIntent: model.fallback, score: top?.score ?? 0, slots: {}, slotTypes: {} };
      const slots = fillSlots(platform, matched, found, text);
      // Alexa hears words it does not know in a custom slot; Dialogflow only in an entity with automated expansion.
      const unknown = platform === 'alexa' || model.openTypes?.size ? unknownCustomValues(matched, text, found, slots, model.openTypes) : {};
      return { intent: matched.intent, platformIntent: matched.name, score: top?.score ?? 0, slots: { ...slots, ...unknown }, slotTypes: matched.slots };
    },
  };
}

/** The understanding of every platform and locale, each trained the first time it is needed. */
export interface LocalUnderstanding {
  /** Understands text as a platform would in a locale. */
  understand(text: string, platform: SimulatedPlatform, locale: Locale, heard?: Heard): Promise<Understanding>;
  /** Trains the pairs not trained yet (all by default), so that the first turn does not wait. */
  warmUp(pairs?: readonly (readonly [SimulatedPlatform, Locale])[]): Promise<void>;
  /** The pairs trained so far. */
  trained(): readonly string[];
}

/** A local understanding over the platforms' generated models (or the readers given). */
export function localUnderstanding(readers: Readonly<Record<SimulatedPlatform, ModelReader>> = MODEL_READERS): LocalUnderstanding {
  const ready = new Map<string, PlatformUnderstanding>();
  const get = (platform: SimulatedPlatform, locale: Locale) => {
    const key = `${platform} ${locale}`;
    let trained = ready.get(key);
    if (!trained) {
      trained = trainPlatformUnderstanding(platform, locale, readers[platform](locale));
      ready.set(key, trained);
    }
    return trained;
  };
  const everyPair = (Object.keys(readers) as SimulatedPlatform[]).flatMap((p) => (['en-US', 'en-GB', 'de-DE'] as const).map((l) => [p, l] as const));
  return {
    async understand(text, platform, locale, heard) {
      return get(platform, locale).understand(text, heard);
    },
    async warmUp(pairs = everyPair) {
      for (const [platform, locale] of pairs) {
        get(platform, locale);
        // Let a waiting request in between two trainings.
        await new Promise((resolve) => setImmediate(resolve));
      }
    },
    trained: () => [...ready.keys()],
  };
}
