/**
 * Compiles the model source into a Dialogflow CX agent in the JSON package format that the CX
 * console's "Restore" takes as a zip: agent.json, one flow without pages (every intent route and
 * the no-match and no-input events go to the webhook with a tag, and the core owns the dialog),
 * the intents with their training phrases per language, the entity types, and the webhook.
 * Files refer to each other by display name; `name` fields are ids derived from the display
 * names, so every build writes the same bytes.
 *
 * Payees: a CX webhook cannot set session entities, so the Payee entity type is the source's
 * placeholder names with auto-expansion and fuzzy extraction: CX hears names it was not given,
 * and the core matches them against the customer's payees (fuzzy and phonetic).
 */
import type { IntentName } from '../../fulfillment/pipeline/intent-catalog';
import { LOCALES, type Locale } from '../../fulfillment/kit/locale';
import { INTENT_MODELS } from '../source/intents';
import { DIALOGFLOW_CX_EVENTS, dialogflowCxName } from '../source/platform-names';
import type { SlotTypeName } from '../source/intent-model';
import { platformSlots } from '../source/platform-view';
import { SLOT_TYPES } from '../source/slot-types';
import type { SlotType } from '../source/types';
import type { AgentFile } from './dialogflow';
import { DIALOGFLOW_LANGUAGES } from './names';
import { stableId } from './stable-id';
import { dialogflowPhrases } from './dialogflow-parts';

/** The display names the files refer to each other by. */
export const CX_NAMES = { agent: 'Voice Banking', flow: 'Default Start Flow', webhook: 'voice-banking', welcome: 'Default Welcome Intent', negative: 'Default Negative Intent' } as const;

/** Every CX agent has these, with these fixed ids. */
const FIXED_IDS: Readonly<Record<string, string>> = {
  [`flow:${CX_NAMES.flow}`]: '00000000-0000-0000-0000-000000000000',
  [`intent:${CX_NAMES.welcome}`]: '00000000-0000-0000-0000-000000000000',
  [`intent:${CX_NAMES.negative}`]: '00000000-0000-0000-0000-000000000001',
};

const id = (kind: string, name: string) => FIXED_IDS[`${kind}:${name}`] ?? stableId(`cx:${kind}:${name}`);
const entityOf = (type: SlotType) => `@${type.dialogflow}`;
const languages = LOCALES.map((l) => DIALOGFLOW_LANGUAGES[l]);

/** The intents CX routes, by their display names. */
function routedIntents(): [IntentName, string][] {
  return (Object.keys(INTENT_MODELS) as IntentName[]).flatMap((intent) => {
    const name = dialogflowCxName(intent);
    return name ? [[intent, name] as [IntentName, string]] : [];
  });
}

function intentFiles(intent: IntentName, name: string): AgentFile[] {
  const slots = platformSlots(intent, 'dialogflow');
  const files: AgentFile[] = [{
    path: `intents/${name}/${name}.json`,
    json: {
      name: id('intent', name),
      displayName: name,
      // Parameters are redacted: what a customer said of their money stays out of Google's logs.
      parameters: Object.entries(slots).map(([slot, type]) => ({ id: slot, entityType: entityOf(SLOT_TYPES[type]), redact: true })),
      priority: 500000,
    },
  }];
  for (const locale of LOCALES) {
    const phrases = trainingPhrases(intent, name, locale);
    if (phrases.length > 0) files.push({ path: `intents/${name}/trainingPhrases/${DIALOGFLOW_LANGUAGES[locale]}.json`, json: { trainingPhrases: phrases } });
  }
  return files;
}

/** The Default Negative Intent: what the skill does not serve (the source's fallback samples), so CX learns to match nothing. */
function negativeIntentFiles(): AgentFile[] {
  const name = CX_NAMES.negative;
  return [
    { path: `intents/${name}/${name}.json`, json: { name: id('intent', name), displayName: name, priority: 500000, isFallback: true } },
    ...LOCALES.flatMap((locale) => {
      const phrases = trainingPhrases('Fallback', name, locale);
      return phrases.length > 0 ? [{ path: `intents/${name}/trainingPhrases/${DIALOGFLOW_LANGUAGES[locale]}.json`, json: { trainingPhrases: phrases } }] : [];
    }),
  ];
}

function trainingPhrases(intent: IntentName, name: string, locale: Locale): object[] {
  const languageCode = DIALOGFLOW_LANGUAGES[locale];
  return dialogflowPhrases(intent, locale).map(({ utterance, parts }) => ({
    id: id('phrase', `${name}:${languageCode}:${utterance}`),
    parts: parts.map((part) => ('slot' in part ? { text: part.text, parameterId: part.slot } : { text: part.text })),
    repeatCount: 1,
    languageCode,
  }));
}

function entityTypeFiles(type: Extract<SlotType, { kind: 'custom' }>): AgentFile[] {
  const name = type.dialogflow;
  const dynamic = Boolean(type.dynamic);
  return [
    {
      path: `entityTypes/${name}/${name}.json`,
      json: {
        name: id('entityType', name),
        displayName: name,
        kind: 'KIND_MAP',
        ...(dynamic ? { autoExpansionMode: 'AUTO_EXPANSION_MODE_DEFAULT', enableFuzzyExtraction: true } : type.openValues ? { autoExpansionMode: 'AUTO_EXPANSION_MODE_DEFAULT' } : {}),
        redact: true,
      },
    },
    ...LOCALES.map((locale) => ({
      path: `entityTypes/${name}/entities/${DIALOGFLOW_LANGUAGES[locale]}.json`,
      // A type the skill speaks back resolves to its display name, as on Dialogflow ES.
      json: { entities: type.values[locale].map((v) => ({ value: type.spokenBack ? (v.synonyms[0] ?? v.id) : v.id, synonyms: [...new Set(v.synonyms)], languageCode: DIALOGFLOW_LANGUAGES[locale] })) },
    })),
  ];
}

const toWebhook = (tag: string) => ({ webhook: CX_NAMES.webhook, tag });

function flowFile(routes: readonly [IntentName, string][]): AgentFile {
  return {
    path: `flows/${CX_NAMES.flow}/${CX_NAMES.flow}.json`,
    json: {
      name: id('flow', CX_NAMES.flow),
      displayName: CX_NAMES.flow,
      description: 'Every intent and the no-match and no-input events go to the voice-banking webhook, tagged; the skill keeps the dialog.',
      transitionRoutes: routes.map(([, name]) => ({ intent: name, triggerFulfillment: toWebhook(name), name: id('route', name) })),
      eventHandlers: Object.keys(DIALOGFLOW_CX_EVENTS).map((event) => ({ event, triggerFulfillment: toWebhook(event), name: id('event', event) })),
      nluSettings: { modelType: 'MODEL_TYPE_ADVANCED', classificationThreshold: 0.3 },
    },
  };
}

/** Every file of the CX agent export, in a stable order. */
export function dialogflowCxAgent(): AgentFile[] {
  const routes = routedIntents();
  const usedTypes = new Set(routes.flatMap(([intent]) => Object.values(platformSlots(intent, 'dialogflow'))));
  return [
    {
      path: 'agent.json',
      json: {
        displayName: CX_NAMES.agent,
        defaultLanguageCode: languages[0],
        supportedLanguageCodes: languages.slice(1),
        timeZone: 'Europe/London',
        description: 'Voice banking: balances, spending, card safety and transfers.',
        startFlow: CX_NAMES.flow,
        enableSpellCorrection: false,
      },
    },
    {
      path: `webhooks/${CX_NAMES.webhook}.json`,
      // The secret is set after restore (console or Secret Manager), never exported.
      json: { name: id('webhook', CX_NAMES.webhook), displayName: CX_NAMES.webhook, timeout: { seconds: 5 }, genericWebService: { uri: 'https://example.invalid/dialogflow-cx' } },
    },
    flowFile(routes),
    ...routes.flatMap(([intent, name]) => intentFiles(intent, name)),
    ...negativeIntentFiles(),
    ...(Object.keys(SLOT_TYPES) as SlotTypeName[])
      .filter((name) => usedTypes.has(name))
      .map((name) => SLOT_TYPES[name] as SlotType)
      .flatMap((type) => (type.kind === 'custom' ? entityTypeFiles(type) : [])),
  ];
}
