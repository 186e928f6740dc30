/**
 * The whole build: every generated file with its path under models/, as text. The same source
 * always gives the same bytes, so the committed output can be compared with a fresh build.
 */
import { LOCALES } from '../../fulfillment/kit/locale';
import { alexaManifest, alexaModel } from './alexa';
import { dialogflowAgent } from './dialogflow';
import { dialogflowCxAgent } from './dialogflow-cx';
import { INTENT_NAME_FILES, intentNamesModule } from './intent-names';

/** A generated file: its path relative to models/ (the runtime's tables reach into skill/) and its text. */
export interface Generated {
  readonly path: string;
  readonly text: string;
}

const text = (json: unknown) => `${JSON.stringify(json, null, 2)}\n`;

/** Builds every platform file from the source. */
export function buildModels(): Generated[] {
  return [
    { path: 'alexa/skill.json', text: text(alexaManifest()) },
    ...LOCALES.map((locale) => ({ path: `alexa/interactionModels/custom/${locale}.json`, text: text(alexaModel(locale)) })),
    ...dialogflowAgent().map((f) => ({ path: `dialogflow/${f.path}`, text: text(f.json) })),
    ...dialogflowCxAgent().map((f) => ({ path: `dialogflow-cx/${f.path}`, text: text(f.json) })),
    { path: INTENT_NAME_FILES.alexa, text: intentNamesModule('alexa') },
    { path: INTENT_NAME_FILES.dialogflow, text: intentNamesModule('dialogflow') },
    { path: INTENT_NAME_FILES['dialogflow-cx'], text: intentNamesModule('dialogflow-cx') },
  ];
}
