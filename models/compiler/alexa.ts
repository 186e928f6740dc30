/** Compiles the model source into the ASK CLI skill package: skill.json and one interaction model per locale. */
import type { IntentName } from '../../fulfillment/pipeline/intent-catalog';
import { LOCALES, type Locale } from '../../fulfillment/kit/locale';
import { ALEXA_ALIASES, PLATFORM_NAMES } from '../source/platform-names';
import type { SlotTypeName } from '../source/intent-model';
import { platformSlots, platformUtterances } from '../source/platform-view';
import { SLOT_TYPES } from '../source/slot-types';
import { INVOCATION_NAMES, REQUIRED_ALEXA_BUILTINS } from './names';

/** An Alexa intent as the interaction model writes it. */
export interface AlexaIntent {
  name: string;
  slots: { name: string; type: string }[];
  samples: string[];
}

/** An Alexa interaction model file. */
export interface AlexaModel {
  interactionModel: {
    languageModel: {
      invocationName: string;
      intents: AlexaIntent[];
      types: { name: string; values: { id: string; name: { value: string; synonyms: string[] } }[] }[];
    };
  };
}

/** The interaction model of one locale. */
export function alexaModel(locale: Locale): AlexaModel {
  const intents: AlexaIntent[] = [];
  const usedTypes = new Set<SlotTypeName>();
  for (const [intent, names] of Object.entries(PLATFORM_NAMES) as [IntentName, (typeof PLATFORM_NAMES)[IntentName]][]) {
    if (!names.alexa) continue;
    const slots = Object.entries(platformSlots(intent, 'alexa')).map(([name, type]) => {
      usedTypes.add(type);
      return { name, type: SLOT_TYPES[type].alexa };
    });
    intents.push({ name: names.alexa, slots, samples: platformUtterances(intent, locale, 'alexa') });
  }
  for (const builtin of [...REQUIRED_ALEXA_BUILTINS, ...Object.keys(ALEXA_ALIASES)]) {
    if (!intents.some((i) => i.name === builtin)) intents.push({ name: builtin, slots: [], samples: [] });
  }
  const types = [...usedTypes].flatMap((name) => {
    const type = SLOT_TYPES[name];
    if (type.kind !== 'custom') return [];
    return [{
      name: type.alexa,
      values: type.values[locale].map((v) => ({ id: v.id, name: { value: v.synonyms[0] ?? v.id, synonyms: v.synonyms.slice(1) } })),
    }];
  });
  return { interactionModel: { languageModel: { invocationName: INVOCATION_NAMES[locale], intents, types } } };
}

/** The skill manifest. The endpoint is a placeholder that `npm run deploy:package` replaces from PUBLIC_URL. */
export function alexaManifest(): object {
  const locales = Object.fromEntries(
    LOCALES.map((l) => [
      l,
      l === 'de-DE'
        ? { name: 'Meine Sprachbank', summary: 'Kontostand, Umsätze und Überweisungen per Sprache.', description: 'Frag nach deinem Kontostand, deinen Umsätzen und überweise sicher Geld an deine Empfänger.', examplePhrases: ['Alexa, öffne meine sprachbank', 'Alexa, frag meine sprachbank nach meinem Kontostand'], keywords: ['bank', 'konto'] }
        : { name: 'My Voice Bank', summary: 'Balances, spending and transfers by voice.', description: 'Ask for your balance and spending, and send money safely to your payees.', examplePhrases: ['Alexa, open my voice bank', 'Alexa, ask my voice bank what my balance is'], keywords: ['bank', 'balance'] },
    ]),
  );
  return {
    manifest: {
      manifestVersion: '1.0',
      publishingInformation: { locales, isAvailableWorldwide: false, distributionCountries: ['US', 'GB', 'DE'], category: 'BUSINESS_AND_FINANCE', testingInstructions: 'Link the account on the linking pages: on the sandbox bank, sign in as alex with the password sandbox and choose a voice PIN.' },
      apis: { custom: { endpoint: { uri: 'https://example.invalid/alexa', sslCertificateType: 'Wildcard' } } },
      privacyAndCompliance: { allowsPurchases: false, usesPersonalInfo: true, isChildDirected: false, isExportCompliant: true, containsAds: false, locales: Object.fromEntries(LOCALES.map((l) => [l, { privacyPolicyUrl: 'https://example.invalid/privacy' }])) },
    },
  };
}
