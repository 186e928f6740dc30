/**
 * The one thing the runtime needs from the model: which platform intent name is which of the
 * core's intents. Written as a small TypeScript module into each platform unit, so the running
 * skill reads a generated table rather than the model's source.
 */
import { ALEXA_INTENTS, DIALOGFLOW_CX_INTENTS, DIALOGFLOW_INTENTS } from '../source/platform-names';

const PLATFORMS = {
  alexa: { constant: 'ALEXA_INTENTS', title: 'Alexa', names: ALEXA_INTENTS },
  dialogflow: { constant: 'DIALOGFLOW_INTENTS', title: 'Dialogflow', names: DIALOGFLOW_INTENTS },
  'dialogflow-cx': { constant: 'DIALOGFLOW_CX_INTENTS', title: 'Dialogflow CX', names: DIALOGFLOW_CX_INTENTS },
} as const;

/** The platforms with a generated table, by their folder under skill/. */
export type NamedPlatform = keyof typeof PLATFORMS;

/** The generated module of one platform, as text. */
export function intentNamesModule(platform: NamedPlatform): string {
  const { constant, title, names } = PLATFORMS[platform];
  const rows = [...names].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, intent]) => `  [${JSON.stringify(name)}, '${intent}'],`);
  return [
    '// Written by `npm run models:build` from models/source/platform-names.ts: do not edit.',
    "import type { IntentName } from '../../fulfillment/pipeline/intent-catalog';",
    '',
    `/** ${title} intent name -> the core's intent. */`,
    `export const ${constant}: ReadonlyMap<string, IntentName> = new Map<string, IntentName>([`,
    ...rows,
    ']);',
    '',
  ].join('\n');
}

/** Where each module is written, relative to models/. */
export const INTENT_NAME_FILES: Readonly<Record<NamedPlatform, string>> = {
  alexa: '../skill/alexa/intent-names.generated.ts',
  dialogflow: '../skill/dialogflow/intent-names.generated.ts',
  'dialogflow-cx': '../skill/dialogflow-cx/intent-names.generated.ts',
};
