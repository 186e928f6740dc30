/** The Dialogflow ES agent export (models/dialogflow) as a PlatformModel. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../../../fulfillment/kit/locale';
import { DIALOGFLOW_INTENTS } from '../../dialogflow/intent-names.generated';
import { placeholder } from '../values/found-value';
import { annotatedContexts, type ModelIntent, type PlatformModel } from './platform-model';

/** Where `npm run models:build` writes the agent export. */
export const DIALOGFLOW_MODELS_DIR = path.resolve(__dirname, '../../../models/dialogflow');

/** Dialogflow's language code for each locale. */
const LANGUAGE: Readonly<Record<Locale, string>> = { 'en-US': 'en', 'en-GB': 'en-gb', 'de-DE': 'de' };

interface IntentFile {
  readonly name: string;
  readonly fallbackIntent?: boolean;
  readonly responses?: readonly { readonly parameters?: readonly { readonly name: string; readonly dataType: string }[] }[];
}
type UserSays = readonly { readonly data: readonly { readonly text: string; readonly alias?: string; readonly meta?: string }[] }[];
type Entries = readonly { readonly value: string; readonly synonyms: readonly string[] }[];

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

/** Reads one language of an agent export folder. */
export function readDialogflowModel(locale: Locale, dir: string = DIALOGFLOW_MODELS_DIR): PlatformModel {
  const language = LANGUAGE[locale];
  const intents: ModelIntent[] = [];
  let outOfScope: string[] = [];
  let fallback = 'Default Fallback Intent';
  const intentDir = path.join(dir, 'intents');
  for (const name of readdirSync(intentDir).filter((f) => f.endsWith('.json') && !f.includes('_usersays_')).sort()) {
    const file = readJson<IntentFile>(path.join(intentDir, name));
    const saysFile = path.join(intentDir, `${file.name}_usersays_${language}.json`);
    const says = existsSync(saysFile) ? readJson<UserSays>(saysFile) : [];
    // An annotated custom entity becomes its placeholder at once; a system entity's text is read like typed text.
    const samples = says.map((s) => s.data.map((part) => (part.meta && !part.meta.startsWith('@sys.') ? placeholder(part.meta) : part.text)).join(''));
    const contexts = annotatedContexts(says.map((s) => s.data.map((part) => ({ text: part.text, slot: part.alias }))));
    if (file.fallbackIntent) {
      fallback = file.name;
      outOfScope = samples;
      continue;
    }
    const intent = DIALOGFLOW_INTENTS.get(file.name);
    if (!intent) continue;
    const slots = Object.fromEntries((file.responses?.[0]?.parameters ?? []).map((p) => [p.name, p.dataType]));
    const literal = says.filter((s) => s.data.every((part) => !part.meta)).map((s) => s.data.map((part) => part.text).join(''));
    intents.push({ name: file.name, intent, slots, samples, literal, ...contexts });
  }
  const entityDir = path.join(dir, 'entities');
  const suffix = `_entries_${language}.json`;
  const customTypes = Object.fromEntries(
    readdirSync(entityDir)
      .filter((f) => f.endsWith(suffix))
      .map((f) => [`@${f.slice(0, -suffix.length)}`, readJson<Entries>(path.join(entityDir, f)).map((e) => ({ id: e.value, synonyms: e.synonyms }))]),
  );
  // An entity with automated expansion hears names it does not list.
  const openTypes = new Set(
    readdirSync(entityDir)
      .filter((f) => f.endsWith('.json') && !f.includes('_entries_'))
      .flatMap((f) => {
        const entity = readJson<{ readonly name: string; readonly automatedExpansion?: boolean }>(path.join(entityDir, f));
        return entity.automatedExpansion ? [`@${entity.name}`] : [];
      }),
  );
  return { intents, outOfScope, customTypes, fallback, openTypes };
}
