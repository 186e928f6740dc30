/** The Alexa interaction model (models/alexa) and Amazon's own built-in intents, as a PlatformModel. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../../../fulfillment/kit/locale';
import { ALEXA_INTENTS } from '../../alexa/intent-names.generated';
import { placeholder } from '../values/found-value';
import { AMAZON_BUILTIN_SAMPLES } from './amazon-builtins';
import { addContext, contextTally, tallied, type ModelIntent, type PlatformModel } from './platform-model';

/** The interaction model's parts the understanding reads. */
interface AlexaLanguageModel {
  readonly invocationName?: string;
  readonly intents: readonly { readonly name: string; readonly slots?: readonly { readonly name: string; readonly type: string }[]; readonly samples?: readonly string[] }[];
  readonly types?: readonly { readonly name: string; readonly values: readonly { readonly id?: string; readonly name: { readonly value: string; readonly synonyms?: readonly string[] } }[] }[];
}

/** Where `npm run models:build` writes the Alexa skill package. */
export const ALEXA_MODELS_DIR = path.resolve(__dirname, '../../../models/alexa');

/** What a built-in slot type's sample value is said as, per language, when a sample is spelled out. */
const BUILTIN_SAMPLE: Readonly<Record<string, Readonly<Record<'en' | 'de', string>>>> = {
  'AMAZON.NUMBER': { en: '50', de: '50' },
  'AMAZON.FOUR_DIGIT_NUMBER': { en: '1234', de: '1234' },
  'AMAZON.Ordinal': { en: 'second', de: 'zweite' },
  'AMAZON.DATE': { en: 'last month', de: 'letzten Monat' },
};

const FALLBACK = 'AMAZON.FallbackIntent';

/**
 * Alexa opens a skill, outside its model, when its invocation name follows a launch word; the
 * skill then gets a LaunchRequest. These stand for that request among the model's intents.
 */
const LAUNCH_WORDS: Readonly<Record<'en' | 'de', readonly string[]>> = { en: ['open', 'start', 'launch', 'begin'], de: ['öffne', 'starte', 'beginne mit'] };

/** Reads one locale's interaction model from a skill package folder. */
export function readAlexaModel(locale: Locale, dir: string = ALEXA_MODELS_DIR): PlatformModel {
  const file = path.join(dir, 'interactionModels', 'custom', `${locale}.json`);
  const model = (JSON.parse(readFileSync(file, 'utf8')) as { interactionModel: { languageModel: AlexaLanguageModel } }).interactionModel.languageModel;
  return alexaPlatformModel(model, locale);
}

/** A language model as a PlatformModel: samples spelled out with a sample value per slot, Amazon's built-in samples added. */
export function alexaPlatformModel(model: AlexaLanguageModel, locale: Locale): PlatformModel {
  const language = locale.startsWith('de') ? 'de' : 'en';
  const customTypes = Object.fromEntries(
    (model.types ?? []).map((t) => [t.name, t.values.map((v) => ({ id: v.id ?? v.name.value, synonyms: [v.name.value, ...(v.name.synonyms ?? [])] }))]),
  );
  // A custom slot becomes its placeholder at once (its sample value might also be another type's word);
  // a built-in one is said, so that the recognisers read it as they read typed text.
  const sampleOf = (type: string) => BUILTIN_SAMPLE[type]?.[language] ?? placeholder(type);
  const intents: ModelIntent[] = [];
  let outOfScope: string[] = [];
  for (const declared of model.intents) {
    const slots = Object.fromEntries((declared.slots ?? []).map((s) => [s.name, s.type]));
    const said = (declared.samples ?? []).map((sample) => sample.replace(/\{(\w+)\}/g, (_m, slot: string) => sampleOf(slots[slot] ?? '')));
    const contexts = contextTally();
    for (const sample of declared.samples ?? []) {
      for (const m of sample.matchAll(/\{(\w+)\}/g)) {
        const previous = sample.lastIndexOf('}', m.index);
        addContext(contexts, m[1] ?? '', sample.slice(previous + 1, m.index), previous >= 0);
      }
    }
    if (declared.name === FALLBACK) {
      outOfScope = said;
      continue;
    }
    const intent = ALEXA_INTENTS.get(declared.name);
    if (!intent) continue;
    const builtin = AMAZON_BUILTIN_SAMPLES[declared.name]?.[language] ?? [];
    const literal = [...(declared.samples ?? []).filter((s) => !s.includes('{')), ...builtin];
    intents.push({ name: declared.name, intent, slots, samples: [...said, ...builtin], literal, ...tallied(contexts) });
  }
  if (model.invocationName) {
    const invocation = model.invocationName;
    const samples = LAUNCH_WORDS[language].map((w) => `${w} ${invocation}`);
    intents.push({ name: 'LaunchRequest', intent: 'Launch', slots: {}, samples, literal: samples, slotContexts: {}, slotLastWords: {} });
  }
  return { intents, outOfScope, customTypes, fallback: FALLBACK };
}
