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
  'en-GB': { '5': ['fiver', 'fivers'], '10': ['tenner', 'tenners'], '25': ['pony'], '100': ['ton'], '500': ['monkey'], '1000': ['grand'] },
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

/**
 * The whole number an amount word stands for: the id the platform resolved (Alexa's id,
 * Dialogflow's entity value), or the words themselves where it resolved none.
 */
export function amountWordValue(slot: SlotValue | undefined): string | undefined {
  if (!slot) return undefined;
  const said = [slot.id, slot.value].map((v) => v?.trim() ?? '');
  const id = said.find((v) => KNOWN.some(([number]) => number === v));
  if (id) return id;
  const heard = normaliseHeard(slot.value);
  return KNOWN.find(([, words]) => words.some((w) => normaliseHeard(w) === heard))?.[0];
}
