/**
 * Samples an intent gets for a slot it has: what is said in the same breath as its own samples
 * ("be discreet, ...", "cancel that and ..."). Only intents with that slot get them, and a sample
 * the intent has already is never added twice.
 */
import type { IntentName } from '../../fulfillment/pipeline/intent-catalog';
import type { Locale } from '../../fulfillment/kit/locale';
import type { IntentModels } from './intent-model';

const LOCALES: readonly Locale[] = ['en-US', 'en-GB', 'de-DE'];

/** The intents' samples with those `added` makes of each intent's own, where the intent has the slot. */
export function withSamplesFor(models: IntentModels, slot: string, added: (own: readonly string[], locale: Locale) => readonly string[]): IntentModels {
  const out: Record<string, unknown> = {};
  for (const intent of Object.keys(models) as IntentName[]) {
    const model = models[intent];
    if (!(slot in model.slots)) {
      out[intent] = model;
      continue;
    }
    const utterances: Record<string, readonly string[]> = {};
    for (const locale of LOCALES) {
      const own = model.utterances[locale];
      utterances[locale] = [...own, ...added(own, locale).filter((s) => !own.includes(s))];
    }
    out[intent] = { ...model, utterances };
  }
  return out as IntentModels;
}
