/**
 * A question asked with the transfer being prepared dropped in the same breath ("cancel that and
 * tell me my balance", "forget it, what's my balance", "vergiss es, wie ist mein Kontostand").
 * Every intent with a `cancelFirst` slot gets a few of its own samples with the cancel before
 * them, so that the platform hears both: the question alone would bring the transfer back after
 * its answer, the cancel alone would leave the question unanswered.
 */
import type { Locale } from '../../fulfillment/kit/locale';
import type { IntentModels } from './intent-model';
import { withSamplesFor } from './samples-added';

/**
 * How many of an intent's samples without a slot carry the cancel. German's fourth balance sample
 * ("wie viel Geld habe ich") would pull "wie viel Geld ist auf der Kreditkarte noch verfügbar" from
 * the card's available credit to the balance.
 */
const CARRIERS: Record<'en' | 'de', number> = { en: 4, de: 3 };

/** The words that join the cancel to the question, besides none at all ("forget it, what's my balance"). */
const AND: Record<'en' | 'de', string> = { en: 'and', de: 'und' };

/** The samples of one intent with the cancel before them, in one locale. */
function afterACancel(own: readonly string[], locale: Locale): string[] {
  const language = locale === 'de-DE' ? 'de' : 'en';
  const and = AND[language];
  const carried = own.filter((s) => !s.includes('{')).slice(0, CARRIERS[language]);
  return carried.flatMap((s) => [`{cancelFirst} ${and} ${s}`, `{cancelFirst} ${s}`]);
}

/** The intents' samples with the cancel before some of them, where the intent has a `cancelFirst` slot. */
export function withCancelFirst(models: IntentModels): IntentModels {
  return withSamplesFor(models, 'cancelFirst', afterACancel);
}
