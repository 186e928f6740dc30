/**
 * Local understanding: typed text -> intent and slots, trained from the interaction model's
 * single source (INTENT_MODELS and SLOT_TYPES) with NLP.js, so every intent the model holds is
 * understood without code of its own. Low confidence -> the fallback intent, as on the platforms.
 */
import { containerBootstrap } from '@nlpjs/core';
import { LangDe } from '@nlpjs/lang-de';
import { LangEn } from '@nlpjs/lang-en-min';
import { NluNeural } from '@nlpjs/nlu';
import type { IntentName } from '../../fulfillment/pipeline/intent-catalog';
import { isIntentName } from '../../fulfillment/pipeline/intent-catalog';
import { LOCALES, type Locale } from '../../fulfillment/kit/locale';
import { INTENT_MODELS } from '../../models/source/intents';
import { sampleValue, slotTypeOf } from '../../models/source/slot-types';
import { BUILTIN_UTTERANCES, OUT_OF_SCOPE } from './builtin-utterances';
import { findValues, placeholder, type FoundValue, type SlotTypes } from './entities';

/** What the text meant. */
export interface Understanding {
  readonly intent: IntentName;
  /** The classifier's confidence, 0..1. */
  readonly score: number;
  /** Slot name -> value found in the text, for the intent's slots only. */
  readonly slots: Readonly<Record<string, FoundValue>>;
}

/**
 * Below this confidence the text is not understood and goes to the fallback intent. Chosen on
 * CLINC150's train split (`npm run nlu:eval -- --split train`), where it balances intent accuracy
 * against out-of-scope rejection; the val split is the figure reported.
 */
export const FALLBACK_THRESHOLD = 0.5;

type Slots = Readonly<Record<string, string>>;

function slotsOf(intent: IntentName): Slots {
  return (INTENT_MODELS[intent] as { slots: Slots }).slots;
}

/**
 * A training sentence read as typed text is: each {slot} gets a value of its type, then every
 * value found becomes its type's placeholder. So "{amount} dollars" and a typed "50 dollars"
 * both read "slotamount", and words such as "a hundred" in a sample are treated alike too.
 */
function asTyped(intent: string, text: string, slots: Slots, locale: Locale): string {
  const realised = text.replace(/\{(\w+)\}/g, (_m, slot: string) => sampleValue(slotTypeOf(intent, slots, slot, text), locale));
  return withPlaceholders(realised, findValues(realised, locale));
}

function corpus(locale: Locale): { utterance: string; intent: string }[] {
  const rows: { utterance: string; intent: string }[] = [];
  for (const intent of Object.keys(INTENT_MODELS) as IntentName[]) {
    const slots = slotsOf(intent);
    const own = INTENT_MODELS[intent].utterances[locale];
    const builtin = BUILTIN_UTTERANCES[intent]?.[locale] ?? [];
    for (const text of [...own, ...builtin]) rows.push({ utterance: asTyped(intent, text, slots, locale), intent });
  }
  for (const text of OUT_OF_SCOPE[locale]) rows.push({ utterance: asTyped('None', text, {}, locale), intent: 'None' });
  return rows;
}

function withPlaceholders(text: string, found: readonly FoundValue[]): string {
  let out = '';
  let at = 0;
  for (const f of found) {
    out += `${text.slice(at, f.start)}${placeholder(f.type)}`;
    at = f.end;
  }
  return out + text.slice(at);
}

function assignSlots(intent: IntentName, found: readonly FoundValue[]): Record<string, FoundValue> {
  const slots: Record<string, FoundValue> = {};
  const left = [...found];
  for (const [slot, type] of Object.entries(slotsOf(intent))) {
    const index = left.findIndex((f) => f.type === type);
    if (index < 0) continue;
    const [value] = left.splice(index, 1);
    if (value) slots[slot] = value;
  }
  return slots;
}

/** A trained understanding for every locale. */
export interface LocalUnderstanding {
  /** Understands text; `types` replaces the model's slot types (a customer's payees). */
  understand(text: string, locale: Locale, types?: SlotTypes): Promise<Understanding>;
}

/** Trains the classifiers (a few hundred milliseconds) and returns the understanding. */
export async function trainUnderstanding(): Promise<LocalUnderstanding> {
  const container = await containerBootstrap();
  container.use(LangEn);
  container.use(LangDe);
  const classifiers = new Map<Locale, NluNeural>();
  for (const locale of LOCALES) {
    const nlu = new NluNeural({ locale: locale.slice(0, 2), container, log: false });
    await nlu.train(corpus(locale));
    classifiers.set(locale, nlu);
  }
  return {
    async understand(text, locale, types) {
      const nlu = classifiers.get(locale);
      const found = findValues(text, locale, types);
      const result = nlu ? await nlu.process(withPlaceholders(text, found)) : { classifications: [] };
      const top = result.classifications[0];
      if (!top || top.score < FALLBACK_THRESHOLD || !isIntentName(top.intent)) return { intent: 'Fallback', score: top?.score ?? 0, slots: {} };
      return { intent: top.intent, score: top.score, slots: assignSlots(top.intent, found) };
    },
  };
}
