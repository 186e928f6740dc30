/**
 * "Move everything from savings to checking", "überweise alles vom Sparkonto": the words that ask
 * for the whole balance of the account the money comes from, per locale. Matched against heard
 * slot text and compiled into the interaction model. "All" alone is left out: "that's all" ends
 * a conversation.
 */
import type { Locale } from '../kit/locale';

const ENGLISH = [
  'everything', 'all of it', 'all the money', 'all my money', 'all of my money', 'all of the money', 'all my', 'all of my',
  'the whole balance', 'the entire balance', 'the whole lot', 'everything in it', 'whatever is in it', 'whatever is left',
  'what is left', 'the rest', 'all the rest', 'all that is left', 'every penny', 'every cent',
];

/** The one value: the whole balance of the source account. */
export const WHOLE_BALANCE_WORDS: Readonly<Record<Locale, Readonly<Record<'all', readonly string[]>>>> = {
  'en-US': { all: ENGLISH },
  'en-GB': { all: [...ENGLISH, 'the lot'] },
  'de-DE': {
    all: [
      'alles', 'das ganze geld', 'mein ganzes geld', 'das gesamte geld', 'den ganzen kontostand', 'das ganze guthaben', 'das gesamte guthaben',
      'alles was drauf ist', 'alles was noch drauf ist', 'den rest', 'den ganzen rest', 'alles was übrig ist', 'jeden cent',
    ],
  },
};
