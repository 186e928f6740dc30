/** Compiles the model source into a Dialogflow ES agent export: agent.json, intents/ and entities/. */
import type { IntentName } from '../../fulfillment/pipeline/intent-catalog';
import { LOCALES, type Locale } from '../../fulfillment/kit/locale';
import { PLATFORM_NAMES } from '../source/platform-names';
import { platformSlots } from '../source/platform-view';
import { SLOT_TYPES } from '../source/slot-types';
import type { SlotType } from '../source/types';
import { DIALOGFLOW_LANGUAGES } from './names';
import { stableId } from './stable-id';
import { dialogflowPhrases } from './dialogflow-parts';

/** A file of the export: its path inside the agent folder and its JSON. */
export interface AgentFile {
  readonly path: string;
  readonly json: unknown;
}

const entityOf = (type: SlotType) => `@${type.dialogflow}`;
const languages = LOCALES.map((l) => DIALOGFLOW_LANGUAGES[l]);

function intentFile(intent: IntentName, name: string): unknown {
  const slots = platformSlots(intent, 'dialogflow');
  return {
    id: stableId(`intent:${name}`),
    name,
    auto: true,
    contexts: [],
    responses: [{
      resetContexts: false,
      affectedContexts: [],
      parameters: Object.entries(slots).map(([slot, type]) => ({
        id: stableId(`parameter:${name}:${slot}`),
        required: false,
        dataType: entityOf(SLOT_TYPES[type]),
        name: slot,
        value: `$${slot}`,
        isList: false,
      })),
      messages: [{ type: 0, lang: 'en', speech: [] }],
      defaultResponsePlatforms: {},
      speech: [],
    }],
    priority: 500000,
    webhookUsed: true,
    webhookForSlotFilling: false,
    fallbackIntent: intent === 'Fallback',
    events: intent === 'Launch' ? [{ name: 'WELCOME' }] : [],
  };
}

function userSays(intent: IntentName, name: string, locale: Locale): unknown[] {
  return dialogflowPhrases(intent, locale).map(({ utterance, parts }) => ({
    id: stableId(`usersays:${name}:${locale}:${utterance}`),
    data: parts.map((part) =>
      'slot' in part ? { text: part.text, alias: part.slot, meta: entityOf(part.type), userDefined: true } : { text: part.text, userDefined: false },
    ),
    isTemplate: false,
    count: 0,
    updated: 0,
  }));
}

/** Every file of the agent export, in a stable order. */
export function dialogflowAgent(): AgentFile[] {
  const files: AgentFile[] = [
    { path: 'package.json', json: { version: '1.0.0' } },
    {
      path: 'agent.json',
      json: {
        description: 'Voice banking: balances, spending, card safety and transfers.',
        language: languages[0],
        supportedLanguages: languages.slice(1),
        defaultTimezone: 'Europe/London',
        webhook: { url: 'https://example.invalid/dialogflow', available: true, useForDomains: false },
        isPrivate: true,
        customClassifierMode: 'use.after',
        mlMinConfidence: 0.3,
        enableOnePlatformApi: false,
      },
    },
  ];
  for (const [intent, names] of Object.entries(PLATFORM_NAMES) as [IntentName, (typeof PLATFORM_NAMES)[IntentName]][]) {
    files.push({ path: `intents/${names.dialogflow}.json`, json: intentFile(intent, names.dialogflow) });
    for (const locale of LOCALES) {
      const says = userSays(intent, names.dialogflow, locale);
      if (says.length > 0) files.push({ path: `intents/${names.dialogflow}_usersays_${DIALOGFLOW_LANGUAGES[locale]}.json`, json: says });
    }
  }
  for (const type of Object.values(SLOT_TYPES) as SlotType[]) {
    if (type.kind !== 'custom' || (type.onlyOn && type.onlyOn !== 'dialogflow')) continue;
    files.push({
      path: `entities/${type.dialogflow}.json`,
      json: { id: stableId(`entity:${type.dialogflow}`), name: type.dialogflow, isOverridable: true, isEnum: false, isRegexp: false, automatedExpansion: Boolean(type.openValues || type.dynamic), allowFuzzyExtraction: Boolean(type.dynamic) },
    });
    for (const locale of LOCALES) {
      files.push({
        path: `entities/${type.dialogflow}_entries_${DIALOGFLOW_LANGUAGES[locale]}.json`,
        json: type.values[locale].map((v) => ({ value: type.spokenBack ? (v.synonyms[0] ?? v.id) : v.id, synonyms: [...v.synonyms] })),
      });
    }
  }
  return files;
}
