/** Dialogflow ES export rules: intent and entity names, and the shapes of every file. */
import * as z from '../../fulfillment/kit/schema';
import { nonEmpty } from '../../fulfillment/kit/schema';
import type { AgentFile } from './dialogflow';
import type { Problem } from './validate-alexa';

const INTENT_NAME = /^[^/\\:*?"<>|\p{Cc}]{1,100}$/u;
const ENTITY_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

const startsWith = (prefix: string) => z.string().check(z.startsWith(prefix));
const oneOrMore = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.minLength(1));

const intentShape = z.looseObject({
  id: z.uuid(),
  name: z.string(),
  auto: z.boolean(),
  contexts: z.array(z.string()),
  responses: oneOrMore(z.looseObject({ parameters: z.array(z.looseObject({ id: z.string(), dataType: startsWith('@'), name: z.string(), value: startsWith('$') })) })),
  priority: z.int(),
  webhookUsed: z.boolean(),
  fallbackIntent: z.boolean(),
  events: z.array(z.object({ name: z.string() })),
});
const userSaysShape = z.array(z.looseObject({
  id: z.string(),
  data: oneOrMore(z.looseObject({ text: nonEmpty, userDefined: z.boolean(), alias: z.optional(z.string()), meta: z.optional(startsWith('@')) })),
  isTemplate: z.boolean(),
  count: z.number(),
}));
const entityShape = z.looseObject({ id: z.uuid(), name: z.string(), isOverridable: z.boolean(), isEnum: z.boolean(), automatedExpansion: z.boolean() });
const entriesShape = z.array(z.object({ value: nonEmpty, synonyms: oneOrMore(nonEmpty) }));
const agentShape = z.looseObject({ language: z.string(), supportedLanguages: z.array(z.string()), webhook: z.looseObject({ url: z.url(), available: z.boolean() }) });

/** Checks the files of an agent export. */
export function validateDialogflow(files: readonly AgentFile[]): Problem[] {
  const problems: Problem[] = [];
  const add = (rule: string, where: string, message: string) => problems.push({ rule, where, message });
  const shape = (schema: z.ZodMiniType, file: AgentFile) => {
    const r = schema.safeParse(file.json);
    if (!r.success) add('file-shape', file.path, r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  };
  if (!files.some((f) => f.path === 'agent.json')) add('file-shape', 'agent.json', 'the export needs agent.json');
  for (const file of files) {
    const intent = /^intents\/(.+?)(_usersays_[a-z-]+)?\.json$/.exec(file.path);
    const entity = /^entities\/(.+?)(_entries_[a-z-]+)?\.json$/.exec(file.path);
    if (file.path === 'agent.json') shape(agentShape, file);
    else if (intent) {
      if (!INTENT_NAME.test(intent[1] ?? '')) add('intent-name', file.path, 'intent names are 1 to 100 characters with none of / \\ : * ? " < > |');
      if (intent[2]) shape(userSaysShape, file);
      else {
        shape(intentShape, file);
        const name = (file.json as { name?: unknown }).name;
        if (name !== intent[1]) add('file-shape', file.path, 'the file name and the intent name differ');
      }
    } else if (entity) {
      if (!ENTITY_NAME.test(entity[1] ?? '')) add('entity-name', file.path, 'entity names start with a letter and use letters, digits, _ and -');
      shape(entity[2] ? entriesShape : entityShape, file);
    } else if (file.path !== 'package.json') add('file-shape', file.path, 'not a file of an agent export');
  }
  return problems;
}
