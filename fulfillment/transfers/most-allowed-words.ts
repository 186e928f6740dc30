/**
 * "The maximum", "as much as I'm allowed", "so viel wie geht": the words that ask for the most a
 * voice transfer may carry now, per locale. Matched against heard slot text and compiled into the
 * interaction model. Questions about the limit ("what's the maximum?") are not among them: they
 * ask to hear the limits, not to send up to them; nor are words as common as "the most" or "the
 * limit", which other questions are made of ("what is the most common ...").
 */
import type { Locale } from '../kit/locale';

const ENGLISH = [
  'the maximum', 'maximum', 'the max', 'the maximum amount', 'the maximum allowed', 'the most i can', 'the most i can send', 'the most i am allowed',
  'the most i can send by voice', 'the most allowed', 'the most you can', 'the most you can send', 'as much as i can', 'as much as i am allowed', 'as much as allowed',
  'as much as possible', 'as much as you can', 'as much as i can send', 'whatever the limit is', 'up to the limit', 'the full limit', 'whatever i am allowed',
];

/** One value: the most that may be sent now. */
export const MOST_ALLOWED_WORDS: Readonly<Record<Locale, Readonly<Record<'most', readonly string[]>>>> = {
  'en-US': { most: ENGLISH },
  'en-GB': { most: ENGLISH },
  'de-DE': {
    most: [
      'das maximum', 'maximum', 'den höchstbetrag', 'den maximalen betrag', 'das höchste', 'so viel wie geht', 'so viel wie möglich', 'so viel es geht', 'so viel ich darf',
      'so viel wie ich darf', 'so viel wie erlaubt', 'so viel wie erlaubt ist', 'bis zum limit', 'das volle limit', 'so viel du kannst',
    ],
  },
};
