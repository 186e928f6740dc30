/**
 * The slot types of transactions, spending, cards and discreet mode. Dates are the platforms'
 * own: Alexa's AMAZON.DATE, and Dialogflow's @sys.date-time for a period (it gives a date or a
 * {startDate, endDate} period, so "yesterday" and "last month" fill the same slot).
 */
import type { Locale } from '../../fulfillment/kit/locale';
import { CARD_DETAIL_WORDS, CARD_KIND_WORDS } from '../../fulfillment/cards/card-words';
import { CATEGORY_WORDS } from '../../fulfillment/insights/category-words';
import { SWITCH_WORDS } from '../../fulfillment/discreet/switch-words';
import { PRIVATELY_WORDS } from '../../fulfillment/discreet/privately-words';
import { EARLIER_WORDS } from '../../fulfillment/insights/earlier-words';
import { LARGEST_WORDS } from '../../fulfillment/insights/largest-words';
import { ABOVE_WORDS } from '../../fulfillment/insights/above-words';
import { BREAKDOWN_WORDS } from '../../fulfillment/insights/breakdown-words';
import { LATEST_WORDS } from '../../fulfillment/insights/latest-words';
import { PENDING_WORDS } from '../../fulfillment/insights/pending-words';
import { SENT_WORDS } from '../../fulfillment/insights/sent-words';
import { DIRECTION_WORDS } from '../../fulfillment/insights/direction-words';
import { INTEREST_WORDS } from '../../fulfillment/insights/interest-words';
import { OVERDRAWN_WORDS } from '../../fulfillment/accounts/overdrawn-words';
import { AFTERWARDS_WORDS } from '../../fulfillment/accounts/afterwards-words';
import { PAYEE_PRONOUN_WORDS } from '../../fulfillment/pipeline/payee-pronoun';
import { MERCHANT_SAMPLES } from './merchant-samples';
import type { BuiltinSlotType, CustomSlotType } from './types';

type Values = CustomSlotType['values'][Locale];

/** One value per id, its words as synonyms. */
function fromWords(table: Readonly<Record<Locale, Readonly<Record<string, readonly string[]>>>>): CustomSlotType['values'] {
  const values = (locale: Locale): Values =>
    Object.entries(table[locale]).map(([id, words]) => ({ id, synonyms: words.map((w) => w.toLowerCase()) }));
  return { 'en-US': values('en-US'), 'en-GB': values('en-GB'), 'de-DE': values('de-DE') };
}

/**
 * Sample merchants of a locale, each its own value. Any merchant name is heard; these only teach
 * the model. A name with an apostrophe is also written without it ("trader joes"), as it is typed.
 */
function merchants(locale: Locale): Values {
  return MERCHANT_SAMPLES[locale].map((name) => {
    const bare = name.replace(/['’]/g, '');
    return { id: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'), synonyms: bare === name ? [name] : [name, bare] };
  });
}

const MERCHANT: CustomSlotType = {
  kind: 'custom',
  alexa: 'MERCHANT',
  dialogflow: 'Merchant',
  spokenBack: true,
  openValues: true,
  values: { 'en-US': merchants('en-US'), 'en-GB': merchants('en-GB'), 'de-DE': merchants('de-DE') },
};

const PERIOD: BuiltinSlotType = {
  kind: 'builtin',
  alexa: 'AMAZON.DATE',
  dialogflow: 'sys.date-time',
  samples: {
    'en-US': ['last month', 'this week', 'yesterday', 'in October', 'today'],
    'en-GB': ['last month', 'this week', 'yesterday', 'in October', 'today'],
    'de-DE': ['letzten Monat', 'diese Woche', 'gestern', 'im Oktober', 'heute'],
  },
};

const END_DATE: BuiltinSlotType = {
  kind: 'builtin',
  alexa: 'AMAZON.DATE',
  dialogflow: 'sys.date',
  samples: { 'en-US': ['November 10', 'yesterday'], 'en-GB': ['10 November', 'yesterday'], 'de-DE': ['10. November', 'gestern'] },
};

/** The day a period "since Monday", "seit dem ersten" starts; it ends today. */
const START_DATE: BuiltinSlotType = {
  kind: 'builtin',
  alexa: 'AMAZON.DATE',
  dialogflow: 'sys.date',
  samples: { 'en-US': ['Monday', 'November 2'], 'en-GB': ['Monday', '2 November'], 'de-DE': ['Montag', 'zweiten November'] },
};

/** How many transactions to read ("my last five transactions"). */
const TRANSACTION_COUNT: BuiltinSlotType = {
  kind: 'builtin',
  alexa: 'AMAZON.NUMBER',
  dialogflow: 'sys.number',
  samples: { 'en-US': ['five', 'ten'], 'en-GB': ['five', 'ten'], 'de-DE': ['fünf', 'zehn'] },
};

/** The slot types these intents use, by name. */
export const INSIGHT_SLOT_TYPES = {
  MERCHANT,
  TRANSACTION_COUNT,
  // Open, so that a category the skill does not know is heard and said so, never dropped for all spending.
  CATEGORY: { kind: 'custom', alexa: 'CATEGORY', dialogflow: 'Category', openValues: true, values: fromWords(CATEGORY_WORDS) },
  PERIOD,
  END_DATE,
  START_DATE,
  CARD_KIND: { kind: 'custom', alexa: 'CARD_KIND', dialogflow: 'CardKind', values: fromWords(CARD_KIND_WORDS) },
  CARD_DETAIL: { kind: 'custom', alexa: 'CARD_DETAIL', dialogflow: 'CardDetail', values: fromWords(CARD_DETAIL_WORDS) },
  ON_OFF: { kind: 'custom', alexa: 'ON_OFF', dialogflow: 'OnOff', values: fromWords(SWITCH_WORDS) },
  /** "Be discreet", "keine Beträge bitte" said inside a question: discreet mode turned on before it is answered. */
  PRIVATELY: { kind: 'custom', alexa: 'PRIVATELY', dialogflow: 'Privately', values: fromWords(PRIVATELY_WORDS) },
  /** "The week before", "davor": no platform's date type says what it is before. */
  EARLIER: { kind: 'custom', alexa: 'EARLIER', dialogflow: 'Earlier', values: fromWords(EARLIER_WORDS) },
  /** "Biggest", "größte": a spending question about its largest single payment. */
  LARGEST: { kind: 'custom', alexa: 'LARGEST', dialogflow: 'Largest', values: fromWords(LARGEST_WORDS) },
  ABOVE: { kind: 'custom', alexa: 'ABOVE', dialogflow: 'Above', values: fromWords(ABOVE_WORDS) },
  /** "The most", "am meisten": a spending question about where the money went, category by category. */
  BREAKDOWN: { kind: 'custom', alexa: 'BREAKDOWN', dialogflow: 'Breakdown', values: fromWords(BREAKDOWN_WORDS) },
  /** "Last time", "zuletzt": a spending question about its most recent payment. */
  MOST_RECENT: { kind: 'custom', alexa: 'MOST_RECENT', dialogflow: 'MostRecent', values: fromWords(LATEST_WORDS) },
  /** "Interest", "Zinsen": an income question about the interest the bank paid. */
  INTEREST: { kind: 'custom', alexa: 'INTEREST', dialogflow: 'Interest', values: fromWords(INTEREST_WORDS) },
  /** "Overdrawn", "im Minus": a balance question asked for a yes or no. */
  OVERDRAWN: { kind: 'custom', alexa: 'OVERDRAWN', dialogflow: 'Overdrawn', values: fromWords(OVERDRAWN_WORDS) },
  /** "Left after that", "dann": a balance question about the source account once the waiting transfer is sent. */
  AFTERWARDS: { kind: 'custom', alexa: 'AFTERWARDS', dialogflow: 'Afterwards', values: fromWords(AFTERWARDS_WORDS) },
  /** "Pending", "vorgemerkt": a transactions question about what the bank still holds as pending. */
  PENDING: { kind: 'custom', alexa: 'PENDING', dialogflow: 'Pending', values: fromWords(PENDING_WORDS) },
  /** "Transfers", "Überweisungen": a transactions question about the money the customer sent. */
  SENT: { kind: 'custom', alexa: 'SENT', dialogflow: 'Sent', values: fromWords(SENT_WORDS) },
  /** "Went out", "ab": a transactions question about the money that left an account (or came in). */
  DIRECTION: { kind: 'custom', alexa: 'DIRECTION', dialogflow: 'Direction', values: fromWords(DIRECTION_WORDS) },
  /** "Her", "ihm": a payee named by a pronoun in a question about them. */
  PAYEE_PRONOUN: { kind: 'custom', alexa: 'PAYEE_PRONOUN', dialogflow: 'PayeePronoun', values: fromWords(PAYEE_PRONOUN_WORDS) },
} as const;
