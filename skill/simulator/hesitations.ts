/**
 * What a speech recogniser leaves out. Alexa's and Google's transcripts drop hesitation sounds
 * around the words ("um, fifty" reaches the understanding as "fifty"), so typed text loses them
 * too before it is understood. A hesitation said alone stays: it is the Wait intent.
 */
import type { Locale } from '../../fulfillment/kit/locale';

/** Hesitation sounds, per language ("er" is a German pronoun, so only English drops it). */
const SOUNDS: Readonly<Record<'en' | 'de', ReadonlySet<string>>> = {
  en: new Set(['uh', 'uhm', 'um', 'umm', 'er', 'erm', 'hmm', 'hm', 'ah']),
  de: new Set(['äh', 'ähh', 'ähm', 'öh', 'öhm', 'hm', 'hmm', 'ähem']),
};

/** The text without its hesitation sounds, or the text itself when nothing else was said. */
export function withoutHesitations(text: string, locale: Locale): string {
  const sounds = SOUNDS[locale.startsWith('de') ? 'de' : 'en'];
  const words = text.trim().split(/\s+/);
  // "Uh huh" is a yes, said as one word: its "uh" is no hesitation.
  const kept = words.filter((w, i) => !sounds.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')) || /^huh\b/i.test(words[i + 1] ?? ''));
  const said = kept.join(' ').replace(/^[\s,.;:!?…-]+/u, '');
  return kept.length > 0 && /[\p{L}\p{N}]/u.test(said) ? said : text;
}
