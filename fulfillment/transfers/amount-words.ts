/**
 * Amounts said as one word ("a tenner", "two grand", "einen Zehner", "nen Fuffi"), per locale: the whole
 * number of the account's currency each stands for. Matched against heard slot text and
 * compiled into the interaction model, so the words the skill reads are the ones it hears.
 */
import type { Locale } from '../kit/locale';
import { normaliseHeard } from '../pipeline/word-match';
import type { SlotValue } from '../pipeline/turn';

/** Per locale: a whole number as text, and the words that say it. */
export const AMOUNT_WORDS: Readonly<Record<Locale, Readonly<Record<string, readonly string[]>>>> = {
  'en-US': { '5': ['fiver', 'fivers'], '10': ['tenner', 'tenners'], '1000': ['grand'] },
  'en-GB': { '5': ['fiver', 'fivers'], '10': ['tenner', 'tenners'], '20': ['score', 'scores'], '25': ['pony', 'ponies'], '100': ['ton', 'tons'], '500': ['monkey', 'monkeys'], '1000': ['grand'] },
  'de-DE': {
    '5': ['fünfer'],
    '10': ['zehner', 'zehni', 'zehnis'],
    '20': ['zwanziger', 'zwanni', 'zwannis'],
    '50': ['fünfziger', 'fuffi', 'fuffis', 'fuffziger'],
    '100': ['hunderter', 'hunni', 'hunnis'],
    '1000': ['riese', 'riesen', 'tausender'],
  },
};

const KNOWN = Object.values(AMOUNT_WORDS).flatMap((words) => Object.entries(words));

/** Words for many notes ("tenners", "ponies", "Hunnis"): said with a number, that number counts them. */
const PLURAL: ReadonlySet<string> = new Set(['fivers', 'tenners', 'scores', 'ponies', 'tons', 'monkeys', 'zehnis', 'zwannis', 'fuffis', 'hunnis']);

/**
 * Words the same for one note and for many ("zwanzig Zehner", "einen Zehner fünfzig", "fifty
 * grand", "einen Riesen"): said with a number, they do not tell a count from what follows the note.
 */
const ONE_OR_MANY: ReadonlySet<string> = new Set(['fünfer', 'zehner', 'zwanziger', 'fünfziger', 'fuffziger', 'hunderter', 'tausender', 'riesen', 'grand']);

/** How an amount word was said: one note ("a tenner"), many ("tenners"), or a form that says both ("Zehner"). */
export type AmountWordForm = 'one' | 'many' | 'either';

const formOf = (word: string): AmountWordForm => (PLURAL.has(word) ? 'many' : ONE_OR_MANY.has(word) ? 'either' : 'one');

/**
 * The amount words as the interaction models hold them: the id is the whole number, with the form
 * after it where it is not one note ("10-many" for "tenners"), so a platform that sends only its id
 * (Dialogflow's entity value) still says which form was heard.
 */
export const AMOUNT_WORD_IDS: Readonly<Record<Locale, Readonly<Record<string, readonly string[]>>>> = Object.fromEntries(
  Object.entries(AMOUNT_WORDS).map(([locale, table]) => {
    const ids: Record<string, string[]> = {};
    for (const [number, words] of Object.entries(table)) {
      for (const word of words) {
        const form = formOf(word);
        (ids[form === 'one' ? number : `${number}-${form}`] ??= []).push(word);
      }
    }
    return [locale, ids];
  }),
) as Record<Locale, Record<string, string[]>>;

const ID = /^(\d+)(?:-(many|either))?$/;

/**
 * The whole number an amount word stands for: the id the platform resolved (Alexa's id,
 * Dialogflow's entity value), or the words themselves where it resolved none.
 */
export function amountWordValue(slot: SlotValue | undefined): string | undefined {
  if (!slot) return undefined;
  return idOf(slot)?.[1] ?? wordOf(slot)?.number;
}

/**
 * How an amount word was said: from its words where they reached the skill, else from the form in
 * the platform's id ("10-many"); a bare number id is one note.
 */
export function amountWordForm(slot: SlotValue | undefined): AmountWordForm | undefined {
  if (!slot) return undefined;
  const word = wordOf(slot);
  if (word) return formOf(word.heard);
  const id = idOf(slot);
  return id ? ((id[2] as AmountWordForm | undefined) ?? 'one') : undefined;
}

/** The platform's id of a known amount ("10", "10-many"), in the slot's id or its value, as matched by ID. */
function idOf(slot: SlotValue): RegExpExecArray | undefined {
  for (const said of [slot.id, slot.value]) {
    const id = ID.exec(said?.trim() ?? '');
    if (id && KNOWN.some(([number]) => number === id[1])) return id;
  }
  return undefined;
}

/** The slot's words as one of the known amount words, with the number it stands for. */
function wordOf(slot: SlotValue): { readonly heard: string; readonly number: string } | undefined {
  const heard = normaliseHeard(slot.value);
  const known = KNOWN.find(([, words]) => words.some((w) => normaliseHeard(w) === heard));
  return known ? { heard, number: known[0] } : undefined;
}
