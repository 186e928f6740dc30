/**
 * Samples said word for word. Dialogflow matches by a rule-based grammar beside its learned model
 * and keeps the better match (its "Intent matching" page), and Alexa's samples are its grammar:
 * a training phrase with no slot, said as written, is its intent. A learned model that
 * generalises could let a near sample outvote the one said ("that was a mistake" read as "that
 * wasn't a mistake", whose words it shares), so the local understanding does the same.
 */
import { NONE } from './classifier/intent-classifier';
import { tokens } from './classifier/tokens';
import type { PlatformModel } from './platforms/platform-model';

/** A text's words as one key: case, accents and punctuation do not tell two sayings apart. */
const keyOf = (text: string) => tokens(text).join(' ');

/** Which intent (by its platform name, or None for out of scope) a text said word for word is. */
export type WordForWord = (text: string) => string | undefined;

/**
 * The model's samples with no slot, by their words. Words that are a sample of two intents are
 * left to the classifier, as a platform's model decides between them. Out-of-scope sentences
 * never have slots.
 */
export function wordForWord(model: PlatformModel): WordForWord {
  const namesOf = new Map<string, Set<string>>();
  const add = (text: string, name: string) => {
    const key = keyOf(text);
    if (key) namesOf.set(key, (namesOf.get(key) ?? new Set()).add(name));
  };
  for (const intent of model.intents) for (const text of intent.literal) add(text, intent.name);
  for (const text of model.outOfScope) add(text, NONE);
  const single = new Map([...namesOf].flatMap(([key, names]) => (names.size === 1 ? [[key, [...names][0] ?? NONE] as const] : [])));
  return (text) => single.get(keyOf(text));
}
