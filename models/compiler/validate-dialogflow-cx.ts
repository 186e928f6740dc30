/**
 * Dialogflow CX export rules: every file a message of the v3 protos (keys and enum values), in
 * the place its display name gives it, and the references between files whole: routes name
 * existing intents, fulfillments the webhook, phrases their intent's parameters, parameters an
 * entity type of the agent or a system one; every language the agent's; every fulfillment tag
 * one the webhook reads as a core intent.
 */
import { DIALOGFLOW_CX_INTENTS } from '../source/platform-names';
import { cxType, protoProblems } from './cx-proto';
import type { AgentFile } from './dialogflow';
import type { Problem } from './validate-alexa';

/** Display names kept to letters, digits, spaces, dots, dashes and underscores, which exports never percent-encode. */
const DISPLAY_NAME = /^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$/;

type Json = Record<string, unknown>;
const list = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);

/** Which message a file of the export is, and which folder name it must carry. */
function kindOf(path: string): { type: string; each?: string; name?: string } | undefined {
  const p = path.split('/');
  if (path === 'agent.json') return { type: 'Agent' };
  if (p[0] === 'webhooks' && p.length === 2) return { type: 'Webhook', name: p[1]?.replace(/\.json$/, '') };
  if (p[0] === 'flows' && p.length === 3 && p[2] === `${p[1]}.json`) return { type: 'Flow', name: p[1] };
  if (p[0] === 'intents' && p.length === 3 && p[2] === `${p[1]}.json`) return { type: 'Intent', name: p[1] };
  if (p[0] === 'intents' && p[2] === 'trainingPhrases' && p.length === 4) return { type: 'Intent.TrainingPhrase', each: 'trainingPhrases' };
  if (p[0] === 'entityTypes' && p.length === 3 && p[2] === `${p[1]}.json`) return { type: 'EntityType', name: p[1] };
  if (p[0] === 'entityTypes' && p[2] === 'entities' && p.length === 4) return { type: 'EntityType.Entity', each: 'entities' };
  return undefined;
}

/** Checks the files of a CX agent export. */
export function validateDialogflowCx(files: readonly AgentFile[]): Problem[] {
  const problems: Problem[] = [];
  const add = (rule: string, where: string, message: string) => problems.push({ rule, where, message });
  const byPath = new Map(files.map((f) => [f.path, f.json as Json]));
  const agent = byPath.get('agent.json');
  if (!agent) add('file-shape', 'agent.json', 'the export needs agent.json');
  const languages = new Set([agent?.defaultLanguageCode, ...list(agent?.supportedLanguageCodes)].filter((l): l is string => typeof l === 'string'));
  const names = (folder: string) => new Set(files.flatMap((f) => (kindOf(f.path)?.name && f.path.startsWith(`${folder}/`) ? [kindOf(f.path)?.name as string] : [])));
  const intents = names('intents');
  const entityTypes = names('entityTypes');
  const webhooks = names('webhooks');
  const flows = names('flows');
  const ids = new Map<string, string>();

  for (const file of files) {
    const kind = kindOf(file.path);
    if (!kind) {
      add('file-shape', file.path, 'not a file of a CX agent export');
      continue;
    }
    const json = file.json as Json;
    const items = kind.each ? list(json[kind.each]) : [json];
    if (kind.each && Object.keys(json).some((k) => k !== kind.each)) add('file-shape', file.path, `holds only "${kind.each}"`);
    items.forEach((item, i) => {
      for (const p of protoProblems(cxType(kind.type), item, kind.each ? `${file.path}[${i}]` : file.path, 'lists')) add('proto-keys', file.path, p);
    });
    if (kind.name !== undefined) {
      if (json.displayName !== kind.name) add('file-shape', file.path, 'the folder (or file) name and the display name differ');
      if (!DISPLAY_NAME.test(kind.name)) add('display-name', file.path, 'display names are letters, digits, spaces, dots, dashes and underscores');
      const name = json.name;
      if (typeof name === 'string') {
        const other = ids.get(`${kind.type}:${name}`);
        if (other) add('unique-ids', file.path, `has the id of ${other}`);
        ids.set(`${kind.type}:${name}`, file.path);
      }
    }
    if (kind.each) {
      const language = file.path.split('/')[3]?.replace(/\.json$/, '');
      if (!language || !languages.has(language)) add('languages', file.path, `${language ?? '?'} is not a language of the agent`);
      if (items.some((item) => item.languageCode !== language)) add('languages', file.path, 'every entry carries the language of its file');
    }
    if (kind.type === 'Intent.TrainingPhrase') {
      const intent = byPath.get(`intents/${file.path.split('/')[1]}/${file.path.split('/')[1]}.json`);
      const declared = new Set(list(intent?.parameters).map((p) => p.id));
      for (const phrase of items) {
        for (const part of list(phrase.parts)) {
          if (typeof part.parameterId === 'string' && !declared.has(part.parameterId)) add('references', file.path, `a phrase annotates "${part.parameterId}", which the intent does not declare`);
        }
      }
    }
    if (kind.type === 'Intent') {
      for (const p of list(json.parameters)) {
        const type = typeof p.entityType === 'string' ? p.entityType : '';
        if (!type.startsWith('@sys.') && !entityTypes.has(type.slice(1))) add('references', file.path, `parameter "${String(p.id)}" has entity type ${type}, which the agent lacks`);
      }
    }
    if (kind.type === 'Flow') {
      const fulfillments = [...list(json.transitionRoutes), ...list(json.eventHandlers)].map((r) => r.triggerFulfillment as Json | undefined);
      for (const route of list(json.transitionRoutes)) {
        if (typeof route.intent === 'string' && !intents.has(route.intent)) add('references', file.path, `a route names the intent "${route.intent}", which the agent lacks`);
      }
      for (const f of fulfillments) {
        if (typeof f?.webhook === 'string' && !webhooks.has(f.webhook)) add('references', file.path, `a fulfillment calls the webhook "${f.webhook}", which the agent lacks`);
        if (f?.webhook && (typeof f.tag !== 'string' || !DIALOGFLOW_CX_INTENTS.has(f.tag))) add('tags', file.path, `the tag ${JSON.stringify(f.tag)} names no intent the webhook knows`);
      }
    }
  }
  if (agent && typeof agent.startFlow === 'string' && !flows.has(agent.startFlow)) add('references', 'agent.json', `the start flow "${agent.startFlow}" is not in the export`);
  for (const name of entityTypes) {
    for (const language of languages) if (!byPath.has(`entityTypes/${name}/entities/${language}.json`)) add('languages', `entityTypes/${name}`, `no entities in ${language}`);
  }
  return problems;
}
