/**
 * "Be discreet, what did I spend at Amazon?", "keine Beträge bitte, wie ist mein Kontostand?": the
 * words that ask for discreet mode in passing, inside a question, per locale. Heard in a
 * question's `privately` slot, they turn discreet mode on before the question is answered, so the
 * answer is already quiet. Compiled into the interaction model. "Discreet mode" itself is left
 * out: it names the mode in the samples that switch it or ask about it.
 */
import type { Locale } from '../kit/locale';
import type { SlotValue } from '../pipeline/turn';
import { matchWords } from '../pipeline/word-match';

const ENGLISH = [
  'be discreet', 'discreetly', 'keep it quiet', 'quietly', 'someone is listening', 'someone can hear us', 'someone can hear', 'people are listening',
  'people can hear me', 'there are people around', "i'm in public", 'i am in public', "i'm on the bus", 'no amounts', 'no amounts please',
  "don't say the amounts", "don't say amounts out loud", "don't say the amounts out loud", "don't read out the amounts", 'without the amounts',
  'without saying the amounts', 'without amounts', 'privately', 'in private', 'hide the amounts', 'keep the amounts private', 'not out loud',
  "there's people around", 'there are people here', "i'm not alone", 'i am not alone', 'my flatmate can hear',
  "i'm on speaker", "i'm on speakerphone", "you're on speaker", 'my kids are here', 'others can hear',
];

/** Per locale, the words that ask for discreet mode in passing. */
export const PRIVATELY_WORDS: Readonly<Record<Locale, Readonly<Record<'on', readonly string[]>>>> = {
  'en-US': { on: ENGLISH },
  'en-GB': { on: [...ENGLISH, 'there are people about'] },
  'de-DE': {
    on: [
      'sei diskret', 'diskret', 'diskretion bitte', 'keine beträge', 'keine beträge bitte', 'ohne beträge', 'ohne die beträge', 'ohne beträge zu nennen',
      'bitte keine beträge nennen', 'sag keine beträge', 'nenn keine beträge', 'hier hört jemand mit', 'hier hören leute mit', 'jemand hört mit',
      'es hört jemand mit', 'leute hören mit', 'hier sind leute', 'ich bin nicht allein', 'nicht laut', 'nicht laut vorlesen', 'ich bin unterwegs',
      'ich bin auf lautsprecher', 'hier hören andere mit', 'andere hören mit', 'meine kinder sind hier',
    ],
  },
};

/** Words of the phrases above that say nothing of privacy on their own ("there", "keine", "bitte"). */
const SAYS_NOTHING = new Set(['there', "there's", 'about', "don't", 'saying', 'bitte', 'keine', 'nicht', 'hier', 'sind']);

/** The words of a locale's phrases that tell of a wish for privacy ("discreet", "amounts", "hört", "laut"). */
const tellingWords = (locale: Locale): ReadonlySet<string> =>
  new Set(PRIVATELY_WORDS[locale].on.flatMap((phrase) => phrase.split(/\s+/)).filter((w) => w.length >= 4 && !SAYS_NOTHING.has(w)));
const TELLING: Readonly<Record<Locale, ReadonlySet<string>>> = { 'en-US': tellingWords('en-US'), 'en-GB': tellingWords('en-GB'), 'de-DE': tellingWords('de-DE') };

/**
 * Whether a question's `privately` slot asks for discreet mode: a value the platform resolved, or
 * words that share one telling word with the phrases ("keep it quite" half heard still does).
 * Alexa fills a custom slot with any words said where it stands, so "vor einer Woche" at the end
 * of a question may arrive there; words with nothing of privacy in them never switch the mode.
 */
export function asksForPrivacy(slot: SlotValue | undefined, locale: Locale): boolean {
  if (!slot) return false;
  // A value the platform resolved (Alexa's id, Dialogflow's reference value "on"), or a phrase said whole.
  if (slot.id || matchWords(slot, PRIVATELY_WORDS[locale]).kind === 'matched') return true;
  const words = slot.value.toLowerCase().split(/[^\p{L}'’]+/u);
  return words.some((w) => TELLING[locale].has(w.replace(/’/g, "'")));
}
