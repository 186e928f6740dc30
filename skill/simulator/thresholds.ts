/**
 * Below these confidences text is not understood and goes to the fallback intent, as on the
 * platforms. Chosen by `npm run nlu:tune` (cross-validation on the project's own phrasings and
 * CLINC150's train split, never its val split); docs/understanding.md has the figures.
 */
import type { Locale } from '../../fulfillment/kit/locale';

/**
 * The fallback threshold per language. English at 0.24 raised both accuracies and both rejections
 * over 0.28 with the 2- to 4-grams; German, whose out-of-scope rejection is the lower figure,
 * keeps 0.28.
 */
export const FALLBACK_THRESHOLDS: Readonly<Record<'en' | 'de', number>> = { en: 0.24, de: 0.28 };

/** The fallback threshold of a locale. */
export function thresholdFor(locale: Locale): number {
  return FALLBACK_THRESHOLDS[locale.startsWith('de') ? 'de' : 'en'];
}
