/**
 * Below these confidences text is not understood and goes to the fallback intent, as on the
 * platforms. Chosen by `npm run nlu:tune` (cross-validation on the project's own phrasings and
 * CLINC150's train split, never its val split); docs/understanding.md has the figures.
 */
import type { Locale } from '../../fulfillment/kit/locale';

/**
 * The fallback threshold per language. English at 0.24 raised both accuracies and both rejections
 * over 0.28 with the 2- to 4-grams. German, whose out-of-scope rejection is the lower figure, went
 * from 0.28 to 0.32 with naive Bayes folded into the classifier, whose probabilities run higher:
 * at 0.28 it lost 1.6 points of rejection for 0.9 of accuracy, at 0.32 it trades half a point of
 * accuracy for half a point of rejection (docs/understanding.md, 2026-12-07).
 */
export const FALLBACK_THRESHOLDS: Readonly<Record<'en' | 'de', number>> = { en: 0.24, de: 0.32 };

/** The fallback threshold of a locale. */
export function thresholdFor(locale: Locale): number {
  return FALLBACK_THRESHOLDS[locale.startsWith('de') ? 'de' : 'en'];
}
