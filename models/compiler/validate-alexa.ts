/** The documented Alexa interaction-model rules, checked on a compiled model. */
import type { AlexaModel } from './alexa';
import { REQUIRED_ALEXA_BUILTINS } from './names';
import { parseUtterance } from './utterance';

/** A broken rule: which, where, and what. */
export interface Problem {
  readonly rule: string;
  readonly where: string;
  readonly message: string;
}

const FORBIDDEN_IN_INVOCATION = ['alexa', 'amazon', 'echo', 'computer', 'skill', 'app'];
const LAUNCH_WORDS = ['open', 'ask', 'start', 'launch', 'tell', 'load', 'begin', 'enable', 'run', 'play', 'resume', 'use'];

/** Checks one locale's model. */
export function validateAlexa(model: AlexaModel, locale: string): Problem[] {
  const problems: Problem[] = [];
  const add = (rule: string, where: string, message: string) => problems.push({ rule, where: `${locale} ${where}`, message });
  const lm = model.interactionModel.languageModel;

  const words = lm.invocationName.split(' ');
  if (!/^[\p{Ll} .']+$/u.test(lm.invocationName) || words.length < 2) add('invocation-name', 'invocationName', 'must be two or more lower-case words');
  if (words.some((w) => FORBIDDEN_IN_INVOCATION.includes(w))) add('invocation-name', 'invocationName', 'must not contain a wake word or "skill"/"app"');
  if (LAUNCH_WORDS.includes(words[0] ?? '')) add('invocation-name', 'invocationName', 'must not start with a launch phrase');

  const names = new Set(lm.intents.map((i) => i.name));
  for (const builtin of REQUIRED_ALEXA_BUILTINS) if (!names.has(builtin)) add('required-builtins', builtin, 'a required built-in intent is missing');

  const seen = new Map<string, string>();
  for (const intent of lm.intents) {
    const slotTypes = new Map(intent.slots.map((s) => [s.name, s.type]));
    for (const sample of intent.samples) {
      const where = `${intent.name} "${sample}"`;
      if ((sample.match(/\{/g) ?? []).length !== (sample.match(/\}/g) ?? []).length) add('slot-reference', where, 'unbalanced braces');
      const parts = parseUtterance(sample);
      const refs = parts.flatMap((p) => ('slot' in p ? [p.slot] : []));
      for (const ref of refs) if (!slotTypes.has(ref)) add('slot-reference', where, `refers to slot {${ref}}, which the intent does not declare`);
      if (new Set(refs).size !== refs.length) add('slot-reference', where, 'uses a slot twice');
      const text = parts.flatMap((p) => ('text' in p ? [p.text] : [])).join(' ');
      if (/[^\p{L}\s.'-]/u.test(text)) add('utterance-characters', where, 'only letters, spaces, apostrophes, periods and hyphens; numbers must be spelled out');
      const key = parts.map((p) => ('slot' in p ? `{${slotTypes.get(p.slot) ?? p.slot}}` : p.text.toLowerCase())).join('').replace(/\s+/g, ' ').trim();
      const other = seen.get(key);
      if (other && other !== intent.name) add('duplicate-utterance', where, `also a sample of ${other}`);
      else if (other) add('duplicate-utterance', where, 'listed twice in the intent');
      seen.set(key, intent.name);
    }
  }

  for (const type of lm.types) {
    if (type.values.length === 0) add('slot-type-values', type.name, 'a custom slot type needs values');
    const ids = new Set<string>();
    const words = new Map<string, string>();
    for (const value of type.values) {
      if (!value.id || ids.has(value.id)) add('slot-type-values', `${type.name} ${value.id}`, 'value ids must be present and unique');
      ids.add(value.id);
      for (const word of [value.name.value, ...value.name.synonyms]) {
        const w = word.toLowerCase().trim();
        if (!w) add('slot-type-values', `${type.name} ${value.id}`, 'empty value or synonym');
        const owner = words.get(w);
        if (owner && owner !== value.id) add('slot-type-values', `${type.name} "${word}"`, `also a synonym of ${owner}`);
        words.set(w, value.id);
      }
    }
  }
  return problems;
}
