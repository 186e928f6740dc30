/** The locales the skill speaks. */
export const LOCALES = ['en-US', 'en-GB', 'de-DE'] as const;

/** A locale the skill speaks. */
export type Locale = (typeof LOCALES)[number];

/** The locale used when a platform sends one the skill does not speak. */
export const DEFAULT_LOCALE: Locale = 'en-US';

/**
 * Picks the supported locale for a platform's language tag: an exact match first, then the
 * first supported locale with the same language ("de-AT" -> "de-DE", "en-AU" -> "en-US").
 */
export function resolveLocale(tag: string | undefined): Locale {
  if (!tag) return DEFAULT_LOCALE;
  const normalised = tag.replace('_', '-').toLowerCase();
  const exact = LOCALES.find((l) => l.toLowerCase() === normalised);
  if (exact) return exact;
  const language = normalised.split('-')[0];
  return LOCALES.find((l) => l.toLowerCase().startsWith(`${language}-`)) ?? DEFAULT_LOCALE;
}
