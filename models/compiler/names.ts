/** What the compiler needs to know about locales and the skill's identity. */
import type { Locale } from '../../fulfillment/kit/locale';

/** The words that open the skill, per locale ("Alexa, open my voice bank"). */
export const INVOCATION_NAMES: Readonly<Record<Locale, string>> = {
  'en-US': 'my voice bank',
  'en-GB': 'my voice bank',
  'de-DE': 'meine sprachbank',
};

/** Dialogflow's language code for each locale. */
export const DIALOGFLOW_LANGUAGES: Readonly<Record<Locale, string>> = { 'en-US': 'en', 'en-GB': 'en-gb', 'de-DE': 'de' };

/** Alexa built-in intents every custom skill must declare. */
export const REQUIRED_ALEXA_BUILTINS = [
  'AMAZON.CancelIntent',
  'AMAZON.HelpIntent',
  'AMAZON.StopIntent',
  'AMAZON.NavigateHomeIntent',
  'AMAZON.FallbackIntent',
] as const;
