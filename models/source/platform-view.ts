/**
 * One platform's view of an intent: the slots and samples its model has. Most are shared; a slot
 * type meant for one platform (`onlyOn`) is left out of the others, with the samples naming it.
 */
import type { IntentName } from '../../fulfillment/pipeline/intent-catalog';
import type { Locale } from '../../fulfillment/kit/locale';
import type { SlotTypeName } from './intent-model';
import { INTENT_MODELS } from './intents';
import { SLOT_TYPES } from './slot-types';
import type { ModelPlatform, SlotType } from './types';

const onPlatform = (name: SlotTypeName, platform: ModelPlatform) => {
  const type: SlotType = SLOT_TYPES[name];
  return type.onlyOn === undefined || type.onlyOn === platform;
};

/** The intent's slots, by name, that the platform's model has. */
export function platformSlots(intent: IntentName, platform: ModelPlatform): Record<string, SlotTypeName> {
  const slots = INTENT_MODELS[intent].slots as Record<string, SlotTypeName>;
  return Object.fromEntries(Object.entries(slots).filter(([, type]) => onPlatform(type, platform)));
}

/** The intent's samples in a locale that the platform's model has: those naming only its slots. */
export function platformUtterances(intent: IntentName, locale: Locale, platform: ModelPlatform): string[] {
  const slots = platformSlots(intent, platform);
  const all = INTENT_MODELS[intent].slots as Record<string, SlotTypeName>;
  const samples = INTENT_MODELS[intent].utterances[locale].filter((u) =>
    [...u.matchAll(/\{(\w+)(?:=[^{}]*)?\}/g)].every(([, slot = '']) => slots[slot] !== undefined || all[slot] === undefined),
  );
  // The word a training phrase shows in a slot ("{latest=last}") is Dialogflow's alone.
  return platform === 'dialogflow' ? samples : samples.map((u) => u.replace(/\{(\w+)=[^{}]*\}/g, '{$1}'));
}
