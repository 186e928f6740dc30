/** The Dialogflow CX agent export (models/dialogflow-cx) as a PlatformModel. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../../../fulfillment/kit/locale';
import { DIALOGFLOW_CX_INTENTS } from '../../dialogflow-cx/intent-names.generated';
import { placeholder } from '../values/found-value';
import { annotatedContexts, type ModelIntent, type PlatformModel } from './platform-model';

/** Where `npm run models:build` writes the CX agent. */
export const DIALOGFLOW_CX_MODELS_DIR = path.resolve(__dirname, '../../../models/dialogflow-cx');

/** CX's language code for each locale. */
const LANGUAGE: Readonly<Record<Locale, string>> = { 'en-US': 'en', 'en-GB': 'en-gb', 'de-DE': 'de' };

/** The no-match event CX raises when no intent fits, which its flow hands to the webhook as the tag. */
const NO_MATCH = 'sys.no-match-default';

interface IntentFile {
  readonly displayName: string;
  readonly isFallback?: boolean;
  readonly parameters?: readonly { readonly id: string; readonly entityType: string }[];
}
type Phrases = { readonly trainingPhrases: readonly { readonly parts: readonly { readonly text: string; readonly parameterId?: string }[] }[] };
type Entities = { readonly entities: readonly { readonly value: string; readonly synonyms: readonly string[] }[] };

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

/** Reads one language of a CX agent folder. */
export function readDialogflowCxModel(locale: Locale, dir: string = DIALOGFLOW_CX_MODELS_DIR): PlatformModel {
  const language = LANGUAGE[locale];
  const intents: ModelIntent[] = [];
  let outOfScope: string[] = [];
  for (const name of readdirSync(path.join(dir, 'intents')).sort()) {
    const file = readJson<IntentFile>(path.join(dir, 'intents', name, `${name}.json`));
    const phrasesFile = path.join(dir, 'intents', name, 'trainingPhrases', `${language}.json`);
    const phrases = existsSync(phrasesFile) ? readJson<Phrases>(phrasesFile).trainingPhrases : [];
    const types = new Map((file.parameters ?? []).map((p) => [p.id, p.entityType]));
    // An annotated custom entity becomes its placeholder at once; a system entity's text is read like typed text.
    const custom = (id: string | undefined) => (id ? types.get(id) : undefined)?.startsWith('@sys.') === false;
    const samples = phrases.map((p) => p.parts.map((part) => (custom(part.parameterId) ? placeholder(types.get(part.parameterId ?? '') ?? '') : part.text)).join(''));
    const contexts = annotatedContexts(phrases.map((p) => p.parts.map((part) => ({ text: part.text, slot: part.parameterId }))));
    if (file.isFallback) {
      outOfScope = samples;
      continue;
    }
    const intent = DIALOGFLOW_CX_INTENTS.get(file.displayName);
    if (!intent) continue;
    const literal = phrases.filter((p) => p.parts.every((part) => !part.parameterId)).map((p) => p.parts.map((part) => part.text).join(''));
    intents.push({ name: file.displayName, intent, slots: Object.fromEntries(types), samples, literal, ...contexts });
  }
  const customTypes = Object.fromEntries(
    readdirSync(path.join(dir, 'entityTypes')).map((name) => {
      const entities = readJson<Entities>(path.join(dir, 'entityTypes', name, 'entities', `${language}.json`)).entities;
      return [`@${name}`, entities.map((e) => ({ id: e.value, synonyms: e.synonyms }))];
    }),
  );
  // A type with auto expansion hears names it does not list (a payee the customer does not have).
  const openTypes = new Set(
    readdirSync(path.join(dir, 'entityTypes')).flatMap((name) => {
      const type = readJson<{ readonly autoExpansionMode?: string }>(path.join(dir, 'entityTypes', name, `${name}.json`));
      return type.autoExpansionMode ? [`@${name}`] : [];
    }),
  );
  return { intents, outOfScope, customTypes, fallback: NO_MATCH, openTypes };
}
