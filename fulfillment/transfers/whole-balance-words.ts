/**
 * "Move everything from savings to checking", "überweise alles vom Sparkonto": the words that ask
 * for the whole balance of the account the money comes from, per locale, and "move half of it"
 * for half of it. Matched against heard slot text and compiled into the interaction model. "All"
 * alone is left out: "that's all" ends a conversation.
 */
import type { Locale } from '../kit/locale';

const ENGLISH = [
  'everything', 'all of it', 'all the money', 'all my money', 'all of my money', 'all of the money', 'all my', 'all of my',
  'the whole balance', 'the entire balance', 'the whole lot', 'everything in it', 'whatever is in it', 'whatever is left',
  'what is left', 'the rest', 'all the rest', 'all that is left', 'every penny', 'every cent',
];

// "Half" alone is left out: "half a grand" is an amount, five hundred.
const ENGLISH_HALF = [
  'half of it', 'half my', 'half of my', 'half of that', 'half the money', 'half of the money', 'half my money', 'half of my money', 'half the balance',
  'half of the balance', 'half of what is in it', 'half of what is there', 'half of everything',
];

/** Which share of the source's balance: all of it, or half. */
export type BalanceShare = 'all' | 'half';

/** The two values: the whole balance of the source account, and half of it. */
export const WHOLE_BALANCE_WORDS: Readonly<Record<Locale, Readonly<Record<BalanceShare, readonly string[]>>>> = {
  'en-US': { all: ENGLISH, half: ENGLISH_HALF },
  'en-GB': { all: [...ENGLISH, 'the lot'], half: [...ENGLISH_HALF, 'half the lot'] },
  'de-DE': {
    all: [
      'alles', 'das ganze geld', 'mein ganzes geld', 'das gesamte geld', 'den ganzen kontostand', 'das ganze guthaben', 'das gesamte guthaben',
      'alles was drauf ist', 'alles was noch drauf ist', 'den rest', 'den ganzen rest', 'alles was übrig ist', 'jeden cent',
    ],
    half: ['die hälfte', 'die hälfte davon', 'die hälfte vom geld', 'die hälfte des geldes', 'die hälfte meines geldes', 'die hälfte des guthabens', 'die hälfte von allem', 'halb so viel'],
  },
};
