/** Sample utterances and slots of transactions, spending, income, cards, fraud and discreet mode. */
import type { IntentModels } from './intent-model';
import { englishAlike } from './types';

type InsightIntent = 'RecentTransactions' | 'More' | 'Spending' | 'Income' | 'FollowUp' | 'CardDetails' | 'LockCard' | 'UnlockCard' | 'CardStatus' | 'SuspiciousActivity' | 'FindCharge' | 'DiscreetMode' | 'DiscreetModeOn' | 'DiscreetModeOff' | 'DiscreetModeStatus';

/**
 * "What was that forty five dollar charge?": a payment looked up by its amount, in both English
 * locales (the currency's word differs). Never "say that again", which "what was that" alone is.
 */
const chargeByAmount = (currencyWord: string) => [
  `what was that {amount} ${currencyWord} charge`, `what was the {amount} ${currencyWord} charge`, `what's this {amount} ${currencyWord} charge`,
  `what is the charge for {amount} ${currencyWord}s`, `what was the charge of {amount} ${currencyWord}s`, `i see a charge of {amount} ${currencyWord}s`,
  `there is a {amount} ${currencyWord} charge on my card`, `who charged me {amount} ${currencyWord}s`, `what did i pay {amount} ${currencyWord}s for`,
  `where did i spend {amount} ${currencyWord}s`, `find the {amount} ${currencyWord} payment`, `tell me about the {amount} ${currencyWord} transaction`,
  `what was the {amount} ${currencyWord} payment`, `which payment was {amount} ${currencyWord}s`, 'what was that {amount} charge', 'what was the {amount} payment',
  'what was the charge for {amount} {currency}', 'what is this {amount} {currency} charge', 'what was that charge of {amount}',
  `what was that {amount} ${currencyWord} charge at {merchant}`, `what was the {amount} ${currencyWord} charge at {merchant}`, 'what was the {amount} {currency} payment at {merchant}',
  `i see a {amount} ${currencyWord} charge from {merchant}`,
  // "What about the twenty dollar one?" with nothing before it: a charge of that amount, never a transfer.
  // "Did Amazon charge me?": every payment there, with no amount.
  'did {merchant} charge me', 'has {merchant} charged me', 'did i get charged by {merchant}', 'any charges from {merchant}', 'show me the charges from {merchant}', 'did {merchant} take money from me',
  `what about the {amount} ${currencyWord} one`, `how about the {amount} ${currencyWord} one`, `what was the {amount} ${currencyWord} one`,
  // "What about the one for twenty quid?": the same payment named the other way round.
  `what about the one for {amount} ${currencyWord}s`,
  // "Everything over a hundred dollars": the payments larger than an amount, never that many of them.
  `show me charges {above} {amount} ${currencyWord}s`, `show me everything {above} {amount} ${currencyWord}s`, `any charges {above} {amount} ${currencyWord}s`,
  `list the payments {above} {amount} ${currencyWord}s`, `which payments were {above} {amount} ${currencyWord}s`, `what were my transactions {above} {amount} ${currencyWord}s`,
  `did i spend {above} {amount} ${currencyWord}s anywhere`, `show me transactions {above} {amount} ${currencyWord}s at {merchant}`, 'show me everything {above} {amount}',
  'any payments {above} {amount} {currency}', 'what charges were {above} {amount}', `have there been any payments {above} {amount} ${currencyWord}s`,
  `read me the charges {above} {amount} ${currencyWord}s`, `find payments {above} {amount} ${currencyWord}s`, `is there anything {above} {amount} ${currencyWord}s`,
  `anything {above} {amount} ${currencyWord}s`,
  // In a period ("last week", "in November"): only the payments then.
  `show me charges {above} {amount} ${currencyWord}s {period}`, `what were my transactions {above} {amount} ${currencyWord}s {period}`,
  `any payments {above} {amount} ${currencyWord}s {period}`, `did i spend {above} {amount} ${currencyWord}s anywhere {period}`,
  `what was that {amount} ${currencyWord} charge {period}`, `who charged me {amount} ${currencyWord}s {period}`, 'did {merchant} charge me {period}',
];

/** "How much did I send to Bob": what went to a payee, said alike in America and Britain. */
const SENT_TO_PAYEE_ENGLISH = [
  'how much did i send to {payee}',
  'how much did i send to {payee} {period}',
  'how much have i sent to {payee}',
  'how much money did i send {payee} {period}',
  'how much did i pay {payee} {period}',
  'how much have i transferred to {payee}',
];

/** "What was my biggest purchase last month": the largest single payment, said alike in America and Britain. */
const LARGEST_ENGLISH = [
  'what was my {largest} purchase {period}',
  'what was my {largest} purchase',
  'what is my {largest} expense {period}',
  'what was the {largest} thing i bought {period}',
  'any {largest} payments {period}',
  'were there any {largest} purchases {period}',
  'what was my {largest} payment at {merchant}',
  'what was my {largest} {category} purchase {period}',
  'my {largest} purchase {period}',
];

/** "What did I spend the most on last month": the spending by category, largest first. */
const BREAKDOWN = {
  en: [
    'what did i spend {breakdown=the most} on {period}', 'what did i spend {breakdown=the most} on', 'what do i spend {breakdown=the most money} on',
    'what have i spent {breakdown=the most} on {period}', 'what category did i spend {breakdown=the most} on {period}', 'which category do i spend {breakdown=the most} on',
    'where did {breakdown=most} of my money go {period}', 'where does {breakdown=most} of my money go', 'what do i spend {breakdown=most} of my money on',
    'what are my {breakdown=top categories} {period}', 'what were my {breakdown=biggest categories} of spending {period}',
    'break down my spending {breakdown=by category}', 'how much did i spend {breakdown=per category} {period}',
    'how much did i spend in {breakdown=each category} {period}',
  ],
  de: [
    'wofür habe ich {period} {breakdown=am meisten} ausgegeben', 'wofür habe ich {breakdown=am meisten} ausgegeben', 'wofür gebe ich {breakdown=am meisten} geld aus',
    'wo habe ich {period} {breakdown=am meisten} ausgegeben', 'in welcher kategorie habe ich {breakdown=am meisten} ausgegeben', 'wofür ging {period} {breakdown=das meiste geld} drauf',
    'wofür geht {breakdown=das meiste} geld drauf', 'meine ausgaben {breakdown=nach kategorien} {period}', 'zeig mir meine ausgaben {breakdown=nach kategorie}',
    'wie viel habe ich {period} {breakdown=pro kategorie} ausgegeben',
  ],
};

/** "What was the biggest one?" right after a spending answer: its largest payment, with what it asked about kept. */
const LARGEST_OF_THEM = {
  en: ['what was the {largest=biggest one}', 'which was the {largest=biggest one}', "what's the {largest=largest one}", 'and the {largest=biggest one}', 'and what was the {largest=biggest one}', 'what was the {largest} payment there'],
  de: ['was war die {largest}', 'was war die {largest} davon', 'und die {largest}', 'welche war die {largest}', 'welche zahlung war die {largest}', 'und was war die {largest}', 'was war die {largest} zahlung davon', 'welche davon war die {largest}'],
};

/** "How much did I send Anna last time", "when was I last at Starbucks": the most recent payment, said alike in America and Britain. */
/**
 * Spending with a category left out ("excluding rent", "ohne Miete"): the category taken out is
 * a slot of its own, `notCategory`, never the category asked about.
 */
const LEAVING_OUT = {
  en: [
    'how much did i spend {period} excluding {notCategory}', 'how much did i spend excluding {notCategory}', 'what did i spend {period} not counting {notCategory}',
    'my spending {period} without {notCategory}', 'how much did i spend apart from {notCategory}', 'what have i spent {period} except {notCategory}',
    'how much did i spend {period} other than {notCategory}', 'spending {period} excluding {notCategory}',
  ],
  de: [
    'was hab ich {period} ohne {notCategory} ausgegeben', 'wie viel habe ich ohne {notCategory} ausgegeben', 'wie viel habe ich {period} außer {notCategory} ausgegeben',
    'meine ausgaben {period} ohne {notCategory}', 'was habe ich {period} abgesehen von {notCategory} ausgegeben', 'ausgaben ohne {notCategory}',
  ],
};

/** "What transfers did I make this week", "an wen habe ich Geld überwiesen": the money sent, listed. */
const SENT_TRANSFERS = {
  en: [
    'what {sent} did i make {period}', 'what {sent} did i make', 'show me my {sent}', 'show me my {sent} {period}', 'list my recent {sent}', 'read me my {sent} {period}',
    // "Who did I last send money to?" is the last transfer's (TransferStatus): only with a period is it a list.
    'who did i {sent} to {period}', 'who have i {sent} to {period}', 'which {sent} went out {period}', 'did i make any {sent} {period}',
    'what are my recent {sent}', 'my {sent} {period}', 'tell me the {sent} {period}',
  ],
  de: [
    'welche {sent} habe ich {period} gemacht', 'welche {sent} habe ich gemacht', 'zeig mir meine {sent}', 'zeig mir meine {sent} {period}', 'lies mir meine {sent} {period} vor',
    'an wen habe ich {period} {sent}', 'wem habe ich {period} {sent}', 'habe ich {period} {sent} gemacht', 'meine {sent} {period}',
    'welche {sent} gingen {period} raus',
  ],
};

/** "How much have I sent today", "wie viel habe ich heute überwiesen": the total of the money sent, to anyone. */
const SENT_IN_ALL = {
  en: ['how much have i {sent=sent} {period}', 'how much money have i {sent=sent} {period}', 'how much did i {sent=transfer} {period}', 'how much have i {sent=transferred} in total {period}', 'what have i {sent=sent} {period} in total'],
  de: ['wie viel habe ich {period} {sent=überwiesen}', 'wie viel hab ich {period} {sent=überwiesen}', 'wie viel geld habe ich {period} {sent=überwiesen}', 'was habe ich {period} insgesamt {sent=überwiesen}'],
};

const LATEST_ENGLISH = [
  'how much did i send {payee} {latest}',
  'what did i send {payee} {latest}',
  'when did i pay {payee} {latest}',
  'when did i {latest=last} send money to {payee}',
  'what was my {latest=last} transfer to {payee}',
  'how much did i pay {payee} the {latest}',
  'when was i at {merchant} {latest}',
  'what was my {latest=last} payment at {merchant}',
  'how much did i spend at {merchant} {latest}',
  'what was my {latest=last} purchase',
  'what was my {latest=last} purchase again', 'tell me my {latest=last} purchase',
  'what was the {latest=last} thing i bought',
  'what did my {latest=last} purchase come to',
  'what was the {latest=last} thing i paid for',
  'what was my {latest=last} transaction',
  "what's my {latest=last} transaction",
  'tell me about my {latest=last} transaction',
  'what was the {latest=last} transaction on my {account}',
  'what was my {latest=last} {account} transaction',
  'tell me my {latest=last} {account} transaction', 'what was the {latest=last} {account} payment', 'my {latest=last} {account} transaction',
  'what was my {latest=last} purchase on my {account}',
  'what did i buy {latest}',
  'what was my {latest=last} {category} purchase',
  'how much did i send {pronoun} {latest}',
  'what did i send {pronoun} {latest}',
  'how much have i sent {pronoun} {period}',
  'when did i pay {pronoun} {latest}',
  // "Last" as the adverb, before the verb.
  'when did i {latest=last} pay {payee}',
  'when did i {latest=last} send {payee} money',
  'when did i {latest=last} transfer money to {payee}',
  'how much did i {latest=last} send {payee}',
  'when did i {latest=last} pay {pronoun}',
  'when was the {latest} i paid {payee}',
  'when was the {latest} i sent money to {payee}',
  'what was my {latest=last} payment to {payee}',
  // Asked of the last one whatever it was: a question, never the "cancel my last transfer" it sounds like.
  "what's the {latest=last} payment i made",
  'what was the {latest=last} payment i made',
  "what's the {latest=last} thing i bought on my {account}",
  'what was the {latest=last} thing i bought with my {account}',
  'what did i {latest=last} buy on my {account}',
];

/** Discreet mode switched by a word for on or off, in both English locales. */
const DISCREET_SWITCHED = [
  'turn {state} discreet mode', 'discreet mode {state}', 'switch discreet mode {state}', 'private mode {state}', 'turn discreet mode {state}',
  'switch {state} discreet mode', 'set discreet mode {state}', 'put discreet mode {state}', 'discreet mode {state} please',
  'can you turn {state} discreet mode', 'turn {state} private mode', 'discreet mode', '{state} discreet mode',
  'privacy mode {state}', 'turn {state} privacy mode', 'switch {state} privacy mode', 'private mode {state} please',
];

/**
 * Discreet mode asked for in the customer's own words, in both English locales. No word for on or
 * off ("enable") stands here or below: those are the state slot's words, and said with discreet
 * mode they are DiscreetMode's.
 */
const DISCREET_ON = [
  'be discreet', 'keep amounts private', 'do not read my balance out loud', 'stop saying amounts out loud',
  "don't say amounts out loud", 'do not say the amounts', "don't read out the amounts", 'someone is listening', 'someone can hear us',
  'people are listening', 'hide the amounts', 'no amounts please', "don't say numbers out loud", 'start discreet mode',
  'switch to discreet mode', 'use discreet mode', 'keep my balance private', 'go into discreet mode', 'i am not alone',
  'private mode', 'privacy mode', 'go private', 'there are people around', 'people can hear me', 'my flatmate can hear',
  "don't say any numbers", 'keep it quiet', "i'm on the bus", 'whisper mode', 'silent mode', "i'm in public", 'i am in public',
  // A wish to stay private that speaks of the amounts, or of turning the mode off, is still that wish.
  "don't say the amounts again", 'stop telling me the amounts', 'stop reading the amounts', "don't turn off discreet mode",
  'keep discreet mode on', 'no more numbers please', 'no more amounts', "don't tell me the amounts",
  // Saying one can be overheard is the wish itself: on a speaker, or with others in the room.
  "i'm on speaker", 'i am on speaker', "i'm on speakerphone", "you're on speaker", 'you are on speaker', "you're on speakerphone",
  "i've got you on speaker", 'i have you on speaker', "we're on speaker", "it's on speaker", 'my kids are here', 'the kids are here',
  'my family is here', "i'm with someone", 'someone is with me', 'other people can hear', 'others can hear', 'someone else is here',
  "i'm not alone", 'my wife is here', 'my husband is here', "i'm at work",
];

/** Amounts said aloud again, in both English locales. */
const DISCREET_OFF = [
  'say amounts out loud again', 'stop discreet mode', 'end discreet mode', 'exit discreet mode',
  'leave discreet mode', 'you can say the amounts again', 'read the amounts out loud', 'say the numbers again', 'i am alone now',
  'no more discreet mode', 'get out of discreet mode', 'read amounts aloud again',
  'stop being discreet', 'say the amounts', 'you can say the amounts', 'tell me the amounts', 'read the amounts',
  'exit privacy mode', 'leave privacy mode', 'normal mode', 'back to normal mode',
];

/** A question about discreet mode, which changes nothing, in both English locales. */
const DISCREET_STATUS = [
  'is discreet mode on', 'is discreet mode off', 'am i in discreet mode', 'is discreet mode turned on', 'is discreet mode active',
  'are you reading amounts out loud', 'is private mode on', 'do you say amounts out loud', 'is discreet mode still on',
  'is discreet mode enabled', 'is discreet mode switched on', 'are amounts being read out',
];

/** Transactions asked for over a period ("from last week", "yesterday"), in both English locales. */
const TRANSACTIONS_IN_A_PERIOD = [
  'show me my transactions from {period}', 'what transactions did i have {period}', 'what {direction=went out} of my {account} {period}',
  'any transactions {period}', 'read my transactions from {period}', 'my transactions {period}', 'what did i buy {period}',
  'list my transactions from {period} to {until}', 'transactions on my {account} {period}', 'what {direction=came out} of my account {period}',
  'show me my transactions since {since}', 'what {direction=came out} of my account since {since}', 'any transactions since {since}',
];

/** Only the money that left an account ("what went out of my savings"), in both English locales. */
const WENT_OUT = [
  'what {direction=went out} of my {account}', 'what {direction=came out} of my account', "what's {direction=gone out} of my {account}",
  'what has {direction=gone out} of my {account} {period}', 'what {direction=left} my {account} {period}', 'what {direction=went out} {period}', 'show me the {direction=money out} on my {account}',
  'what money {direction=went out} of my {account}',
];

/**
 * A card payment's option asked about by its own words ("how much is the minimum?"), which the
 * value finder reads as the option, not as the card detail: said here as such, so the question
 * stays a question, in both English locales.
 */
const CARD_OPTION_ASKED_ABOUT = ['how much do i owe', 'how much money do i owe', 'how much is the minimum', 'how much is the minimum payment', 'how much is the statement balance', 'what is the minimum payment again', "what's the minimum payment", 'what is the minimum payment', "what's the statement balance", 'what is the statement balance', "what's the minimum", 'what is my minimum payment'];

/**
 * The card to lock narrowed to the credit card ("no, just the credit card"), which the value
 * finder reads as the credit card account, not as a kind of card: said here as such, in both
 * English locales. The card question takes the one card named.
 */
const JUST_THE_CREDIT_CARD = ['just the credit card', 'only the credit card', 'no just the credit card', 'no only the credit card', 'just my credit card'];

/** These intents' models, spread at the end of INTENT_MODELS. */
export const INSIGHT_INTENT_MODELS: Pick<IntentModels, InsightIntent> = {
  RecentTransactions: {
    slots: { account: 'ACCOUNT_TYPE', count: 'TRANSACTION_COUNT', period: 'PERIOD', until: 'END_DATE', since: 'START_DATE', pending: 'PENDING', sent: 'SENT', direction: 'DIRECTION', privately: 'PRIVATELY', last4: 'LAST_FOUR', cancelFirst: 'CANCEL_FIRST' },
    utterances: {
      'en-US': ['any {pending} transactions', 'show me my {pending} transactions', "what's {pending}", 'what is {pending}', 'how much is {pending}', 'do i have anything {pending}', 'is there anything {pending} on my {account}', 'what payments are {pending}', 'anything {pending} on my {account}', "what's {pending} on my {account}", 'are there any charges that {pending}', 'which transactions are {pending}', 'what is {pending} on my {account}', "what's {pending} on my account", ...TRANSACTIONS_IN_A_PERIOD, ...WENT_OUT, 'what were my last transactions', 'what are my recent transactions', 'read my transactions', 'what did i buy recently', 'what are the latest transactions on my {account}', 'recent transactions on my {account}', 'what were my last {count} transactions', 'read me my last {count} transactions', 'show me the last {count} transactions on my {account}', 'my last {count} purchases', ...SENT_TRANSFERS.en],
      'en-GB': ['any {pending} transactions', 'show me my {pending} transactions', "what's {pending}", 'what is {pending}', 'how much is {pending}', 'do i have anything {pending}', 'is there anything {pending} on my {account}', 'what payments are {pending}', 'anything {pending} on my {account}', "what's {pending} on my {account}", 'are there any charges that {pending}', 'which transactions are {pending}', 'what is {pending} on my {account}', "what's {pending} on my account", ...TRANSACTIONS_IN_A_PERIOD, ...WENT_OUT, 'what were my last transactions', 'what are my recent transactions', 'read my transactions', 'what are the latest transactions on my {account}', 'recent transactions on my {account}', 'what were my last {count} transactions', 'read me my last {count} transactions', 'show me the last {count} transactions on my {account}', 'my last {count} purchases', ...SENT_TRANSFERS.en],
      'de-DE': ['was ist {pending}', 'welche umsätze sind {pending}', 'gibt es {pending} umsätze', 'was ist noch {pending}', 'zeig mir die {pending} umsätze', 'was ist auf dem {account} {pending}', 'welche buchungen sind {pending}', 'habe ich {pending} buchungen', 'wie viel ist {pending}', 
        'welche umsätze hatte ich {period}', 'zeig mir meine umsätze {period}', 'lies mir die umsätze von {period} vor', 'umsätze {period}',
        'was ging {period} vom {account} {direction=ab}', 'was ging von meinem {account} {direction=ab}', 'was ging vom {account} {direction=ab}', 'was ist von meinem {account} {direction=abgegangen}',
        'was wurde {period} von meinem {account} {direction=abgebucht}', 'was ging {period} von meinem {account} {direction=raus}', 'was ging {period} {direction=ab}', 'welche buchungen gab es {period}', 'umsätze auf meinem {account} {period}',
        'was habe ich {period} gekauft', 'zeig mir die buchungen vom {period} bis {until}', 'meine umsätze {period} bitte',
        'umsätze seit {since}', 'zeig mir die buchungen seit {since}', 'was ging seit {since} {direction=ab}',
        'was waren meine letzten umsätze', 'lies meine umsätze vor', 'was sind meine letzten buchungen', 'umsätze auf meinem {account}', 'was sind die letzten umsätze auf meinem {account}', 'was waren meine letzten {count} umsätze', 'lies mir die letzten {count} buchungen vor', 'zeig mir die letzten {count} umsätze auf meinem {account}', 'meine letzten {count} käufe', ...SENT_TRANSFERS.de],
    },
  },
  More: {
    slots: {},
    utterances: {
      ...englishAlike(['the next one', 'next one', 'the next ones', 'the next few', 'read me the next ones', 'hear more', 'more', 'tell me more', 'next ones', 'read more', 'keep going', 'what else', 'go on', 'any more', 'read on', 'continue reading', 'next', 'more please',
        // After a total: the payments behind it.
        'list them', 'which ones', 'what were they', 'read them out', 'read them to me', 'which ones were they', 'what were those', 'which payments were they', 'list them for me']),
      'de-DE': ['mehr', 'weitere', 'lies weiter', 'mehr hören', 'die nächsten', 'die nächste', 'die nächsten bitte', 'noch mehr', 'lies die nächsten vor', 'und die nächsten', 'mehr davon'],
    },
  },
  Spending: {
    slots: { merchant: 'MERCHANT', category: 'CATEGORY', notCategory: 'CATEGORY', period: 'PERIOD', until: 'END_DATE', since: 'START_DATE', payee: 'PAYEE', largest: 'LARGEST', breakdown: 'BREAKDOWN', latest: 'MOST_RECENT', pronoun: 'PAYEE_PRONOUN', account: 'ACCOUNT_TYPE', sent: 'SENT', privately: 'PRIVATELY', last4: 'LAST_FOUR', cancelFirst: 'CANCEL_FIRST' },
    utterances: {
      'en-US': [
        ...LEAVING_OUT.en,
        ...SENT_IN_ALL.en,
        'how much did i spend {period}',
        'how much did i spend at {merchant}',
        'how much did i spend at {merchant} {period}',
        'how much did i spend on {category}',
        'how much did i spend on {category} {period}',
        'what did i spend on {category} {period}',
        'how much have i spent {period}',
        'how much did i spend between {period} and {until}',
        'how much did i spend at {merchant} between {period} and {until}',
        'what is my spending {period}',
        'how much have i spent since {since}',
        'what have i spent since {since}',
        'how much have i spent at {merchant} since {since}',
        ...SENT_TO_PAYEE_ENGLISH,
        ...LARGEST_ENGLISH,
        ...LATEST_ENGLISH,
        ...BREAKDOWN.en,
      ],
      'en-GB': [
        ...LEAVING_OUT.en,
        ...SENT_IN_ALL.en,
        'how much did i spend {period}',
        'how much have i spent {period}',
        'how much did i spend at {merchant}',
        'how much did i spend at {merchant} {period}',
        'how much did i spend on {category} {period}',
        'how much have i spent on {category}',
        'how much did i spend between {period} and {until}',
        'how much have i spent since {since}',
        'what have i spent since {since}',
        'how much have i spent at {merchant} since {since}',
        "what's gone out {period}",
        'what has gone out {period}',
        "what's gone out of my {account} {period}",
        "what's gone out of my {account} since {since}",
        ...SENT_TO_PAYEE_ENGLISH,
        ...LARGEST_ENGLISH,
        ...LATEST_ENGLISH,
        ...BREAKDOWN.en,
      ],
      'de-DE': [
        ...LEAVING_OUT.de,
        ...SENT_IN_ALL.de,
        ...BREAKDOWN.de,
        'wie viel habe ich {period} ausgegeben',
        'wie viel habe ich bei {merchant} ausgegeben',
        'hab ich {payee} schon was überwiesen',
        'habe ich {payee} schon geld geschickt',
        'hab ich {payee} schon bezahlt',
        'habe ich {payee} {period} etwas überwiesen',
        'wie viel habe ich beim {merchant} ausgegeben',
        'was hab ich beim {merchant} ausgegeben',
        'wie viel war es {period} beim {merchant}',
        'wann war ich {latest} beim {merchant}',
        'wie viel habe ich im {merchant} ausgegeben',
        'wie viel habe ich {period} bei {merchant} ausgegeben',
        'wie viel habe ich für {category} ausgegeben',
        'wie viel habe ich {period} für {category} ausgegeben',
        'was habe ich {period} ausgegeben',
        'wie viel habe ich zwischen {period} und {until} ausgegeben',
        'was habe ich seit {since} ausgegeben',
        'wie viel habe ich seit {since} bei {merchant} ausgegeben',
        'wie viel habe ich an {payee} überwiesen',
        'wie viel habe ich {period} an {payee} überwiesen',
        'wie viel geld ging an {payee}',
        'wie viel habe ich {payee} {period} geschickt',
        'wie viel habe ich an {payee} gezahlt',
        'was war meine {largest} ausgabe {period}',
        'was war mein {largest} einkauf {period}',
        'was war die {largest} abbuchung {period}',
        'was war meine {largest} zahlung bei {merchant}',
        'meine {largest} ausgabe {period}',
        'was war mein {largest} einkauf',
        'was habe ich {period} am {largest} gekauft',
        'wie viel habe ich {payee} {latest} überwiesen',
        'was habe ich {payee} {latest} geschickt',
        'wann habe ich {payee} {latest} geld geschickt',
        'wann habe ich {latest} an {payee} überwiesen',
        'was war meine {latest=letzte} überweisung an {payee}',
        // The same said as typed: "letzte" also ends a list, and the words must match the sample as they are.
        'was war meine letzte überweisung an {payee}', 'was war die letzte buchung auf der {account}',
        'wann war meine {latest=letzte} überweisung an {payee}',
        'wie viel war die {latest=letzte} überweisung an {payee}',
        'wann war ich {latest} bei {merchant}',
        'wie viel habe ich {latest} bei {merchant} bezahlt',
        'was war meine {latest=letzte} zahlung bei {merchant}',
        'was war mein {latest=letzter} einkauf',
        'was war meine {latest=letzte} abbuchung',
        'was war meine {latest=letzte} ausgabe',
        'was war meine {latest=letzte} buchung',
        'was war die {latest=letzte} buchung',
        'zeig mir meine {latest=letzte} buchung',
        'was war denn meine {latest=letzte} buchung',
        'welche war meine {latest=letzte} buchung',
        'was war meine {latest=letzte} transaktion',
        'was war die {latest=letzte} buchung auf der {account}',
        'was war die {latest=letzte} zahlung mit der {account}',
        'was habe ich {latest} mit der {account} gekauft',
        'wofür habe ich {latest} geld ausgegeben',
        'wie viel habe ich {pronoun} {latest} überwiesen',
        'was habe ich {pronoun} {latest} geschickt',
        'wie viel habe ich {pronoun} {period} überwiesen',
      ],
    },
  },
  FollowUp: {
    slots: { period: 'PERIOD', until: 'END_DATE', since: 'START_DATE', category: 'CATEGORY', merchant: 'MERCHANT', account: 'ACCOUNT_TYPE', earlier: 'EARLIER', notCategory: 'CATEGORY', last4: 'LAST_FOUR', largest: 'LARGEST' },
    utterances: {
      ...englishAlike(['and now {period}', 'and now for {category}', '{period}', 'in {period}', 'for {period}', 'just {period}', '{category}', 'and {period}', 'and in {period}', 'what about {period}', 'how about {period}', 'what about in {period}', 'and for {period}', 'and what about {period}', 'and how about {period}', 'and on {category}', 'what about {category}', 'how about {category}', 'and {category}', 'what about on {category}', 'and for {category}', 'and what about {category}', 'and at {merchant}', 'what about at {merchant}', 'how about at {merchant}', 'and {merchant}', 'what about {merchant}', 'and my {account}', 'what about my {account}', 'how about my {account}', 'and the {account}', 'and in my {account}', 'and on {category} {period}', 'what about {category} {period}', 'and at {merchant} {period}', 'and between {period} and {until}', 'what about between {period} and {until}', 'and since {since}', 'what about since {since}', 'no {period}', 'no i meant {period}', 'no for {period}', 'no in {period}', 'no i meant at {merchant}', 'no at {merchant}', 'no on {category}', 'no i meant on {category}', 'on {category}', 'only on {category}', 'at {merchant}', 'only at {merchant}', '{earlier}', 'and {earlier}', 'what about {earlier}', 'how about {earlier}', 'and what about {earlier}', 'and {earlier} on {category}', ...LARGEST_OF_THEM.en]),
      'de-DE': ['und jetzt {period}', 'und jetzt im {period}', 'und jetzt für {category}', '{period}', 'im {period}', 'für {period}', 'nur {period}', '{category}', 'und {period}', 'und im {period}', 'und was ist mit {period}', 'was ist mit {period}', 'wie sieht es {period} aus', 'und wie war es {period}', 'und wie sah es {period} aus', 'und {period} bitte', 'und für {category}', 'was ist mit {category}', 'und {category}', 'wie sieht es mit {category} aus', 'und für {category} {period}', 'und was ist mit {category}', 'und beim {merchant}', 'und im {merchant}', 'und bei {merchant}', 'was ist mit {merchant}', 'und bei {merchant} {period}', 'wie sieht es bei {merchant} aus', 'und mein {account}', 'und auf dem {account}', 'was ist mit meinem {account}', 'und das {account}', 'und auf meinem {account}', 'und zwischen {period} und {until}', 'und vom {period} bis {until}', 'und seit {since}', 'und was ist seit {since}', 'nein {period}', 'nein ich meinte {period}', 'nein im {period}', 'nein für {category}', 'nein ich meinte {category}', 'nein bei {merchant}', 'nein ich meinte bei {merchant}', 'für {category}', 'nur für {category}', 'bei {merchant}', 'nur bei {merchant}', '{earlier}', 'und {earlier}', 'und was ist mit {earlier}', 'wie war es {earlier}', 'und wie war es {earlier}', 'und {earlier} für {category}', ...LARGEST_OF_THEM.de],
    },
  },
  Income: {
    slots: { period: 'PERIOD', until: 'END_DATE', since: 'START_DATE', account: 'ACCOUNT_TYPE', payee: 'PAYEE', interest: 'INTEREST', privately: 'PRIVATELY', last4: 'LAST_FOUR' },
    utterances: {
      'en-US': ['did i get {interest}', 'how much {interest} did i get {period}', "what's the {interest} on my {account}", 'how much {interest} have i earned', 'when was my last {interest} payment', 'how much {interest} did i earn {period}', 'did my savings earn {interest}', 'when did my salary come in', 'when did i get paid', 'did my paycheck arrive', 'what was my last deposit', 'how much did i get paid {period}', 'what came in {period}', 'what came in since {since}', 'how much came into my {account} {period}', 'what came into my {account} {period}', 'what came into my {account}', 'what was the last deposit into my {account}', 'what was the last payment into my {account}', 'what was paid into my {account} {period}', 'how much money went into my {account} {period}', 'did {payee} send me money', 'did i get money from {payee}', 'has {payee} paid me', 'how much did {payee} send me {period}', 'did {payee} pay me back'],
      'en-GB': ['did i get {interest}', 'how much {interest} did i get {period}', "what's the {interest} on my {account}", 'how much {interest} have i earned', 'when was my last {interest} payment', 'how much {interest} did i earn {period}', 'did my savings earn {interest}', 'when did my salary come in', 'when did i get paid', 'has my salary arrived', 'what was my last deposit', 'how much did i get paid {period}', 'what came in {period}', 'what came in since {since}', 'how much came into my {account} {period}', 'what came into my {account} {period}', 'what came into my {account}', 'what was the last deposit into my {account}', 'what was the last payment into my {account}', 'what was paid into my {account} {period}', 'how much money went into my {account} {period}', 'did {payee} send me money', 'did i get money from {payee}', 'has {payee} paid me', 'how much did {payee} send me {period}', 'did {payee} pay me back'],
      'de-DE': ['habe ich {interest} bekommen', 'wie viel {interest} habe ich {period} bekommen', 'wie viel {interest} gab es {period}', 'wann gab es zuletzt {interest}', 'wie viel {interest} bringt mein {account}', 'wann kam mein gehalt', 'ist mein gehalt da', 'was war mein letzter geldeingang', 'wie viel geld kam {period} rein', 'wie viel habe ich {period} bekommen', 'was kam seit {since} rein', 'wie viel kam {period} auf mein {account}', 'was ist {period} auf meinem {account} eingegangen', 'was kam auf mein {account}', 'was war der letzte eingang auf meinem {account}', 'was wurde zuletzt auf mein {account} eingezahlt', 'was wurde {period} auf mein {account} eingezahlt', 'wie viel geld ging {period} auf mein {account}', 'hab ich geld von {payee} bekommen', 'hat {payee} mir geld geschickt', 'hat {payee} mir was überwiesen', 'wie viel hat {payee} mir {period} überwiesen'],
    },
  },
  CardDetails: {
    slots: { detail: 'CARD_DETAIL', privately: 'PRIVATELY', cancelFirst: 'CANCEL_FIRST' },
    utterances: {
      'en-US': [...CARD_OPTION_ASKED_ABOUT, 'what is my {detail}', "what's my credit card {detail}", 'when is my credit card payment {detail=due}', 'when is my payment {detail=due}', 'when is my credit card bill {detail=due}', 'when is my card payment {detail=due}', 'how much credit do i have left', 'tell me about my credit card statement', 'what is the {detail} on my credit card', "what's the {detail}", 'what is the {detail}', 'how much is the {detail}', 'how much is the {detail} again', 'how much is the {detail} on my card', 'how much is the {detail} this month', 'what was the {detail} again', 'how much is my {detail}', "what's the {detail} again", 'tell me the {detail}', 'when is my {detail}', "what's the {detail} on my card", 'how much is my credit card bill', 'what do i have to pay on my credit card', "what's the least i can pay on my card", '{detail=when do i have to pay} my credit card'],
      'en-GB': [...CARD_OPTION_ASKED_ABOUT, 'what is my {detail}', "what's my credit card {detail}", 'when is my credit card payment {detail=due}', 'when is my payment {detail=due}', 'when is my credit card bill {detail=due}', 'when is my card payment {detail=due}', 'how much credit have i got left', 'tell me about my credit card statement', 'what is the {detail} on my credit card', "what's the {detail}", 'what is the {detail}', 'how much is the {detail}', 'how much is the {detail} again', 'how much is the {detail} on my card', 'how much is the {detail} this month', 'what was the {detail} again', 'how much is my {detail}', "what's the {detail} again", 'tell me the {detail}', 'when is my {detail}', "what's the {detail} on my card", 'how much is my credit card bill', 'what do i have to pay on my credit card', "what's the least i can pay on my card", '{detail=when do i have to pay} my credit card'],
      'de-DE': ['wie viel schulde ich', 'was schulde ich', 'wie viel schulde ich noch', 'wie viel ist auf der kreditkarte noch {detail}', 'wie viel geld ist auf meiner kreditkarte noch {detail}', 'wie hoch ist mein {detail}', 'wann wird die kreditkarte {detail=abgebucht}', 'wann wird meine kreditkarte {detail=abgebucht}', 'wann wird die kreditkartenrechnung {detail=abgebucht}', '{detail=wann bucht} die kreditkarte ab', '{detail=wann ist die abbuchung} der kreditkarte', 'wie hoch ist der mindestbetrag', 'wie viel ist die mindestzahlung', 'wie hoch ist der ganze betrag', 'was ist der mindestbetrag nochmal', 'was ist meine {detail}', 'wie hoch ist meine {detail}', 'wann ist meine kreditkarte {detail=fällig}', 'wann ist meine kreditkartenrechnung {detail=fällig}', 'wann ist die kreditkartenrechnung {detail=fällig}', 'wann ist die zahlung {detail=fällig}', 'wie viel kredit habe ich noch', 'was steht auf meiner kreditkartenabrechnung', 'was ist der {detail}', 'was ist die {detail}', 'wie hoch ist der {detail}', 'wie hoch ist die {detail}', 'wie viel ist die {detail} nochmal', 'sag mir den {detail}', 'wann ist die kreditkarte {detail=fällig}', 'wie hoch ist meine kreditkartenrechnung', 'was muss ich auf meine kreditkarte zahlen', 'wie viel muss ich mindestens zahlen', '{detail=wann muss ich} meine kreditkarte bezahlen'],
    },
  },
  LockCard: {
    slots: { both: 'ALL_OF_THEM', card: 'CARD_KIND', last4: 'LAST_FOUR', cancelFirst: 'CANCEL_FIRST', pin: 'PIN' },
    utterances: {
      ...englishAlike(['lock {both}', 'lock {both} cards', 'yes lock {both}', 'freeze {both}', 'yes lock it', 'yes lock them', 'yes please lock it', 'yes lock the card', 'yeah lock it', 'yes block it', 'yes please lock my card', 'yes lock my card', 'no lock my card', 'no lock it', 'no please lock my card', 'yes lock my {card}', 'lock the card ending in {last4}', 'lock my card ending in {last4}', 'freeze the card ending in {last4}', ...JUST_THE_CREDIT_CARD, 'i lost my card', 'lock my card', 'lock my {card}', 'freeze my {card}', 'my {card} was stolen', 'block my card', 'just the {card}', 'only the {card}', 'just my {card}', 'only my {card}', 'the {card} only', 'the {card} one', 'lock it', 'actually lock it', 'no lock it again', 'actually the {card}', 'no wait the {card}', 'i meant the {card}', 'sorry the {card}']),
      'de-DE': ['sperr {both}', '{both} sperren', 'ja sperr {both}', 'sperre {both} karten', 'ja sperren', 'ja bitte sperren', 'ja sperr sie', 'ja sperr die karte', 'ja sofort sperren', 'nein sperr die karte', 'nein sperr sie', 'nee sperr die karte', 'ja sperr meine {card}', 'sperr die karte mit der endung {last4}', 'sperre meine karte mit der endung {last4}', 'sperr die karte die auf {last4} endet', 'nur die kreditkarte', 'nein nur die kreditkarte', 'nur meine kreditkarte', 'nein nur meine kreditkarte', 'ich habe meine karte verloren', 'sperre meine karte', 'sperre meine {card}', 'meine {card} wurde gestohlen', 'karte sperren', 'nur die {card}', 'nur meine {card}', 'nur die {card} bitte', 'nur die {card} sperren', 'die {card}', 'die {card} bitte', 'nein die {card}', 'doch die {card}', 'nein doch die {card}', 'lieber die {card}', 'ich meinte die {card}', 'eigentlich die {card}'],
    },
  },
  CardStatus: {
    slots: { card: 'CARD_KIND' },
    utterances: {
      ...englishAlike(['is my card locked', 'is my {card} locked', 'what is the status of my card', "what's the status of my {card}", 'card status', 'status of my {card}', 'is my {card} blocked or not', 'is my {card} blocked', 'is my card frozen', 'is my {card} still locked', 'is my card still frozen', 'is my card working', 'is my {card} active', 'are my cards locked', 'what is the status of my cards', 'which of my cards are locked', 'did you lock my {card}', 'is my {card} unlocked now', 'can i use my {card} again']),
      'de-DE': ['ist die karte jetzt zu', 'ist meine karte zu', 'ist meine {card} zu', 'ist meine karte gesperrt', 'ist meine {card} gesperrt', 'wie ist der status meiner karte', 'status meiner {card}', 'kartenstatus', 'was ist mit meiner {card}', 'ist meine {card} noch gesperrt', 'ist meine karte aktiv', 'ist meine {card} wieder entsperrt', 'welche karten sind gesperrt', 'sind meine karten gesperrt', 'funktioniert meine {card}', 'kann ich meine {card} wieder benutzen', 'wie ist der status meiner karten', 'hast du meine {card} gesperrt', 'ist die {card} noch gesperrt'],
    },
  },
  UnlockCard: {
    slots: { both: 'ALL_OF_THEM', card: 'CARD_KIND', last4: 'LAST_FOUR' },
    utterances: {
      ...englishAlike(['unlock {both}', 'unlock {both} cards', 'yes unlock {both}', 'yes unlock it', 'yes unlock them', 'yes please unlock it', 'yeah unlock it', 'yes unlock my card', 'unlock the card ending in {last4}', 'unfreeze the card ending in {last4}', 'unlock my card', 'unlock my {card}', 'unfreeze my {card}', 'i found my card', 'turn my card back on', 'reactivate my card', 'take the lock off my card', 'lift the block on my card', 'my card turned up again', 'unblock my {card}', 'enable my card again', 'remove the freeze from my card', 'i have my card back', 'unlock it', 'actually unlock it', 'no unlock it', 'actually unlock my {card}']),
      'de-DE': ['entsperr {both}', '{both} entsperren', 'ja entsperr {both}', 'ja entsperren', 'ja bitte entsperren', 'ja entsperr sie', 'ja entsperr die karte', 'entsperr die karte mit der endung {last4}', 'entsperre meine karte mit der endung {last4}', 'entsperre meine karte', 'entsperre meine {card}', 'ich habe meine karte wiedergefunden', 'karte entsperren', 'entsperr sie wieder', 'doch wieder entsperren', 'nein entsperre sie wieder', 'eigentlich doch entsperren'],
    },
  },
  FindCharge: {
    slots: { amount: 'AMOUNT', cents: 'CENTS', currency: 'CURRENCY', number: 'NUMBER_ALONE', amountWord: 'AMOUNT_WORD', merchant: 'MERCHANT', above: 'ABOVE', period: 'PERIOD', until: 'END_DATE', privately: 'PRIVATELY' },
    utterances: {
      'en-US': chargeByAmount('dollar'),
      'en-GB': [...chargeByAmount('pound'), 'what was that {amount} quid charge', 'who took {amount} quid', 'what was the {amount} quid payment', 'what about the {amount} quid one'],
      'de-DE': [
        'was war die abbuchung über {amount} euro', 'was ist die abbuchung über {amount} euro', 'was war das für eine abbuchung über {amount} euro',
        // Wann ein Geschäft zuletzt abgebucht hat, oder ob schon: die letzte Abbuchung dort.
        'wann wurde zuletzt {merchant} abgebucht', 'wann wurde {merchant} abgebucht', 'hab ich {merchant} schon bezahlt', 'wurde {merchant} schon abgebucht', 'wann hat {merchant} zuletzt abgebucht',
        'wer hat {amount} euro abgebucht', 'wofür habe ich {amount} euro bezahlt', 'was war die zahlung über {amount} euro',
        'woher kommt die belastung von {amount} euro', 'was sind das für {amount} euro', 'welche zahlung war {amount} euro', 'wo habe ich {amount} euro ausgegeben',
        'was war die buchung über {amount} euro', 'was ist die belastung über {amount} euro', 'zeig mir die zahlung über {amount} euro', 'was war der umsatz über {amount} euro',
        'was war die abbuchung über {amount}', 'was ist das für eine abbuchung von {amount} {currency}',
        'hat {merchant} mir was abgebucht', 'hat {merchant} etwas abgebucht', 'hat {merchant} geld abgebucht', 'hat {merchant} abgebucht', 'welche abbuchungen hat {merchant} gemacht', 'hat {merchant} mich belastet',
        'was ist mit der über {amount} euro', 'und die über {amount} euro', 'was ist mit der abbuchung über {amount} euro', 'und was ist mit der {amount} euro buchung',
        'was war die abbuchung über {amount} euro bei {merchant}', 'was war die zahlung über {amount} euro bei {merchant}', 'was sind die {amount} euro von {merchant}',
        // "Alles von mehr als hundert Euro": die Zahlungen, die größer waren, nie so viele davon.
        'zeig mir alle zahlungen {above} {amount} euro', 'alle abbuchungen {above} {amount} euro', 'welche umsätze waren {above} {amount} euro',
        'gab es abbuchungen {above} {amount} euro', 'zahlungen {above} {amount} euro', 'zeig mir alles {above} {amount} euro', 'welche zahlungen waren {above} {amount} euro',
        'gab es zahlungen {above} {amount} euro bei {merchant}', 'lies mir die abbuchungen {above} {amount} euro vor', 'hab ich irgendwo {above} {amount} euro ausgegeben',
        // Mit "über" nach einer Mehrzahl oder "alles" (das Wort steht im Slot): "zeig mir alle Abbuchungen über 100 Euro".
        'zeig mir {above} {amount} euro', 'zeig mir alle {above} {amount} euro', 'gab es {above} {amount} euro', 'welche {above} {amount} euro gab es',
        'lies mir alle {above} {amount} euro vor', 'gab es {period} {above} {amount} euro', 'zeig mir alle {above} {amount} euro {period}',
        // In einem Zeitraum ("letzte Woche", "im November"): nur die Zahlungen dann.
        'zeig mir alle zahlungen {above} {amount} euro {period}', 'gab es {period} abbuchungen {above} {amount} euro', 'welche umsätze waren {period} {above} {amount} euro',
        'was war die abbuchung über {amount} euro {period}', 'wer hat {period} {amount} euro abgebucht', 'hat {merchant} {period} was abgebucht',
      ],
    },
  },
  SuspiciousActivity: {
    // The merchant named ("ich habe nichts bei Technikwelt gekauft") is not needed: the bank's alert says which purchase.
    slots: { merchant: 'MERCHANT' },
    utterances: {
      ...englishAlike(['any suspicious activity', 'is there anything suspicious on my card', 'check for fraud', 'are there any fraud alerts']),
      'de-DE': ['gibt es verdächtige umsätze', 'ist etwas verdächtiges auf meiner karte', 'gibt es betrugswarnungen'],
    },
  },
  // Discreet mode switched by a word for on or off ("turn discreet mode off"); said without one, its state is told.
  DiscreetMode: {
    slots: { state: 'ON_OFF' },
    utterances: {
      'en-US': DISCREET_SWITCHED,
      'en-GB': DISCREET_SWITCHED,
      'de-DE': ['privatmodus {state}', 'schalte den privatmodus {state}', 'den privatmodus {state}', 'diskreten modus {state}', 'schalte den diskreten modus {state}', 'mach den diskreten modus {state}', 'diskreter modus {state}', 'den diskreten modus bitte {state}', 'schalt den diskreten modus {state}', 'diskreten modus bitte {state}', 'diskreter modus', 'kannst du den diskreten modus {state}', 'den diskreten modus {state} bitte', 'stell den diskreten modus {state}', 'diskreten modus jetzt {state}', 'diskreter modus bitte'],
    },
  },
  // Amounts kept out of hearing, asked for in the customer's own words: never a slot that may go unheard.
  DiscreetModeOn: {
    slots: {},
    utterances: {
      'en-US': DISCREET_ON,
      'en-GB': DISCREET_ON,
      'de-DE': [
        'mach die beträge leise', 'lies die beträge nicht laut vor', 'bitte diskret', 'keine beträge mehr vorlesen',
        'sei diskret', 'diskretion bitte', 'lies keine beträge laut vor', 'sag keine beträge mehr laut', 'beträge nicht mehr vorlesen',
        'bitte keine beträge nennen', 'beträge nicht vorlesen', 'nenn keine beträge', 'hier hört jemand mit',
        'jemand hört mit', 'sag keine beträge', 'keine beträge laut sagen', 'keine zahlen laut sagen', 'diskreten modus starten',
        'in den diskreten modus wechseln', 'behalte die beträge für dich', 'ich bin nicht allein', 'sag keine beträge es hört jemand mit',
        'sprich leiser über geld', 'privatmodus', 'leiser modus', 'privatsphäre modus', 'den diskreten modus nicht ausschalten',
        'keine zahlen mehr bitte',
        'ich bin auf lautsprecher', 'du bist auf lautsprecher', 'ich hab dich auf lautsprecher', 'ich habe dich auf lautsprecher', 'der lautsprecher ist an',
        'hier hören andere mit', 'andere hören mit', 'andere können mithören', 'hier können andere mithören', 'meine kinder sind hier', 'die kinder sind da',
        'jemand ist bei mir', 'ich bin nicht alleine', 'meine frau ist hier', 'mein mann ist hier', 'ich bin auf der arbeit',
      ],
    },
  },
  // Amounts said aloud again.
  DiscreetModeOff: {
    slots: {},
    utterances: {
      'en-US': DISCREET_OFF,
      'en-GB': DISCREET_OFF,
      'de-DE': [
        'beträge wieder vorlesen', 'beträge wieder laut sagen', 'du kannst die beträge wieder sagen',
        'sag die beträge wieder', 'diskreten modus beenden', 'raus aus dem diskreten modus', 'ich bin jetzt allein',
        'lies die beträge wieder laut vor', 'kein diskreter modus mehr', 'nenn die beträge wieder', 'diskreten modus verlassen', 'du darfst die beträge wieder sagen',
        'privatmodus beenden', 'normaler modus',
      ],
    },
  },
  // A question about it, which changes nothing.
  DiscreetModeStatus: {
    slots: {},
    utterances: {
      'en-US': DISCREET_STATUS,
      'en-GB': DISCREET_STATUS,
      'de-DE': [
        'ist der diskrete modus an', 'ist der diskrete modus eingeschaltet', 'ist der diskrete modus aus', 'bin ich im diskreten modus',
        'ist der diskrete modus aktiv', 'werden beträge vorgelesen', 'liest du beträge laut vor', 'ist der diskrete modus ausgeschaltet',
        'ist diskretion an', 'ist der diskrete modus noch an', 'sagst du beträge laut', 'ist der diskrete modus gerade an',
      ],
    },
  },
};
