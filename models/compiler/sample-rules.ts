/**
 * The project's own rules on sample utterances, over both platforms' compiled models: every
 * intent a customer reaches by speaking has enough samples in every locale, German has the
 * breadth of English, and two intents whose samples are one bare slot that hears the same
 * words (`{amount}` and `{pin}`) are flagged, because then the platform, not the skill, picks.
 */
import type { AlexaModel } from './alexa';
import type { AgentFile } from './dialogflow';
import type { Problem } from './validate-alexa';

/**
 * The fewest samples an intent may have in one locale. Twelve is where Alexa's and Dialogflow's
 * guidance ("at least 10 to 15 training phrases") meets what the local understanding needs to
 * tell an intent from its neighbours.
 */
export const MIN_SAMPLES = 12;

/** Each locale has at least this share of the samples of the intent's richest locale. */
export const BREADTH = 0.5;

/** Intents no customer reaches by speaking: they need no samples. */
const NOT_SPOKEN = new Set(['SessionEnd']);

/** Slot types that hear digits: a bare one of these in two intents is ambiguous. */
const DIGIT_TYPES = new Set(['AMAZON.NUMBER', 'AMAZON.FOUR_DIGIT_NUMBER', '@sys.unit-currency', '@sys.number', '@sys.number-integer', '@sys.number-sequence']);

/** Alexa: every custom intent has MIN_SAMPLES (the AMAZON.* intents are Amazon's to train). */
export function alexaSampleCounts(model: AlexaModel, locale: string): Problem[] {
  return model.interactionModel.languageModel.intents
    .filter((i) => !i.name.startsWith('AMAZON.') && i.samples.length < MIN_SAMPLES)
    .map((i) => ({ rule: 'sample-count', where: `${locale} ${i.name}`, message: `${i.samples.length} samples; every intent needs at least ${MIN_SAMPLES}` }));
}

/** Dialogflow has no built-in intents: every intent reached by words needs MIN_SAMPLES in every language, and half the richest language's. */
export function dialogflowSampleCounts(files: readonly AgentFile[]): Problem[] {
  const problems: Problem[] = [];
  const languages = [...new Set(files.flatMap((f) => /_usersays_([a-z-]+)\.json$/.exec(f.path)?.[1] ?? []))];
  for (const file of files) {
    const intent = /^intents\/([^_]+?)\.json$/.exec(file.path)?.[1];
    if (!intent || NOT_SPOKEN.has(intent)) continue;
    const counts = languages.map((lang) => {
      const says = files.find((f) => f.path === `intents/${intent}_usersays_${lang}.json`)?.json;
      return [lang, Array.isArray(says) ? says.length : 0] as const;
    });
    const richest = Math.max(...counts.map(([, n]) => n));
    for (const [lang, n] of counts) {
      if (n < MIN_SAMPLES) problems.push({ rule: 'sample-count', where: `${intent} ${lang}`, message: `${n} training phrases; every intent needs at least ${MIN_SAMPLES}` });
      else if (n < richest * BREADTH) problems.push({ rule: 'sample-breadth', where: `${intent} ${lang}`, message: `${n} training phrases against ${richest} in another language; at least ${Math.ceil(richest * BREADTH)}` });
    }
  }
  return problems;
}

/**
 * Warnings (not failures): two intents with a sample that is the same words around one slot of a
 * digit type ("{amount}" and "{pin}", "yes {amount}" and "yes {pin}"): the platform may pick
 * either for such a number.
 */
export function bareSlotWarnings(model: AlexaModel, locale: string): Problem[] {
  const bare = model.interactionModel.languageModel.intents.flatMap((i) =>
    i.samples.flatMap((sample) => {
      const slots = [...sample.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const type = slots.length === 1 ? i.slots.find((s) => s.name === slots[0])?.type : undefined;
      return type && DIGIT_TYPES.has(type) ? [{ intent: i.name, sample, type, words: sample.trim().replace(/\{\w+\}/, '{}') }] : [];
    }),
  );
  return bare.slice(1).flatMap((b, k) =>
    bare.slice(0, k + 1).filter((a) => a.intent !== b.intent && a.words === b.words).map((a) => ({
      rule: 'bare-slot',
      where: `${locale} ${a.intent} "${a.sample}" and ${b.intent} "${b.sample}"`,
      message: `both are ${a.words === '{}' ? 'a bare' : `"${a.words}" around a`} ${a.type === b.type ? a.type : `number (${a.type}, ${b.type})`}: the platform picks either intent for such a number, so the dialog must accept both`,
    })),
  );
}

/**
 * No slot value may be a whole yes or no sample ("yes", "nein"): the local understanding puts a
 * value's type in place of its words before it classifies, so "yes" and "no" would become the
 * same word, and so, on a platform, may the entity annotation of a training phrase.
 */
export function answerWordsAsValues(model: AlexaModel, locale: string): Problem[] {
  const { intents, types } = model.interactionModel.languageModel;
  const answers = new Set(intents.filter((i) => i.name === 'AMAZON.YesIntent' || i.name === 'AMAZON.NoIntent').flatMap((i) => i.samples.map((s) => s.toLowerCase())));
  return types.flatMap((type) =>
    type.values
      .flatMap((v) => [v.name.value, ...v.name.synonyms])
      .filter((word) => answers.has(word.toLowerCase()))
      .map((word) => ({ rule: 'answer-value', where: `${locale} ${type.name}`, message: `"${word}" is a yes or no sample: yes and no would read alike` })),
  );
}
