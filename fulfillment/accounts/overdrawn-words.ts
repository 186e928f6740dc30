/**
 * "Am I overdrawn?", "bin ich im Minus?": the words that turn a balance question into a yes-or-no
 * one about an account below zero, per locale. Matched against heard slot text and compiled into
 * the interaction model as a slot type of its own.
 */
import type { Locale } from '../kit/locale';

const ENGLISH = ['overdrawn', 'in the red', 'in my overdraft', 'in overdraft', 'into my overdraft', 'in the negative', 'below zero', 'in the minus'];

/** One value: overdrawn. */
export const OVERDRAWN_WORDS: Readonly<Record<Locale, Readonly<Record<'overdrawn', readonly string[]>>>> = {
  'en-US': { overdrawn: ENGLISH },
  'en-GB': { overdrawn: ENGLISH },
  'de-DE': { overdrawn: ['im minus', 'in den miesen', 'im dispo', 'überzogen', 'im roten bereich', 'in den roten zahlen', 'unter null'] },
};
