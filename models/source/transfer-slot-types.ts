/**
 * The slot types of transfers. Alexa has no money slot: an amount is AMAZON.NUMBER for the
 * whole units plus an optional AMAZON.NUMBER for cents ("fifty dollars and twenty cents");
 * Dialogflow hears the whole amount as @sys.unit-currency. Payees differ per customer: the
 * static values only teach the model, and each session's real names arrive as Alexa dynamic
 * entities or Dialogflow session entities.
 */
import type { Locale } from '../../fulfillment/kit/locale';
import { CARD_OPTION_WORDS, CARD_OPTIONS } from '../../fulfillment/transfers/card-option-words';
import type { BuiltinSlotType, CustomSlotType } from './types';

const cardOptions = (locale: Locale) => CARD_OPTIONS.map((id) => ({ id, synonyms: [...CARD_OPTION_WORDS[locale][id]] }));

const AMOUNT: BuiltinSlotType = {
  kind: 'builtin',
  alexa: 'AMAZON.NUMBER',
  dialogflow: 'sys.unit-currency',
  samples: { 'en-US': ['50', '12.50', '200'], 'en-GB': ['50', '12.50', '200'], 'de-DE': ['50', '12,50', '200'] },
};

const CENTS: BuiltinSlotType = {
  kind: 'builtin',
  alexa: 'AMAZON.NUMBER',
  dialogflow: 'sys.number',
  samples: { 'en-US': ['20', '5'], 'en-GB': ['20', '5'], 'de-DE': ['50', '20'] },
};

const PIN: BuiltinSlotType = {
  kind: 'builtin',
  alexa: 'AMAZON.FOUR_DIGIT_NUMBER',
  dialogflow: 'sys.number-sequence',
  samples: { 'en-US': ['1234'], 'en-GB': ['1234'], 'de-DE': ['1234'] },
};

const ORDINAL: BuiltinSlotType = {
  kind: 'builtin',
  alexa: 'AMAZON.Ordinal',
  dialogflow: 'sys.ordinal',
  samples: { 'en-US': ['second', 'first'], 'en-GB': ['second', 'first'], 'de-DE': ['zweite', 'erste'] },
};

/**
 * The ends of a list read out, which no platform's ordinal type knows: "the last one", "the
 * latter", "die letzte". The ids are what the core reads (pipeline/ordinal.ts).
 */
const LIST_END: CustomSlotType = {
  kind: 'custom',
  alexa: 'LIST_END',
  dialogflow: 'ListEnd',
  values: {
    'en-US': [
      { id: 'first', synonyms: ['former'] },
      { id: 'last', synonyms: ['last', 'latter', 'final', 'very last'] },
    ],
    'en-GB': [
      { id: 'first', synonyms: ['former'] },
      { id: 'last', synonyms: ['last', 'latter', 'final', 'very last'] },
    ],
    'de-DE': [
      { id: 'first', synonyms: ['erstere', 'ersteren', 'ersterer', 'ersteres'] },
      { id: 'last', synonyms: ['letzte', 'letzten', 'letzter', 'letztes', 'letztere', 'letzteren', 'letzterer', 'allerletzte'] },
    ],
  },
};

const placeholders = (names: readonly string[]) => names.map((n) => ({ id: n.toLowerCase().replace(/\s+/g, '-'), synonyms: [n] }));

const PAYEE: CustomSlotType = {
  kind: 'custom',
  alexa: 'PAYEE',
  dialogflow: 'Payee',
  dynamic: true,
  spokenBack: true,
  values: {
    'en-US': placeholders(['Anna', 'Bob Carter', 'Maria Garcia']),
    'en-GB': placeholders(['Anna', 'Tom Baker']),
    'de-DE': placeholders(['Anna', 'Jonas Weber']),
  },
};

/** What to pay on the credit card: the words the dialog matches, one value per option. */
const CARD_PAYMENT: CustomSlotType = {
  kind: 'custom',
  alexa: 'CARD_PAYMENT',
  dialogflow: 'CardPayment',
  values: {
    'en-US': cardOptions('en-US'),
    'en-GB': cardOptions('en-GB'),
    'de-DE': cardOptions('de-DE'),
  },
};

/** The transfer slot types, spread into SLOT_TYPES. */
export const TRANSFER_SLOT_TYPES = { AMOUNT, CENTS, PIN, ORDINAL, LIST_END, PAYEE, CARD_PAYMENT } as const;
