/**
 * The slot types of transfers. Alexa has no money slot: an amount is AMAZON.NUMBER for the
 * whole units plus an optional AMAZON.NUMBER for cents ("fifty dollars and twenty cents");
 * Dialogflow hears the whole amount as @sys.unit-currency. Payees differ per customer: the
 * static values only teach the model, and each session's real names arrive as Alexa dynamic
 * entities or Dialogflow session entities.
 */
import type { Locale } from '../../fulfillment/kit/locale';
import { AMOUNT_WORD_IDS } from '../../fulfillment/transfers/amount-words';
import { MORE_WORDS } from '../../fulfillment/transfers/more-words';
import { RECURRING_WORDS } from '../../fulfillment/transfers/recurring-words';
import { SAME_AMOUNT_WORDS } from '../../fulfillment/transfers/same-amount-words';
import { ROUGH_AMOUNT_WORDS } from '../../fulfillment/transfers/rough-amount-words';
import { WHOLE_BALANCE_WORDS } from '../../fulfillment/transfers/whole-balance-words';
import { MOST_ALLOWED_WORDS } from '../../fulfillment/transfers/most-allowed-words';
import { CANCEL_FIRST_WORDS } from '../../fulfillment/transfers/cancel-first-words';
import { NO_FIRST_WORDS } from '../../fulfillment/transfers/no-first-words';
import { REVERSE_WORDS } from '../../fulfillment/transfers/reverse-words';
import { OTHER_ONE_WORDS } from '../../fulfillment/transfers/other-one-words';
import { PAID_BEFORE_WORDS } from '../../fulfillment/transfers/paid-before-words';
import { ALL_OF_THEM_WORDS } from '../../fulfillment/pipeline/all-of-them-words';
import { MISTAKE_ASKED_WORDS } from '../../fulfillment/transfers/mistake-asked-words';
import { ALL_CARD_OPTIONS, CARD_OPTION_WORDS } from '../../fulfillment/transfers/card-option-words';
import type { BuiltinSlotType, CustomSlotType } from './types';

/** A slot type's values in one locale: each id with the words for it. */
const valuesIn = (words: Readonly<Record<string, readonly string[]>>) => Object.entries(words).map(([id, synonyms]) => ({ id, synonyms: [...synonyms] }));
/** A slot type's values from a table of words per locale and id, the words the core matches heard text against. */
const wordValues = (table: Readonly<Record<Locale, Readonly<Record<string, readonly string[]>>>>): CustomSlotType['values'] => ({
  'en-US': valuesIn(table['en-US']),
  'en-GB': valuesIn(table['en-GB']),
  'de-DE': valuesIn(table['de-DE']),
});
/** A custom slot type whose values are a table of words the core matches heard text against, under its name on each platform. */
const wordSlotType = (alexa: string, dialogflow: string, table: Readonly<Record<Locale, Readonly<Record<string, readonly string[]>>>>): CustomSlotType => ({
  kind: 'custom',
  alexa,
  dialogflow,
  values: wordValues(table),
});
const cardOptions = (locale: Locale) => ALL_CARD_OPTIONS.map((id) => ({ id, synonyms: [...CARD_OPTION_WORDS[locale][id]] }));

const AMOUNT: BuiltinSlotType = {
  kind: 'builtin',
  alexa: 'AMAZON.NUMBER',
  dialogflow: 'sys.unit-currency',
  samples: { 'en-US': ['50', '12.50', '200'], 'en-GB': ['50', '12.50', '200'], 'de-DE': ['50', '12,50', '200'] },
};

/**
 * A number said alone for an amount ("fifty" answering "how much?"), for Dialogflow alone: its
 * unit-currency hears a number only with a currency, so a bare number would arrive as no amount.
 * The Dialogflow units read it as the amount; Alexa's AMAZON.NUMBER amount hears it already.
 */
const NUMBER_ALONE: BuiltinSlotType = {
  kind: 'builtin',
  alexa: 'AMAZON.NUMBER',
  dialogflow: 'sys.number',
  onlyOn: 'dialogflow',
  samples: { 'en-US': ['50', '200'], 'en-GB': ['50', '200'], 'de-DE': ['50', '200'] },
};

/**
 * An amount the customer takes back while correcting it ("not fifty, sixty"): a slot of its
 * own, so the platform does not put the old number in the amount. The core reads it only to
 * know that an amount was taken back and none given ("not fifty" asks for the amount again).
 */
const TAKEN_BACK_AMOUNT: BuiltinSlotType = {
  kind: 'builtin',
  alexa: 'AMAZON.NUMBER',
  dialogflow: 'sys.number',
  samples: { 'en-US': ['25', '40'], 'en-GB': ['25', '40'], 'de-DE': ['25', '40'] },
};

/**
 * The amount of a second transfer said in the same breath ("twenty to Anna and thirty to Bob"):
 * a slot of its own, so the platform does not put it in the amount. The core sends one transfer
 * at a time and says so; it keeps no second amount.
 */
const NEXT_AMOUNT: BuiltinSlotType = {
  kind: 'builtin',
  alexa: 'AMAZON.NUMBER',
  dialogflow: 'sys.number',
  samples: { 'en-US': ['30', '15'], 'en-GB': ['30', '15'], 'de-DE': ['30', '15'] },
};

const CENTS: BuiltinSlotType = {
  kind: 'builtin',
  alexa: 'AMAZON.NUMBER',
  dialogflow: 'sys.number',
  samples: { 'en-US': ['20', '5'], 'en-GB': ['20', '5'], 'de-DE': ['50', '20'] },
};

/**
 * Cents said with no whole units ("fifty cents", "50p"), for Alexa alone, which has no money
 * slot; Dialogflow's unit-currency hears them as an amount.
 */
const CENTS_ALONE: BuiltinSlotType = {
  kind: 'builtin',
  alexa: 'AMAZON.NUMBER',
  dialogflow: 'sys.number',
  onlyOn: 'alexa',
  samples: { 'en-US': ['50', '5'], 'en-GB': ['50', '5'], 'de-DE': ['50', '20'] },
};

/** The day a transfer is asked for ("tomorrow", "on Friday"): heard so that a later day is refused in words. */
const TRANSFER_DATE: BuiltinSlotType = {
  kind: 'builtin',
  alexa: 'AMAZON.DATE',
  dialogflow: 'sys.date',
  samples: { 'en-US': ['tomorrow', 'on Friday'], 'en-GB': ['tomorrow', 'on Friday'], 'de-DE': ['morgen', 'am Freitag'] },
};

const PIN: BuiltinSlotType = {
  kind: 'builtin',
  alexa: 'AMAZON.FOUR_DIGIT_NUMBER',
  dialogflow: 'sys.number-sequence',
  samples: { 'en-US': ['1234'], 'en-GB': ['1234'], 'de-DE': ['1234'] },
};

/** The last four digits the skill spoke for an account, payee or card: "the one ending in 7781". */
const LAST_FOUR: BuiltinSlotType = {
  kind: 'builtin',
  alexa: 'AMAZON.FOUR_DIGIT_NUMBER',
  dialogflow: 'sys.number-sequence',
  samples: { 'en-US': ['7781', '4321'], 'en-GB': ['2202', '6610'], 'de-DE': ['1102', '4455'] },
};

const ORDINAL: BuiltinSlotType = {
  kind: 'builtin',
  alexa: 'AMAZON.Ordinal',
  dialogflow: 'sys.ordinal',
  samples: { 'en-US': ['second', 'first'], 'en-GB': ['second', 'first'], 'de-DE': ['zweite', 'erste'] },
};

/**
 * A currency said with an amount, for Alexa alone, whose AMAZON.NUMBER hears only the number:
 * without it "fifty euros" on an American skill would be read back as fifty dollars. The ids are
 * ISO 4217 codes; Dialogflow's unit-currency hears the currency with the number.
 */
const CURRENCY: CustomSlotType = {
  kind: 'custom',
  alexa: 'CURRENCY',
  dialogflow: 'Currency',
  onlyOn: 'alexa',
  values: {
    'en-US': [
      { id: 'USD', synonyms: ['dollars', 'dollar', 'bucks', 'buck', 'us dollars'] },
      { id: 'EUR', synonyms: ['euros', 'euro'] },
      { id: 'GBP', synonyms: ['pounds', 'pound', 'quid', 'pounds sterling', 'british pounds'] },
      { id: 'CAD', synonyms: ['canadian dollars'] },
      { id: 'MXN', synonyms: ['pesos', 'peso', 'mexican pesos'] },
      { id: 'CHF', synonyms: ['swiss francs', 'francs'] },
      { id: 'JPY', synonyms: ['yen'] },
    ],
    'en-GB': [
      { id: 'GBP', synonyms: ['pounds', 'pound', 'quid', 'pounds sterling', 'sterling'] },
      { id: 'EUR', synonyms: ['euros', 'euro'] },
      { id: 'USD', synonyms: ['dollars', 'dollar', 'us dollars', 'bucks'] },
      { id: 'CHF', synonyms: ['swiss francs', 'francs'] },
      { id: 'JPY', synonyms: ['yen'] },
    ],
    'de-DE': [
      { id: 'EUR', synonyms: ['euro', 'euros'] },
      { id: 'USD', synonyms: ['dollar', 'us dollar'] },
      { id: 'GBP', synonyms: ['pfund', 'britische pfund', 'pfund sterling'] },
      { id: 'CHF', synonyms: ['franken', 'schweizer franken'] },
      { id: 'JPY', synonyms: ['yen'] },
    ],
  },
};

/**
 * An amount said as one word ("a tenner", "einen Zehner"): the ids are the whole number of the
 * account's currency it stands for (fulfillment/transfers/amount-words.ts).
 */
const AMOUNT_WORD = wordSlotType('AMOUNT_WORD', 'AmountWord', AMOUNT_WORD_IDS);

/** "The same as last time", "wie immer": the amount of the last transfer to the payee. */
const SAME_AMOUNT = wordSlotType('SAME_AMOUNT', 'SameAmount', SAME_AMOUNT_WORDS);

/** "About", "a couple", "ungefähr": an amount said as a guess, asked for again (fulfillment/transfers/rough-amount-words.ts). */
const ROUGH_AMOUNT = wordSlotType('ROUGH_AMOUNT', 'RoughAmount', ROUGH_AMOUNT_WORDS);

/** "Everything", "all of it", "alles": the whole balance of the account the money comes from. */
const WHOLE_BALANCE = wordSlotType('WHOLE_BALANCE', 'WholeBalance', WHOLE_BALANCE_WORDS);

/** "The maximum", "so viel wie geht": the most a voice transfer may carry now. */
const MOST_ALLOWED = wordSlotType('MOST_ALLOWED', 'MostAllowed', MOST_ALLOWED_WORDS);

/** "Cancel that and ...", "vergiss es, ...": the transfer being prepared dropped before a question. */
const CANCEL_FIRST = wordSlotType('CANCEL_FIRST', 'CancelFirst', CANCEL_FIRST_WORDS);

/** "Actually no, and cancel ...", "nein, und storniere ...": a no to the question asked, said before a cancel. */
const NO_FIRST = wordSlotType('NO_FIRST', 'NoFirst', NO_FIRST_WORDS);

/** "Add ten", "ten more", "zehn Euro mehr": an amount to add to the one asked for. */
const MORE = wordSlotType('MORE', 'More', MORE_WORDS);

/** "Every month", "jeden Monat": a transfer asked to repeat, which the skill does not set up. */
const RECURRING = wordSlotType('RECURRING', 'Recurring', RECURRING_WORDS);

/** "No, the other one", "die andere": the other of the two payees "which one?" offered. */
const OTHER_ONE = wordSlotType('OTHER_ONE', 'OtherOne', OTHER_ONE_WORDS);

/** "The one I paid last time", "die von letztem Mal": the payee the bank's history shows was paid last. */
const PAID_BEFORE = wordSlotType('PAID_BEFORE', 'PaidBefore', PAID_BEFORE_WORDS);

/** "Both", "all of them", "beide": every item a question was about, never a plain yes. */
const ALL_OF_THEM = wordSlotType('ALL_OF_THEM', 'AllOfThem', ALL_OF_THEM_WORDS);

/** "Was that the wrong person?", "war das der falsche Empfänger?": a mistake asked about, never said. */
const MISTAKE_ASKED = wordSlotType('MISTAKE_ASKED', 'MistakeAsked', MISTAKE_ASKED_WORDS);

/** "The other way round", "andersrum": a move between own accounts, its accounts swapped. */
const REVERSE = wordSlotType('REVERSE', 'Reverse', REVERSE_WORDS);

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
      { id: 'first', synonyms: ['former', 'top'] },
      { id: 'last', synonyms: ['last', 'latter', 'final', 'very last', 'bottom'] },
    ],
    'en-GB': [
      { id: 'first', synonyms: ['former', 'top'] },
      { id: 'last', synonyms: ['last', 'latter', 'final', 'very last', 'bottom'] },
    ],
    'de-DE': [
      { id: 'first', synonyms: ['erstere', 'ersteren', 'ersterer', 'ersteres', 'obere', 'oberste'] },
      { id: 'last', synonyms: ['letzte', 'letzten', 'letzter', 'letztes', 'letztere', 'letzteren', 'letzterer', 'allerletzte', 'untere', 'unterste'] },
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
export const TRANSFER_SLOT_TYPES = { MORE, RECURRING, AMOUNT, NUMBER_ALONE, TAKEN_BACK_AMOUNT, NEXT_AMOUNT, CENTS, CENTS_ALONE, TRANSFER_DATE, CURRENCY, AMOUNT_WORD, ROUGH_AMOUNT, SAME_AMOUNT, WHOLE_BALANCE, MOST_ALLOWED, CANCEL_FIRST, NO_FIRST, REVERSE, OTHER_ONE, PAID_BEFORE, ALL_OF_THEM, MISTAKE_ASKED, PIN, LAST_FOUR, ORDINAL, LIST_END, PAYEE, CARD_PAYMENT } as const;
