/**
 * What Alexa's standard built-in intents hear without any sample from the skill, for the local
 * stand-in of Alexa. Amazon trains these intents itself and publishes only examples: the English
 * lists are the "Common Utterances" of Amazon's "Standard Built-in Intents" page
 * (developer.amazon.com/docs/custom-skills/standard-built-in-intents.html); the German lists are
 * the same examples in German. Everything else the local Alexa understanding knows comes from
 * the skill's own interaction model (models/alexa), samples it adds to these intents included.
 */

/** Sample utterances per AMAZON.* intent and language. */
export const AMAZON_BUILTIN_SAMPLES: Readonly<Record<string, Readonly<Record<'en' | 'de', readonly string[]>>>> = {
  'AMAZON.CancelIntent': { en: ['cancel', 'never mind', 'forget it'], de: ['abbrechen', 'vergiss es', 'schon gut'] },
  'AMAZON.HelpIntent': { en: ['help', 'help me', 'can you help me'], de: ['hilfe', 'hilf mir', 'kannst du mir helfen'] },
  'AMAZON.StopIntent': { en: ['stop', 'off', 'shut up'], de: ['stopp', 'aus', 'sei still'] },
  'AMAZON.NavigateHomeIntent': { en: ['go home'], de: ['zur startseite'] },
  'AMAZON.YesIntent': { en: ['yes', 'yeah', 'sure'], de: ['ja', 'jawohl', 'klar'] },
  'AMAZON.NoIntent': { en: ['no', 'no thanks'], de: ['nein', 'nein danke'] },
  'AMAZON.RepeatIntent': { en: ['repeat', 'say that again', 'repeat that'], de: ['wiederholen', 'sag das noch mal', 'wiederhole das'] },
  'AMAZON.StartOverIntent': { en: ['start over', 'restart', 'start again'], de: ['von vorne', 'neu starten', 'noch mal von vorne'] },
  'AMAZON.MoreIntent': { en: ['more'], de: ['mehr'] },
};
