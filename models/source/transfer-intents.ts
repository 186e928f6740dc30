/** Sample utterances and slots of transfers, card payments, payees, PINs and dialog steering. */
import type { IntentModels } from './intent-model';
import { englishAlike } from './types';
import { afterAFiller } from './said-after-a-filler';
import { beforeATail } from './said-before-a-tail';
import { YES_AND_AN_ACCOUNT, yesWithA } from './yes-with-a-value';

type TransferIntent =
  | 'Transfer'
  | 'TransferOwn'
  | 'PayCard'
  | 'ListPayees'
  | 'TransferLimits'
  | 'TransferStatus'
  | 'ProvideAmount'
  | 'ProvidePayee'
  | 'ProvideAccount'
  | 'Choose'
  | 'Pin'
  | 'ForgotPin'
  | 'Repeat'
  | 'StartOver'
  | 'CancelTransfer';

/**
 * An amount: Alexa hears the number, its cents and (in the samples naming it) the currency
 * word in three slots. Dialogflow hears all of it as one unit-currency and has no currency slot;
 * a number said alone it hears in `number` (its compiler trains each amount said without a
 * currency that way too).
 */
const money = { amount: 'AMOUNT', cents: 'CENTS', currency: 'CURRENCY', number: 'NUMBER_ALONE', amountWord: 'AMOUNT_WORD' } as const;

/*
 * A yes that names a value ("yes, sixty", "ja, aber an Anna") is an answer: Alexa's built-in yes
 * has no slots, and a value it dropped would leave the yes confirming what was read out. The
 * dialog takes the value as a correction, or as the yes when it is the value read out.
 *
 * A correction said with what it corrects ("not fifty, sixty", "nicht an Jonas, sondern an
 * Anna") has the old value in a slot of its own, named `not...`: never in the slot the core
 * acts on. Said alone ("not fifty"), it asks for that field again.
 */

/**
 * A payee named by who they are to the customer ("my mom", "my landlord"), in both English
 * locales: a bank may keep such a nickname, and if not the customer hears which payees there are.
 */
const PAYEE_BY_RELATION = [
  'send my {payee} {amount} {currency}', 'send {amount} {currency} to my {payee}', 'pay my {payee} {amount} {currency}',
  'transfer {amount} {currency} to my {payee}', 'send my {payee} money', 'give my {payee} {amount} {currency}',
  // Without the currency's slot, which Dialogflow does not have: it hears "{amount}" with its currency.
  'send my {payee} {amount}', 'send {amount} to my {payee}', 'pay my {payee} {amount}', 'transfer {amount} to my {payee}',
  // "Pay the nanny sixty dollars": with an amount, "the" and a person are a transfer, never the card's "pay the {option}".
  'pay the {payee} {amount} {currency}', 'pay the {payee} {amount}', 'send the {payee} {amount} {currency}', 'give the {payee} {amount} {currency}',
];

/**
 * A number corrected in the same breath ("fifty... no, sixty"), in both English locales: the
 * first is taken back, and only the one after the correction is the amount.
 */
const AMOUNT_CORRECTED_AT_ONCE = [
  '{notAmount} no {amount}', '{notAmount} no sorry {amount}', '{notAmount} no wait {amount}', '{notAmount} sorry {amount}',
  '{notAmount} i mean {amount}', '{notAmount} no i mean {amount}', '{notAmount} no make it {amount}', '{notAmount} oops {amount}',
  // "Scratch that" before the new amount takes back the old one, not the transfer.
  'scratch that make it {amount}', 'scratch that {amount}', 'forget that make it {amount}', 'forget that {amount}', 'cancel that make it {amount}',
];

/**
 * A choice from a list with the amount or the source said in the same breath ("the second one,
 * sixty not fifty", "die zweite, und mach sechzig draus", "the first one, from savings"): both are
 * taken, never the choice alone.
 */
const CHOSEN_WITH_AN_AMOUNT = {
  en: [
    'the {ordinal} one {amount} not {notAmount}', 'the {ordinal} one and {amount} not {notAmount}', 'the {ordinal} one but {amount} not {notAmount}',
    'the {ordinal} one and make it {amount}', 'the {ordinal} one but make it {amount}', 'the {ordinal} one and make it {amount} {currency}',
    'the {ordinal} one and it is {amount} not {notAmount}', 'the {ordinal} one {amount} {currency} not {notAmount}', '{ordinal} one and make it {amount}',
    'the {position} one and make it {amount}', 'the {position} one {amount} not {notAmount}', 'the {ordinal} one and actually {amount} {currency}',
    'the {ordinal} one from {account}', 'the {ordinal} one from my {account}', 'the {ordinal} one and from my {account}', 'the {position} one from my {account}',
  ],
  de: [
    'die {ordinal} aber {amount} nicht {notAmount}', 'die {ordinal} und mach {amount} draus', 'die {ordinal} und mach {amount} {currency} draus',
    'die {ordinal} aber mach {amount} draus', 'die {position} und mach {amount} draus', 'die {ordinal} {amount} statt {notAmount}',
    'die {ordinal} vom {account}', 'die {ordinal} und vom {account}', 'den {ordinal} von meinem {account}',
  ],
};

/**
 * The account changed by name ("change the account to savings", "ändere das Konto auf
 * Sparkonto"): the account the dialog would change, never a destination because "to" is said.
 */
const ACCOUNT_CHANGED = {
  en: [
    'change the account to {account}', 'change the account to my {account}', 'change the account to the {account}', 'switch the account to {account}',
    'switch the account to my {account}', 'change it to my {account} account', 'set the account to {account}', 'make the account {account}',
    'the account should be {account}', 'the account should be my {account}', 'change the account to {account} please', 'change my account to {account}',
  ],
  de: ['ändere das konto auf {account}', 'konto ändern auf {account}', 'wechsel das konto auf {account}', 'ändere das konto aufs {account}'],
};

/** "Where was I?" after a pause or a question in passing: the open question, with what was said so far. */
const WHERE_WERE_WE = {
  en: ['where was i', 'where were we', 'what were we doing'],
  de: ['wo waren wir', 'wo war ich', 'was haben wir gerade gemacht', 'wo waren wir stehen geblieben', 'was wollte ich gerade', 'wo war ich stehen geblieben', 'wo waren wir nochmal'],
};

/**
 * The payee's own account named ("to Bob's checking", "auf Jonas' Sparkonto", "to his savings
 * account"): a slot of its own, `payeeAccount`, which the dialog leaves alone, as a payee has the
 * one account the bank keeps for them. Never the customer's account, as the source or as the
 * destination of a move between their own accounts.
 */
const TO_THE_PAYEES_ACCOUNT = {
  en: [
    "send {amount} to {payee}'s {payeeAccount}", "send {amount} {currency} to {payee}'s {payeeAccount}", "send {amount} to {payee}'s {payeeAccount} from {account}",
    "transfer {amount} {currency} to {payee}'s {payeeAccount} from my {account}", "send {amount} to {payee}'s {payeeAccount} account", "send {amount} to {payee}'s account",
    "send {amount} {currency} to {payee}'s account from {account}", 'send {payee} {amount} to his {payeeAccount}', 'send {payee} {amount} {currency} to her {payeeAccount}',
    'send {payee} {amount} to his {payeeAccount} account', 'pay {amount} into {payee}s {payeeAccount}', "put {amount} in {payee}'s {payeeAccount} from my {account}",
  ],
  de: [
    'überweise {amount} {currency} auf {payee}s {payeeAccount}', 'überweis {amount} euro auf {payee}s {payeeAccount} vom {account}', 'überweise {amount} euro auf das {payeeAccount} von {payee}',
    'schick {payee} {amount} euro auf sein {payeeAccount}', 'schick {payee} {amount} {currency} auf ihr {payeeAccount}', 'überweise {amount} euro auf {payee}s konto',
    'überweise {amount} euro auf das konto von {payee} vom {account}',
  ],
};

/** "Never mind, keep it at twenty": the amount as it was, said again; never a cancel of the transfer. */
const KEPT_AT = {
  en: ['never mind keep it at {amount}', 'keep it at {amount}', 'leave it at {amount}', 'no keep it at {amount}', 'never mind leave it at {amount}', 'just keep it at {amount} {currency}'],
  de: ['lass es bei {amount}', 'ach lass es doch bei {amount}', 'doch bei {amount} bleiben', 'bleib bei {amount} {currency}', 'vergiss es lass es bei {amount}'],
};

/** "Pay 700 to my credit card from checking": an amount paid "to" the card, which is no payee. */
const TO_THE_CARD = {
  us: ['pay {amount} to my credit card', 'pay {amount} dollars to my credit card from {from}', 'pay {amount} {currency} to my credit card from my {from}', 'send {amount} dollars to my credit card', 'put {amount} toward my credit card from {from}'],
  gb: ['pay {amount} to my credit card', 'pay {amount} pounds to my credit card from {from}', 'pay {amount} {currency} to my credit card from my {from}', 'send {amount} pounds to my credit card', 'put {amount} towards my credit card from {from}'],
};

/**
 * A transfer asked to repeat ("send Bob twenty dollars every month", "überweise Jonas jeden Monat
 * fünfzig Euro"): the words fill `recurring`, and the customer hears that one transfer is sent now.
 */
/** "Twenty dollars exactly", "zwanzig Euro glatt": an amount said to be round, never a word that leaves the request. */
const EXACTLY = {
  en: [
    'send {payee} {amount} {currency} exactly', 'send {payee} {amount} {currency} exactly from {account}', 'send {payee} {amount} {currency} even', 'send {payee} exactly {amount} {currency}',
    'send exactly {amount} {currency} to {payee}', 'pay {payee} {amount} {currency} exactly', 'transfer {amount} {currency} even to {payee} from my {account}',
    // Dialogflow's amount holds its currency: the same without the currency's own slot.
    'send {payee} {amount} exactly', 'send {payee} {amount} exactly from {account}', 'send {payee} {amount} even', 'send exactly {amount} to {payee} from my {account}', 'pay {payee} {amount} exactly',
  ],
  de: [
    'überweise {payee} {amount} {currency} glatt', 'überweise {payee} genau {amount} {currency}', 'überweise genau {amount} {currency} an {payee}', 'schick {payee} {amount} euro glatt vom {account}',
    'überweise {amount} euro glatt an {payee}', 'überweise {payee} {amount} glatt', 'überweise {payee} genau {amount} vom {account}',
  ],
};

const REPEATING = {
  en: [
    'send {payee} {amount} {currency} {recurring}', 'send {amount} to {payee} {recurring}', 'send {amount} {currency} to {payee} from {account} {recurring}',
    'pay {payee} {amount} {recurring}', 'transfer {amount} {currency} to {payee} {recurring}', 'send {payee} {amount} {recurring} from my {account}',
    'set up a {recurring} transfer to {payee}', 'set up a {recurring} payment of {amount} to {payee}', '{recurring} send {payee} {amount}',
    'make it {recurring}', 'do it {recurring}', 'actually make that {recurring}', '{recurring} please',
  ],
  de: [
    'überweise {payee} {amount} {currency} {recurring}', 'überweise {amount} {currency} an {payee} {recurring}', 'überweise {recurring} {amount} euro an {payee}',
    'schick {payee} {recurring} {amount} euro', 'richte einen {recurring} an {payee} ein', 'überweise {amount} euro {recurring} an {payee} vom {account}',
    'schick {payee} {amount} euro {recurring}',
    'mach das {recurring}', 'bitte {recurring}', 'eigentlich {recurring}',
  ],
};

/** An account corrected in the same breath ("from savings, no wait, checking"), in both English locales. */
const ACCOUNT_CORRECTED_AT_ONCE = [
  'from {notAccount} no wait {from}', 'from {notAccount} no {from}', 'from my {notAccount} no wait my {from}', 'from {notAccount} i mean {from}',
  'from {notAccount} sorry {from}', '{notAccount} no {account}', '{notAccount} no wait {account}', '{notAccount} i mean {account}',
];

/**
 * Two or three fields corrected in one answer to the read-back ("no, Anna Lee, thirty-five
 * dollars", "no, forty-five from savings"), in both English locales: every field said is taken,
 * never only the one an intent of a single field holds.
 */
const fieldsCorrectedTogether = (currencyWord: string) => [
  `no {payee} {amount} ${currencyWord}`, `no {amount} ${currencyWord} from {account}`, `no {amount} ${currencyWord} from my {account}`,
  `no {amount} ${currencyWord} to {payee}`, `no to {payee} and {amount} ${currencyWord}`,
  'no {payee} {amount} {currency}', 'no {payee} and {amount} {currency}', 'no {payee} {amount}', '{payee} {amount} {currency} instead',
  'no to {payee} and {amount} {currency}', 'no to {payee} {amount} {currency}', 'actually {payee} and make it {amount}',
  'no {amount} {currency} to {payee}', '{amount} {currency} to {payee} instead', 'no {amount} {currency} to {payee} instead', `no {amount} ${currencyWord} to {payee} instead`, 'no {amount} {currency} from my {account}',
  'no {amount} {currency} from {account}', '{amount} {currency} from my {account} instead', 'no {amount} from {account}',
  'no to {payee} from my {account}', 'no to {payee} from {account}', 'no {payee} from my {account}', 'actually to {payee} and from my {account}',
  'no {amount} {currency} to {payee} from my {account}', 'no {payee} {amount} {currency} from {account}',
  // Led by a moment or a "make it" rather than a no ("oh wait, make it forty, from savings").
  'wait make it {amount} from {account}', 'oh wait make it {amount} from {account}', 'hang on make it {amount} from {account}',
  `make it {amount} ${currencyWord} from {account}`, 'actually make it {amount} from {account}', 'hang on make it {amount} from my {account}',
  `oh wait {amount} ${currencyWord} from {account}`, 'make it {amount} from my {account} instead',
];

/** The same in German ("nee, Anna Schneider, fünfunddreißig Euro", "nein, 45 Euro vom Sparkonto"). */
const FIELDS_CORRECTED_TOGETHER_DE = [
  'nein {payee} {amount} {currency}', 'nee {payee} {amount} {currency}', 'nee {payee} {amount}', 'nee {payee} und {amount} {currency}', 'nein {payee} {amount}', 'nein an {payee} und {amount} {currency}',
  'nein an {payee} {amount} {currency}', 'doch {payee} und mach {amount} {currency} daraus', 'nein {amount} {currency} an {payee}',
  'lieber {amount} {currency} an {payee}', 'nein {amount} {currency} vom {account}', 'nein {amount} {currency} von meinem {account}',
  'lieber {amount} {currency} vom {account}', 'nein {amount} vom {account}', 'nein an {payee} vom {account}', 'nein {payee} vom {account}',
  'nee an {payee} und von meinem {account}', 'nein {amount} {currency} an {payee} vom {account}', 'nein {payee} {amount} {currency} vom {account}',
  'nee {amount} {currency} vom {account}', 'nein {amount} {currency} und vom {account}', 'nein lieber {amount} {currency} vom {account}',
  'nein {amount} euro vom {account}', 'nee {amount} euro vom {account}', 'nein {amount} euro von meinem {account}', 'nein doch {amount} euro vom {account}',
  'moment mach {amount} euro vom {account}', 'warte mach {amount} euro vom {account} draus', 'ach moment lieber {amount} euro vom {account}',
  'mach {amount} euro vom {account} draus', 'moment mal {amount} euro und vom {account}', 'doch lieber {amount} euro vom {account}',
];

/** A payee or amount picked the way one settles a choice ("let's say Bob", "on second thought, Schmidt", "sagen wir fünfzig"). */
const PICKED = {
  payee: {
    en: ["let's say {payee}", "let's go with {payee}", 'go with {payee}', 'say {payee}', 'on second thought {payee}', 'on second thought to {payee}', 'on second thought send it to {payee}', 'on second thought make it {payee}'],
    de: ['sagen wir {payee}', 'sagen wir an {payee}', 'nehmen wir {payee}', 'bei näherer überlegung an {payee}', 'nach reiflicher überlegung {payee}'],
  },
  amount: { de: ['sagen wir {amount} euro', 'lass uns {amount} euro sagen', 'nehmen wir {amount} euro', 'bei näherer überlegung {amount} euro'] },
  account: { en: ['on second thought from {from}', 'on second thought from my {from}'], de: ['bei näherer überlegung vom {account}'] },
};

/** An account picked the way one settles a choice ("let's say savings"), in both English locales. */
const ACCOUNT_PICKED = [
  "let's say {account}", "let's say my {account}", "let's go with {account}", "let's go with my {account}", "let's use my {account}",
  'go with my {account}', 'go with the {account}', 'say {account}', 'make it my {account}', 'the {account} is fine', '{account} is fine',
  "let's take it from {from}", "let's do {account}",
];

/**
 * An amount a transfer request names without a number, in both English locales: the whole
 * balance of the account it comes from, or the amount of the last transfer to that payee.
 */
const AMOUNT_WITHOUT_A_NUMBER = [
  'send {payee} {wholeBalance}',
  'send {wholeBalance} to {payee}',
  'send {payee} {wholeBalance} in my {account}',
  'transfer {wholeBalance} from my {account} to {payee}',
  'give {payee} {wholeBalance}',
  'send {payee} {sameAmount}',
  'pay {payee} {sameAmount}',
  'send {sameAmount} to {payee}',
  'transfer {sameAmount} to {payee}',
  'and {sameAmount} to {payee}',
  'now send {sameAmount} to {payee}',
  '{sameAmount} to {payee}',
  '{sameAmount} again to {payee}',
  '{sameAmount} for {payee}',
];

/** A move between own accounts corrected in one answer ("no, two hundred from savings to checking"), in both English locales. */
const ownFieldsCorrectedTogether = (currencyWord: string) => [
  'no {amount} from {from} to {to}', `no {amount} ${currencyWord} from {from} to {to}`, 'no {amount} {currency} from my {from} to my {to}',
  'no make it {amount} from {from} to {to}', 'actually {amount} from my {from} into my {to}', `no {amount} ${currencyWord} into my {to}`,
  'no {amount} to my {to}', 'no from {from} to {to} and {amount}', `{amount} ${currencyWord} from {from} to {to} instead`,
];

/** "No, sixty dollars to the other Anna": a new amount and the other payee of the two offered, in one breath. */
const amountToTheOther = (currencyWord: string) => [
  `no {amount} ${currencyWord} to the other {otherPayee}`, 'no {amount} {currency} to the other {otherPayee}', `send {amount} ${currencyWord} to the other {otherPayee}`,
  `make it {amount} ${currencyWord} to the other {otherPayee}`, 'no {amount} to the other {otherPayee}', `{amount} ${currencyWord} to the other {otherPayee}`,
  `no {amount} ${currencyWord} to {otherOne}`, `send {amount} ${currencyWord} to {otherOne}`, `make it {amount} ${currencyWord} and send it to {otherOne}`,
];
/**
 * "And the same to the other Anna" right after a transfer: a new transfer of the amount just sent
 * to the payee of that name who was not paid (after-transfer.flow.ts), never a correction.
 */
const SAME_TO_THE_OTHER = {
  en: [
    'and {sameAmount} to the other {otherPayee}', '{sameAmount} to the other {otherPayee}', 'send the other {otherPayee} {sameAmount}', 'and send the other {otherPayee} {sameAmount}',
    'now {sameAmount} to the other {otherPayee}', 'and {sameAmount} for the other {otherPayee}', 'and the other {otherPayee} {sameAmount}', 'give the other {otherPayee} {sameAmount}',
  ],
  de: [
    'und {sameAmount} an die andere {otherPayee}', '{sameAmount} an die andere {otherPayee}', 'und jetzt der anderen {otherPayee} {sameAmount}', 'der anderen {otherPayee} {sameAmount}',
    'und {sameAmount} an den anderen {otherPayee}', 'schick der anderen {otherPayee} {sameAmount}', 'und der anderen {otherPayee} auch {sameAmount}', 'und {sameAmount} noch an die andere {otherPayee}',
  ],
};
const AMOUNT_TO_THE_OTHER_DE = [
  'nein {amount} euro an die andere {otherPayee}', '{amount} euro an die andere {otherPayee}', 'nein {amount} {currency} an die andere {otherPayee}',
  'schick {amount} euro an die andere {otherPayee}', 'nein {amount} euro an {otherOne}', 'mach {amount} euro daraus und an {otherOne}',
];

/**
 * "Pay him", "send her the money", "give them twenty": the person already named, by a pronoun
 * (pipeline/payee-pronoun.ts says whom). Without these the words sound like paying the card
 * ("pay my bill"), and the payment to the person became one to the credit card.
 */
const toThePersonNamed = (currencyWord: string) => [
  'pay {pronoun}', 'just pay {pronoun}', 'yes pay {pronoun}', 'pay {pronoun} {amount}', `pay {pronoun} {amount} ${currencyWord}`,
  'send {pronoun} the money', 'send it to {pronoun}', 'send {pronoun} {amount}', 'give {pronoun} {amount}', `give {pronoun} {amount} ${currencyWord}`,
  'pay {pronoun} from my {account}', 'okay pay {pronoun} then', 'go ahead and pay {pronoun}',
];

/**
 * Another transfer asked for once one is done ("send her another ten dollars", "and now fifteen
 * to Anna Lee"), in both English locales: a new transfer, never a change to the one just sent.
 * "Her" is the payee of that transfer.
 */
const anotherTransfer = (currencyWord: string) => [
  `send {pronoun} another {amount} ${currencyWord}`, 'send {pronoun} another {amount}', `send {pronoun} {amount} ${currencyWord} more`,
  'send {pronoun} {amount} more', 'give {pronoun} another {amount} {currency}', 'pay {pronoun} another {amount}',
  `send another {amount} ${currencyWord} to {pronoun}`, `send {pronoun} {amount} ${currencyWord} again`, `send {payee} another {amount} ${currencyWord}`,
  'send another {amount} to {payee}', `and now {amount} ${currencyWord} to {payee}`, 'and now send {amount} to {payee}',
  `now {amount} ${currencyWord} to {payee}`, 'and now send {payee} {amount} {currency}',
  // The second of two transfers said at once, asked for as the skill told ("then ask me for the one to Bob").
  'now the one to {payee}', 'and now the one to {payee}', 'now do the one to {payee}', 'okay now the one to {payee}',
  'now the next transfer', 'the second transfer', 'okay the second transfer', 'do the next transfer',
  'and now {payee}', 'okay and now {payee}', 'now send the one to {payee}', 'and the one to {payee}', 'next the one to {payee}',
];

/**
 * "No, add ten", "ten more", "make it ten dollars more": an amount to add to the one asked for,
 * the word in a slot of its own (`more`), so the ten is never taken for the whole amount.
 */
const amountAdded = (currencyWord: string) => [
  '{more} {amount}', `{more} {amount} ${currencyWord}`, 'no {more} {amount}', `no {more} {amount} ${currencyWord}`, '{amount} {more}',
  `{amount} ${currencyWord} {more}`, 'make it {amount} {more}', `make it {amount} ${currencyWord} {more}`, 'actually {more} {amount}',
  `can you {more} {amount} ${currencyWord}`, 'send {amount} {more}', `send {amount} ${currencyWord} {more}`, 'just {more} {amount}',
  // "No, more" with no amount: how much more is asked.
  'no {more}', 'make it {more}', 'a bit {more}', 'no a bit {more}',
];

/** Der Betrag, der zum genannten hinzukommt: "zehn Euro mehr", "leg zehn drauf". */
const AMOUNT_ADDED_DE = [
  '{amount} euro {more}', '{amount} {more}', 'mach {amount} euro {more}', 'nein {amount} euro {more}', 'leg {amount} euro {more}',
  'leg noch {amount} euro {more}', 'noch {amount} euro {more}', 'mach {amount} {more} draus', 'tu {amount} euro {more}',
  'nein {more}', 'etwas {more}', 'nein etwas {more}',
];

/**
 * The transfer being prepared, spoken of without its fields: "never mind, do it tomorrow", "do it
 * on Monday" ask for it later, a date in its own slot, never a yes that would send it now (the
 * dialog says it sends right away); "go on with the transfer" goes back to it.
 */
const THE_WAITING_TRANSFER = [
  'do it {when}', 'send it {when}', 'never mind do it {when}', 'actually do it {when}', 'can you do it {when}', 'do it {when} instead',
  'send it {when} instead', 'schedule it for {when}', 'can you send it {when}', 'pay it {when}', 'wait until {when}', 'actually send it {when}',
  'no do it {when}', 'rather {when}', 'let us do it {when}', 'hold it until {when}', 'could you do that {when}', 'do that {when}',
  // Back to the transfer waiting, after a question in passing: it names nothing, and its question comes again.
  'go on with the transfer', 'ok go on with the transfer', 'continue with the transfer', 'back to the transfer', 'carry on with the transfer',
  'let us finish the transfer', 'okay now the transfer', 'and now the transfer', 'ok back to the transfer', 'finish the transfer',
];

/**
 * "And also send Maria a hundred dollars": a transfer besides the one being prepared, in the second
 * transfer's own slots, never a correction of the first. Said with nothing in preparation, it is
 * the transfer asked for (fulfillment/transfers/also-transfer.ts).
 */
const alsoTransfer = (currencyWord: string) => [
  `also {nextAmount} ${currencyWord} to {nextPayee}`, `and also send {nextPayee} {nextAmount} ${currencyWord}`, 'also send {nextPayee} {nextAmount}',
  `and also send {nextAmount} ${currencyWord} to {nextPayee}`, 'also send {nextAmount} to {nextPayee}', `send {nextPayee} {nextAmount} ${currencyWord} as well`,
  `and {nextAmount} ${currencyWord} to {nextPayee} too`, `and then {nextAmount} ${currencyWord} to {nextPayee}`, `and then send {nextPayee} {nextAmount} ${currencyWord}`,
  `plus {nextAmount} ${currencyWord} to {nextPayee}`, `i also want to send {nextPayee} {nextAmount} ${currencyWord}`, `and {nextPayee} {nextAmount} ${currencyWord} as well`,
  'and also pay {nextPayee} {nextAmount}', `and send {nextPayee} {nextAmount} ${currencyWord} too`, `oh and also {nextAmount} ${currencyWord} for {nextPayee}`,
];

/**
 * A transfer asked for with its amount corrected in the same breath ("send thirty dollars to Bob,
 * no wait, forty"), in both English locales: the first amount is taken back.
 */
const amountCorrectedInRequest = (currencyWord: string) => [
  `send {notAmount} ${currencyWord} to {payee} no wait {amount} ${currencyWord}`, `send {notAmount} ${currencyWord} to {payee} no {amount}`,
  'send {notAmount} to {payee} actually make it {amount}', `pay {payee} {notAmount} ${currencyWord} no wait {amount} ${currencyWord}`,
  'send {payee} {notAmount} sorry {amount}', `send {notAmount} ${currencyWord} to {payee} i mean {amount} ${currencyWord}`,
  'transfer {notAmount} to {payee} no make it {amount}',
];

/**
 * An amount said as a guess ("about fifty dollars", "a couple hundred") or as two ("forty or
 * fifty", "forty to fifty dollars"), in both English locales: the guess in its own slot, the second
 * amount in the second transfer's, so the platform puts neither alone in the amount. The dialog
 * asks for the exact amount.
 */
const ROUGH_OR_TWO = {
  transfer: (currencyWord: string) => [
    `send {payee} {rough} {amount} ${currencyWord}`, `send {rough} {amount} ${currencyWord} to {payee}`, 'pay {payee} {rough} {amount}', `send {payee} {amount} ${currencyWord} {rough}`,
    'send {payee} {amount} {rough}', `transfer {rough} {amount} ${currencyWord} to {payee}`, `send {payee} {amount} or {nextAmount} ${currencyWord}`, 'send {payee} {amount} or maybe {nextAmount}',
    `send {amount} or {nextAmount} ${currencyWord} to {payee}`, `send {payee} {amount} to {nextAmount} ${currencyWord}`, `send {payee} between {amount} and {nextAmount} ${currencyWord}`, 'pay {payee} {amount} or {nextAmount}',
  ],
  own: (currencyWord: string) => [`move {rough} {amount} ${currencyWord} to my {to}`, `move {rough} {amount} ${currencyWord} from {from} to {to}`, 'transfer {rough} {amount} from {from} to {to}'],
  answer: (currencyWord: string) => [
    '{rough} {amount}', `{rough} {amount} ${currencyWord}`, '{amount} {rough}', `{amount} ${currencyWord} {rough}`, 'make it {rough} {amount}', '{amount} or {nextAmount}',
    `{amount} or {nextAmount} ${currencyWord}`, '{amount} or maybe {nextAmount}', 'maybe {amount} or {nextAmount}', `{amount} to {nextAmount} ${currencyWord}`,
    `between {amount} and {nextAmount} ${currencyWord}`, 'either {amount} or {nextAmount}',
  ],
};

/** "Ungefähr fünfzig Euro", "vierzig oder fünfzig": the same in German. */
const ROUGH_OR_TWO_DE = {
  transfer: [
    'überweise {payee} {rough} {amount} euro', 'überweise {rough} {amount} euro an {payee}', 'schick {payee} {rough} {amount} euro', 'überweise {payee} {amount} euro {rough}',
    'überweise {payee} {amount} oder {nextAmount} euro', 'überweise {amount} oder {nextAmount} euro an {payee}', 'überweise {payee} {amount} bis {nextAmount} euro', 'schick {payee} zwischen {amount} und {nextAmount} euro',
  ],
  own: ['überweise {rough} {amount} euro auf mein {to}', 'buche {rough} {amount} euro vom {from} aufs {to} um'],
  answer: [
    '{rough} {amount}', '{rough} {amount} euro', '{amount} euro {rough}', '{amount} {rough}', '{amount} oder {nextAmount}', '{amount} oder {nextAmount} euro', '{amount} bis {nextAmount} euro',
    'zwischen {amount} und {nextAmount} euro', 'vielleicht {amount} oder {nextAmount}', 'entweder {amount} oder {nextAmount}',
  ],
};

/**
 * A word for an amount corrected in the same breath ("send Tom a fiver, no, a tenner"), in both
 * English locales: the first word is taken back in a slot of its own, never in `amountWord`.
 */
const WORD_CORRECTED_IN_REQUEST = [
  'send {payee} a {notAmountWord} no a {amountWord}', 'send {payee} a {notAmountWord} no make it a {amountWord}', 'give {payee} a {notAmountWord} no wait a {amountWord}',
  'send a {notAmountWord} to {payee} no a {amountWord}', 'send {payee} a {notAmountWord} sorry a {amountWord}', 'send {payee} a {notAmountWord} i mean a {amountWord}',
  'send {payee} a {notAmountWord} no {amount}', 'send {payee} {notAmount} no a {amountWord}',
];

/** The same in German: "schick Jonas einen Zehner, nein, einen Zwanziger". */
const WORD_CORRECTED_IN_REQUEST_DE = [
  'schick {payee} einen {notAmountWord} nein einen {amountWord}', 'überweise {payee} einen {notAmountWord} ach nein einen {amountWord}',
  'gib {payee} einen {notAmountWord} nein warte einen {amountWord}', 'schick {payee} einen {notAmountWord} ich meine einen {amountWord}',
];

/** "Move everything from savings to checking": the whole balance of the source, in both English locales. */
const OWN_WHOLE_BALANCE = [
  'move {wholeBalance} from {from} to {to}',
  'transfer {wholeBalance} from my {from} to my {to}',
  'move {wholeBalance} {from} into my {to}',
  'move {wholeBalance} in my {from} to my {to}',
  'put {wholeBalance} from my {from} into my {to}',
  'transfer {wholeBalance} in {from} to {to}',
  'move {wholeBalance} over to my {to}',
  // "On", "onto" name where the money goes, as "in" and "into" do.
  'put {amount} onto {to} from {from}', 'put {amount} on my {to} from my {from}', 'move {amount} onto my {to} from {from}',
  'put {amount} dollars onto my {to}', 'put {amount} on {to}',
];

/** These intents' models, spread at the end of INTENT_MODELS. */
export const TRANSFER_INTENT_MODELS: Pick<IntentModels, TransferIntent> = {
  Transfer: {
    slots: { ...money, rough: 'ROUGH_AMOUNT', notAmountWord: 'AMOUNT_WORD', payee: 'PAYEE', account: 'ACCOUNT_TYPE', payeeAccount: 'ACCOUNT_TYPE', when: 'TRANSFER_DATE', recurring: 'RECURRING', nextAmount: 'NEXT_AMOUNT', nextPayee: 'PAYEE', ordinal: 'ORDINAL', position: 'LIST_END', sameAmount: 'SAME_AMOUNT', wholeBalance: 'WHOLE_BALANCE', pronoun: 'PAYEE_PRONOUN', notAmount: 'TAKEN_BACK_AMOUNT' },
    utterances: {
      'en-US': [
        ...ROUGH_OR_TWO.transfer('dollars'),
        ...WORD_CORRECTED_IN_REQUEST,
        ...AMOUNT_WITHOUT_A_NUMBER,
        ...PAYEE_BY_RELATION,
        ...TO_THE_PAYEES_ACCOUNT.en,
        ...REPEATING.en,
        ...EXACTLY.en,
        // A payee by place on the list just read out ("who are my payees?").
        'send the {ordinal} one {amount} dollars',
        'pay the {ordinal} one {amount} dollars',
        'send {amount} dollars to the {ordinal} one',
        'send the {position} {amount} dollars', 'pay the {position} {amount} dollars',
        'transfer {amount} {currency} to {payee}',
        'send {amount} {currency} to {payee}',
        'pay {payee} {amount} {currency}',
        'send {payee} {amount} {currency}',
        'make it {amount} {currency}',
        'transfer {amount} dollars to {payee}',
        'send {amount} dollars to {payee}',
        'pay {payee} {amount} dollars',
        'send {payee} {amount} dollars',
        'transfer {amount} dollars and {cents} cents to {payee}',
        'send {payee} {notAmount} no make that {amount}', 'send {payee} {notAmount} dollars no {amount}', 'send {notAmount} dollars to {payee} no wait {amount}', 'send {payee} {notAmount} no sorry {amount}',
        'send {amount} dollars from my {account} to {payee}',
        'transfer money to {payee}',
        'send money to {payee}',
        'pay {payee}',
        'i want to send money',
        'make a transfer',
        'transfer money',
        'make it {amount} dollars',
        'make it {amount}',
        'send {payee} a {amountWord}',
        'send a {amountWord} to {payee}',
        'give {payee} a {amountWord}',
        'pay {payee} a {amountWord}',
        'transfer a {amountWord} to {payee}',
        'send {payee} {amount} {amountWord}',
        'transfer {amount} {amountWord} to {payee}',
        'send {payee} a {amountWord} {cents}',
        'send a {amountWord} {cents} to {payee}',
        'send {payee} {amount} dollars {when}',
        'transfer {amount} dollars to {payee} {when}',
        'pay {payee} {amount} dollars on {when}',
        'send {amount} dollars to {payee} {when}',
        'schedule a transfer of {amount} dollars to {payee} for {when}',
        // Two fields corrected in one breath: both are taken, never only the first the intent holds.
        'no make it {amount} from my {account}',
        'make it {amount} from {account}',
        'make it from my {account} and {amount}',
        'no wait from my {account} and {amount} dollars',
        '{amount} from my {account} instead',
        'actually {amount} from my {account}',
        'no {amount} to {payee}',
        'actually {amount} to {payee} instead',
        'send it to {payee} from my {account} instead',
        ...fieldsCorrectedTogether('dollars'),
        ...anotherTransfer('dollars'),
        ...toThePersonNamed('dollars'),
        ...THE_WAITING_TRANSFER,
        ...alsoTransfer('dollars'),
        ...amountCorrectedInRequest('dollars'),
        // Two transfers in one breath: the second has slots of its own, never mixed into the first.
        'send {amount} dollars to {payee} and {nextAmount} to {nextPayee}',
        'send {amount} to {payee} and {nextAmount} to {nextPayee}',
        'pay {payee} {amount} dollars and {nextPayee} {nextAmount}',
        'transfer {amount} dollars to {payee} and then {nextAmount} dollars to {nextPayee}',
      ],
      'en-GB': [
        ...ROUGH_OR_TWO.transfer('pounds'),
        ...WORD_CORRECTED_IN_REQUEST,
        ...AMOUNT_WITHOUT_A_NUMBER,
        ...PAYEE_BY_RELATION,
        ...TO_THE_PAYEES_ACCOUNT.en,
        ...REPEATING.en,
        ...EXACTLY.en,
        // A payee by place on the list just read out ("who are my payees?").
        'send the {ordinal} one {amount} pounds',
        'pay the {ordinal} one {amount} pounds',
        'send {amount} pounds to the {ordinal} one',
        'send the {position} {amount} pounds', 'pay the {position} {amount} pounds',
        'transfer {amount} {currency} to {payee}',
        'send {amount} {currency} to {payee}',
        'pay {payee} {amount} {currency}',
        'send {payee} {amount} {currency}',
        'make it {amount} {currency}',
        'transfer {amount} pounds to {payee}',
        'send {amount} pounds to {payee}',
        'pay {payee} {amount} pounds',
        'transfer {amount} pounds and {cents} pence to {payee}',
        'send {payee} {notAmount} no make that {amount}', 'send {payee} {notAmount} pounds no {amount}', 'send {notAmount} pounds to {payee} no wait {amount}', 'send {payee} {notAmount} no sorry {amount}',
        'send {amount} pounds from my {account} to {payee}',
        'transfer money to {payee}',
        'send money to {payee}',
        'pay {payee}',
        'i want to send money',
        'make a transfer',
        'make it {amount} pounds',
        'make it {amount}',
        'send {payee} a {amountWord}',
        'send a {amountWord} to {payee}',
        'give {payee} a {amountWord}',
        'pay {payee} a {amountWord}',
        'transfer a {amountWord} to {payee}',
        'send {payee} {amount} {amountWord}',
        'transfer {amount} {amountWord} to {payee}',
        'send {payee} a {amountWord} {cents}',
        'send a {amountWord} {cents} to {payee}',
        'send {payee} {amount} pounds {when}',
        'transfer {amount} pounds to {payee} {when}',
        'pay {payee} {amount} pounds on {when}',
        'send {amount} pounds to {payee} {when}',
        'schedule a transfer of {amount} pounds to {payee} for {when}',
        // Two fields corrected in one breath: both are taken, never only the first the intent holds.
        'no make it {amount} from my {account}',
        'make it {amount} from {account}',
        'make it from my {account} and {amount}',
        'no wait from my {account} and {amount} pounds',
        '{amount} from my {account} instead',
        'actually {amount} from my {account}',
        'no {amount} to {payee}',
        'actually {amount} to {payee} instead',
        'send it to {payee} from my {account} instead',
        ...fieldsCorrectedTogether('pounds'),
        ...anotherTransfer('pounds'),
        ...toThePersonNamed('pounds'),
        ...THE_WAITING_TRANSFER,
        ...alsoTransfer('pounds'),
        ...amountCorrectedInRequest('pounds'),
        // Two transfers in one breath: the second has slots of its own, never mixed into the first.
        'send {amount} pounds to {payee} and {nextAmount} to {nextPayee}',
        'send {amount} to {payee} and {nextAmount} to {nextPayee}',
        'pay {payee} {amount} pounds and {nextPayee} {nextAmount}',
        'transfer {amount} pounds to {payee} and then {nextAmount} pounds to {nextPayee}',
      ],
      'de-DE': [
        ...ROUGH_OR_TWO_DE.transfer,
        ...WORD_CORRECTED_IN_REQUEST_DE,
        ...TO_THE_PAYEES_ACCOUNT.de,
        ...REPEATING.de,
        ...EXACTLY.de,
        // Ein Empfänger nach dem, was er dem Kunden ist ("meiner Mutter", "an meinen Vermieter").
        'überweise meiner {payee} {amount} {currency}', 'schick meiner {payee} {amount} euro', 'schick meinem {payee} {amount} euro',
        'überweise {amount} {currency} an meine {payee}', 'überweise {amount} euro an meinen {payee}', 'sende {amount} euro an meine {payee}',
        'überweise meiner {payee} {amount} euro', 'überweise {amount} euro an meine {payee}',
        // The whole balance of the account it comes from.
        'überweise {payee} {wholeBalance}',
        'schick {wholeBalance} an {payee}',
        'überweise {wholeBalance} vom {account} an {payee}',
        'gib {payee} {wholeBalance}',
        // Der Betrag der letzten Überweisung an diesen Empfänger.
        'schick {payee} {sameAmount}',
        'überweise {payee} {sameAmount}',
        'überweise {sameAmount} an {payee}',
        'und {sameAmount} an {payee}',
        '{sameAmount} an {payee}',
        '{sameAmount} nochmal an {payee}',
        'und jetzt {sameAmount} an {payee}',
        // Ein Empfänger nach seinem Platz in der eben vorgelesenen Liste.
        'schick dem {ordinal} {amount} euro',
        'überweise der {ordinal} {amount} euro',
        'überweise {amount} euro an den {ordinal}',
        'schick dem {position} {amount} euro', 'überweise der {position} {amount} euro',
        // Wie man im Alltag eine Überweisung anfängt.
        'ich würde gern {payee} {amount} euro überweisen', 'ich würde gerne {payee} {amount} euro überweisen', 'kannst du bitte {payee} {amount} euro überweisen',
        'kannst du bitte {payee} {amount} euro überweisen danke', 'könntest du {payee} {amount} euro schicken', 'mach mal ne überweisung', 'mach mal eine überweisung',
        'ich will was überweisen', 'ich muss was überweisen', 'ich würde gern was überweisen',
        'überweise {amount} {currency} an {payee}',
        'schick {payee} {amount} {currency}',
        'sende {amount} {currency} an {payee}',
        'mach {amount} {currency} daraus',
        'überweise {amount} euro an {payee}',
        'schick {payee} {amount} euro',
        'sende {amount} euro an {payee}',
        'überweise {amount} euro {cents} an {payee}',
        'überweise {amount} euro von meinem {account} an {payee}',
        'überweise geld an {payee}',
        'geld an {payee} senden',
        'ich möchte geld überweisen',
        'eine überweisung machen',
        'mach {amount} euro daraus',
        'lieber {amount} euro',
        'schick {payee} einen {amountWord}',
        'überweise einen {amountWord} an {payee}',
        'gib {payee} einen {amountWord}',
        'schick einen {amountWord} an {payee}',
        'schick {payee} nen {amountWord}',
        'schick {payee} {amount} {amountWord}',
        'überweise {amount} {amountWord} an {payee}',
        'überweise {payee} {when} {amount} euro',
        'überweise {amount} euro {when} an {payee}',
        'schick {payee} am {when} {amount} euro',
        'überweise {when} {amount} euro an {payee}',
        'plane eine überweisung von {amount} euro an {payee} für {when}',
        // Der Empfänger im Dativ, wie man ihn spricht: "überweis der Anna Müller hundert Euro".
        'überweis der {payee} {amount} euro', 'überweise der {payee} {amount} euro', 'schick der {payee} {amount} euro',
        'schick dem {payee} {amount} euro', 'überweis dem {payee} {amount} euro', 'gib der {payee} {amount} euro',
        // Die vorbereitete Überweisung später: ein Datum, nie ein Ja, das sie jetzt schicken würde.
        'mach es {when}', 'mach das {when}', 'mach das lieber {when}', 'überweis es {when}', 'schick es {when}', 'lieber {when}',
        'erst {when}', 'warte bis {when}', 'kannst du das {when} machen', 'nein lieber {when}', 'doch lieber {when}', 'ach mach es {when}',
        // Zurück zur wartenden Überweisung nach einer Frage zwischendurch.
        'weiter mit der überweisung', 'zurück zur überweisung', 'mach mit der überweisung weiter',
        'okay weiter mit der überweisung', 'die überweisung fertig machen',
        // Zwei Felder in einem Satz korrigiert: beide zählen.
        'nein mach {amount} euro vom {account} daraus',
        'lieber {amount} euro vom {account}',
        'doch vom {account} und {amount} euro',
        'nein {amount} euro an {payee}',
        'lieber {amount} an {payee}',
        'doch an {payee} und vom {account}',
        ...FIELDS_CORRECTED_TOGETHER_DE,
        // Der Betrag im selben Atemzug korrigiert: der erste zählt nicht.
        'überweise {notAmount} euro an {payee} nein {amount} euro', 'schick {payee} {notAmount} euro ach nein {amount} euro',
        'überweise {notAmount} euro an {payee} nein warte {amount}', 'überweise {payee} {notAmount} euro ich meine {amount} euro',
        'schick {notAmount} euro an {payee} nein mach {amount} daraus',
        // „Zahl ihm das“: die schon genannte Person, nie die Kreditkarte.
        'zahl {pronoun} das', 'zahl {pronoun}', 'bezahl {pronoun}', 'zahl {pronoun} {amount} euro', 'überweis {pronoun} das',
        'schick {pronoun} das geld', 'gib {pronoun} {amount} euro', 'überweise {pronoun} {amount} euro', 'ja zahl {pronoun} das',
        'zahl {pronoun} das vom {account}', 'dann zahl {pronoun} das',
        // Noch eine Überweisung, wenn eine erledigt ist: eine neue, nie eine Änderung der eben gesendeten.
        'schick {pronoun} nochmal {amount} euro', 'schick {pronoun} noch mal {amount} {currency}', 'überweise {pronoun} noch {amount} euro',
        'überweise {pronoun} nochmal {amount} euro', 'gib {pronoun} noch {amount} euro', 'schick {payee} nochmal {amount} euro',
        'überweise {payee} noch {amount} euro', 'und jetzt noch {amount} euro an {payee}', 'jetzt noch {amount} euro an {payee}',
        // Eine Überweisung außer der, die gerade vorbereitet wird: mit eigenen Slots, nie eine Änderung der ersten.
        'und noch {nextAmount} euro an {nextPayee}', 'und dann noch {nextAmount} euro an {nextPayee}', 'außerdem {nextAmount} euro an {nextPayee}',
        'und dann noch {nextPayee} {nextAmount} euro', 'und dann noch der {nextPayee} {nextAmount} euro', 'und dann noch dem {nextPayee} {nextAmount} euro',
        'überweis auch noch {nextPayee} {nextAmount} euro', 'und {nextPayee} auch noch {nextAmount} euro', 'zusätzlich {nextAmount} euro an {nextPayee}',
        'schick außerdem {nextPayee} {nextAmount} euro', 'ich will auch noch {nextPayee} {nextAmount} euro schicken', 'und der {nextPayee} bitte auch {nextAmount} euro',
        // Die zweite von zwei Überweisungen in einem Satz, so erbeten, wie der Skill es sagt ("danach sag mir die an Jonas").
        'und jetzt die an {payee}', 'jetzt die an {payee}', 'jetzt die überweisung an {payee}', 'okay und jetzt die an {payee}',
        'jetzt die zweite überweisung', 'und jetzt die nächste überweisung', 'die nächste überweisung bitte',
        'und jetzt {payee}', 'okay und jetzt {payee}', 'jetzt {payee}', 'und nun die an {payee}',
        // "Und Anna Müller auch" nach einer Überweisung: noch eine, an sie, nie die erste umgeleitet.
        'und {payee} auch', '{payee} auch', '{payee} bitte auch', 'und der {payee} auch', 'und an {payee} auch', 'an {payee} auch', 'und {payee} auch noch', 'der {payee} auch noch',
        // Zwei Überweisungen in einem Satz: die zweite hat eigene Slots und wird nie in die erste gemischt.
        'überweise {amount} euro an {payee} und {nextAmount} euro an {nextPayee}',
        'schick {payee} {amount} euro und {nextPayee} {nextAmount} euro',
        'überweise {amount} an {payee} und {nextAmount} an {nextPayee}',
        'überweise {payee} {amount} euro und dann {nextPayee} {nextAmount}',
      ],
    },
  },
  TransferOwn: {
    slots: { ...money, rough: 'ROUGH_AMOUNT', from: 'ACCOUNT_TYPE', to: 'ACCOUNT_TYPE', when: 'TRANSFER_DATE', wholeBalance: 'WHOLE_BALANCE', recurring: 'RECURRING' },
    utterances: {
      'en-US': [
        ...ROUGH_OR_TWO.own('dollars'),
        'transfer {amount} {currency} from {from} to {to}',
        'transfer {amount} {currency} from {from} to {to} {recurring}', 'move {amount} to my {to} {recurring}', 'put {amount} in {to} {recurring}',
        'move {amount} {currency} to my {to}',
        'transfer {amount} dollars from {from} to {to}',
        'move {amount} dollars from my {from} to my {to}',
        'move money from my {from} to my {to}',
        'put {amount} dollars into my {to} from my {from}',
        'move {amount} dollars to my {to}',
        'transfer between my accounts',
        'move {amount} dollars from my {from} to my {to} {when}',
        'send {amount} dollars to my {to}',
        'transfer {amount} dollars to my {to}',
        'put {amount} dollars in my {to}',
        'put {amount} in {to}',
        'put {amount} in my {to}',
        'put {amount} dollars in {to}',
        'put {amount} into {to}',
        'put {amount} into my {to}',
        'stick {amount} in my {to}',
        'send {amount} dollars over to my {to}',
        'pay {amount} dollars into my {to}',
        'send {amount} to my {to}',
        'transfer {amount} to my {to}',
        'send {amount} {currency} to my {to}',
        ...OWN_WHOLE_BALANCE,
        ...ownFieldsCorrectedTogether('dollars'),
      ],
      'en-GB': [
        ...ROUGH_OR_TWO.own('pounds'),
        'transfer {amount} {currency} from {from} to {to}',
        'transfer {amount} {currency} from {from} to {to} {recurring}', 'move {amount} to my {to} {recurring}', 'put {amount} in {to} {recurring}',
        'move {amount} {currency} to my {to}',
        'transfer {amount} pounds from {from} to {to}',
        'move {amount} pounds from my {from} to my {to}',
        'move money from my {from} to my {to}',
        'put {amount} pounds into my {to} from my {from}',
        'move {amount} pounds to my {to}',
        'transfer between my accounts',
        'move {amount} pounds from my {from} to my {to} {when}',
        'send {amount} pounds to my {to}',
        'transfer {amount} pounds to my {to}',
        'put {amount} pounds in my {to}',
        'put {amount} in {to}',
        'put {amount} in my {to}',
        'put {amount} pounds in {to}',
        'put {amount} into {to}',
        'put {amount} into my {to}',
        'stick {amount} in my {to}',
        'send {amount} pounds over to my {to}',
        'pay {amount} pounds into my {to}',
        'send {amount} to my {to}',
        'transfer {amount} to my {to}',
        'send {amount} {currency} to my {to}',
        // "Pop fifty quid in my savings": to put, said the British way.
        'pop {amount} in my {to}', 'pop {amount} {currency} in my {to}', 'pop {amount} in {to}', 'can you pop {amount} {currency} in my {to}', 'pop {amount} {currency} into {to}',
        ...OWN_WHOLE_BALANCE,
        ...ownFieldsCorrectedTogether('pounds'),
      ],
      'de-DE': [
        ...ROUGH_OR_TWO_DE.own,
        'überweise {amount} {currency} vom {from} auf das {to}',
        'überweise {amount} {currency} vom {from} auf das {to} {recurring}', 'buche {recurring} {amount} euro auf mein {to} um',
        'buche {amount} {currency} auf mein {to} um',
        'überweise {amount} euro vom {from} auf das {to}',
        'verschiebe {amount} euro von meinem {from} auf mein {to}',
        'geld vom {from} auf das {to} umbuchen',
        'buche {amount} euro auf mein {to} um',
        'umbuchung zwischen meinen konten',
        'buche {when} {amount} euro vom {from} auf das {to} um',
        'überweise {wholeBalance} vom {from} auf das {to}',
        'buche {wholeBalance} vom {from} auf mein {to} um',
        'schieb {wholeBalance} vom {from} aufs {to}',
        'verschiebe {wholeBalance} von meinem {from} auf mein {to}',
        'leg {wholeBalance} vom {from} auf das {to}',
        'buche {wholeBalance} auf mein {to} um',
        // "Auf dem Sparkonto" nennt, wo das Geld liegt; "aufs Girokonto", wohin es geht.
        'überweise {wholeBalance} auf dem {from} aufs {to}', 'leg {amount} euro aufs {to} vom {from}', 'nimm {amount} euro vom {from} aufs {to}', 'nimm {amount} euro von meinem {from} und leg sie aufs {to}', 'hol {amount} euro vom {from} aufs {to}', 'nimm {amount} {currency} vom {from} für das {to}', 'pack {amount} euro auf das {to} von meinem {from}',
        // Zwei oder drei Angaben in einer Antwort korrigiert: alle zählen.
        'nein {amount} euro vom {from} aufs {to}', 'nein {amount} {currency} vom {from} auf das {to}', 'nee {amount} euro vom {from} aufs {to}',
        'lieber {amount} euro vom {from} aufs {to}', 'nein mach {amount} euro vom {from} aufs {to} daraus', 'nein {amount} euro aufs {to}',
        'nein vom {from} aufs {to} und {amount} euro',
      ],
    },
  },
  PayCard: {
    // `notOption`: the option a correction takes back ("not the statement, the minimum"), never the one paid.
    slots: { ...money, option: 'CARD_PAYMENT', notOption: 'CARD_PAYMENT', from: 'ACCOUNT_TYPE', when: 'TRANSFER_DATE' },
    utterances: {
      'en-US': ['{option} please', 'just {option}', 'i will pay {option}', 'i want to pay {option}', 'i want to pay my credit card', 'clear my credit card', 'clear off my credit card', 'no wait i want to pay my credit card', 'actually i want to pay my credit card instead', 'pay {amount} {currency} on my credit card', 'pay my credit card bill', 'pay my credit card', 'pay my credit card {when}', 'pay the {option} on my credit card', 'pay {option}', 'pay {amount} dollars on my credit card', 'make a credit card payment', 'settle my credit card', 'pay off the card', 'pay the bill', 'ok pay the bill', 'pay the bill then', 'pay that bill', 'pay my card balance in full', 'clear my credit card bill', 'put a payment toward my credit card', '{option}', 'the {option}', 'pay the {option}', 'just the {option}', 'the {option} please', 'actually {option}', 'actually the {option}', 'no the {option}', 'no {option}', "let's do the {option}", 'i meant the {option}', 'make it the {option}', 'the {option} instead', 'pay my credit card from {from}', 'pay my credit card bill from my {from}', 'pay the {option} on my credit card from {from}', 'pay {amount} dollars on my credit card from my {from}', 'pay off the card from my {from} account', 'pay the {option} from {from}', '{option} from {from}', 'the {option} from my {from}', '{option} from my {from} please', 'pay {option} from my {from}', 'no pay {option}', 'actually pay {option}', 'just pay {option}', 'not the {notOption} the {option}', 'not the {notOption} but the {option}', 'no not the {notOption} the {option}', 'the {option} not the {notOption}', 'not {notOption} {option}', 'not the {notOption}', 'not the {notOption} pay the {option}', 'pay {amount} of my credit card {option}', 'pay {amount} of the {option} on my credit card', ...TO_THE_CARD.us],
      'en-GB': ['{option} please', 'just {option}', 'i will pay {option}', 'i want to pay {option}', 'i want to pay my credit card', 'no wait i want to pay my credit card', 'actually i want to pay my credit card instead', 'pay {amount} {currency} on my credit card', 'pay my credit card bill', 'pay my credit card', 'pay my credit card {when}', 'pay the {option} on my credit card', 'pay {option}', 'pay {amount} pounds on my credit card', 'make a credit card payment', 'settle my credit card', 'pay off the card', 'pay the bill', 'ok pay the bill', 'pay the bill then', 'pay that bill', 'pay my card balance in full', 'clear my credit card bill', 'clear my credit card', 'clear my credit card completely', 'clear off my credit card', 'clear the balance on my credit card', 'put a payment toward my credit card', '{option}', 'the {option}', 'pay the {option}', 'just the {option}', 'the {option} please', 'actually {option}', 'actually the {option}', 'no the {option}', 'no {option}', "let's do the {option}", 'i meant the {option}', 'make it the {option}', 'the {option} instead', 'pay my credit card from {from}', 'pay my credit card bill from my {from}', 'pay the {option} on my credit card from {from}', 'pay {amount} pounds on my credit card from my {from}', 'pay off the card from my {from} account', 'pay the {option} from {from}', '{option} from {from}', 'the {option} from my {from}', '{option} from my {from} please', 'pay {option} from my {from}', 'no pay {option}', 'actually pay {option}', 'just pay {option}', 'not the {notOption} the {option}', 'not the {notOption} but the {option}', 'no not the {notOption} the {option}', 'the {option} not the {notOption}', 'not {notOption} {option}', 'not the {notOption}', 'not the {notOption} pay the {option}', 'pay {amount} of my credit card {option}', 'pay {amount} of the {option} on my credit card', ...TO_THE_CARD.gb],
      'de-DE': ['kreditkarte ausgleichen', 'die kreditkarte ausgleichen', 'meine kreditkarte ausgleichen', 'kreditkarte zurückzahlen', 'die kreditkarte zurückzahlen', 'kreditkarte begleichen', 'die kreditkartenrechnung begleichen', 'kreditkarte abbezahlen', 'meine kreditkarte abbezahlen', '{option} bitte', 'nur {option}', 'ich zahle {option}', 'ich möchte {option} zahlen bitte', 'zahle {amount} {currency} auf meine kreditkarte', 'kreditkarte bezahlen', 'meine kreditkartenrechnung bezahlen', 'meine kreditkarte {when} bezahlen', 'zahle {option} auf meine kreditkarte', 'zahle {option}', 'zahle {amount} euro auf meine kreditkarte', '{option}', 'die {option}', '{option} vom {from}', 'die {option} von meinem {from}', 'nur die {option}', 'die {option} bitte', 'doch {option}', 'lieber {option}', 'nein {option}', 'eigentlich {option}', '{option} stattdessen', 'ich meinte {option}', 'dann doch {option}', 'kreditkarte vom {from} bezahlen', 'meine kreditkartenrechnung vom {from} bezahlen', 'zahle {option} vom {from}', 'zahle {amount} euro vom {from} auf meine kreditkarte', 'zahle {option} auf meine kreditkarte von meinem {from}', 'doch lieber {option}', 'nein lieber {option}', 'doch {option} zahlen', 'zahl doch {option}', 'nicht den {notOption} sondern den {option}', 'nicht den {notOption} den {option}', 'nein nicht den {notOption} den {option}', 'nicht die {notOption} sondern die {option}', 'den {option} nicht den {notOption}', 'nicht den {notOption}', 'nicht {notOption} sondern {option}',
        // "Zahl die ganze Kreditkarte ab", "die Kreditkarte komplett begleichen": paying it in full, the statement.
        'zahl die {option} kreditkarte ab', 'die {option} kreditkarte abzahlen', 'die {option} kreditkarte begleichen', 'meine {option} kreditkarte abbezahlen',
        'die kreditkarte {option} begleichen', 'kreditkarte {option} begleichen', 'die kreditkarte {option} bezahlen', 'meine kreditkarte {option} bezahlen', 'zahl die kreditkarte {option} ab', 'zahl meine kreditkarte {option} ab', 'die kreditkarte {option} ausgleichen'],
    },
  },
  ListPayees: {
    slots: {},
    utterances: {
      ...englishAlike(['who are my payees', 'list my payees', 'who can i send money to', 'read my payees', 'who is on my payee list', 'which people can i pay', 'show my saved recipients', 'who have i set up to pay', 'tell me my payees', 'what payees do i have', 'list my recipients', 'who are my recipients']),
      'de-DE': ['wer sind meine empfänger', 'liste meine empfänger auf', 'an wen kann ich geld senden'],
    },
  },
  TransferLimits: {
    slots: {},
    utterances: {
      ...englishAlike(['what are my transfer limits', 'what is my transfer limit', "what's my daily limit", 'what is my daily transfer limit', 'how much can i send', 'how much can i send today', 'how much can i transfer', 'how much can i transfer today', 'what is the most i can send', 'what is the most i can transfer', 'how much am i allowed to send', 'how much can i still send today', 'how much do i have left to send today', 'is there a limit on transfers', 'what is the limit for sending money', 'how much money can i send by voice', 'what is the maximum i can send', 'what is the maximum transfer', 'how much can i send in one go', 'how much can i send at once', 'how much more can i send today', 'have i reached my transfer limit', 'what is my sending limit', 'how many transfers can i make', 'what is the voice transfer limit', 'is there a daily limit', 'what is the most i can send her', 'what is the most i can send him', 'how much am i allowed to transfer per day']),
      'de-DE': ['wie viel kann ich überweisen', 'wie viel kann ich heute überweisen', 'wie viel darf ich überweisen', 'wie viel darf ich heute noch überweisen', 'was ist mein überweisungslimit', 'wie hoch ist mein tageslimit', 'wie hoch ist das limit für überweisungen', 'was ist der höchstbetrag für eine überweisung', 'wie viel kann ich maximal überweisen', 'wie viel kann ich auf einmal überweisen', 'wie viel kann ich noch schicken', 'gibt es ein limit für überweisungen', 'habe ich mein limit erreicht', 'wie hoch ist mein überweisungslimit'],
    },
  },
  TransferStatus: {
    // The payee named ("did Bob get the money?") is not needed: the last transfer is the one asked about.
    slots: { payee: 'PAYEE', latest: 'MOST_RECENT' },
    utterances: { ...englishAlike(['the money is gone to {payee}', 'has the money gone to {payee}', 'is the money gone to {payee}', 'the money went to {payee}', 'is it went', 'did it went through', 'what was the {latest=last} transfer i made', 'what was my {latest=last} transfer', 'who did i {latest=last} send money to', 'who was the {latest=last} person i sent money to', 'who did i {latest=last} transfer money to', 'where did my {latest=last} transfer go', 'tell me about my {latest=last} transfer', 'which was my {latest=last} transfer', 'did it go through', 'did the transfer go through', 'did the money go through', 'did my transfer go through', 'did the payment go through', 'was it sent', 'was the money sent', 'did it work', 'is it done', 'is the transfer done', 'has the transfer gone through', 'has the money arrived', 'what happened to my transfer', 'is my transfer complete', 'check on my transfer', 'what is the status of my transfer', 'did {payee} get the money', 'has {payee} got the money', 'did he get the money', 'did she get the money', 'did the money arrive', 'has my payment gone out', 'did you send it', 'is it done yet', 'has it gone through']), 'de-DE': ['was war meine {latest=letzte} überweisung', 'was war meine letzte überweisung', 'an wen habe ich {latest} geld überwiesen', 'an wen ging meine {latest=letzte} überweisung', 'wem habe ich {latest} geld geschickt', 'wohin ging meine {latest=letzte} überweisung', 'was war die {latest=letzte} überweisung die ich gemacht habe', 'ist die überweisung durch', 'hat es geklappt', 'ist das geld angekommen', 'wurde das geld überwiesen', 'ist die überweisung angekommen', 'hat die überweisung funktioniert', 'was ist mit meiner überweisung', 'wie ist der status meiner überweisung', 'ist die zahlung durchgegangen', 'hat {payee} das geld bekommen', 'ist das geld bei {payee} angekommen', 'hat er das geld bekommen', 'hat sie das geld bekommen', 'ist die überweisung erledigt', 'wurde es überwiesen', 'hast du es überwiesen', 'ist das geld raus', 'ist es durch', 'ist das durch', 'ist es schon erledigt'] },
  },
  ProvideAmount: {
    slots: { ...money, rough: 'ROUGH_AMOUNT', nextAmount: 'NEXT_AMOUNT', notAmountWord: 'AMOUNT_WORD', centsAlone: 'CENTS_ALONE', notAmount: 'TAKEN_BACK_AMOUNT', sameAmount: 'SAME_AMOUNT', wholeBalance: 'WHOLE_BALANCE', more: 'MORE', mostAllowed: 'MOST_ALLOWED' },
    utterances: {
      'en-US': [...yesWithA('amount', 'en-US'), ...afterAFiller('amount', 'en-US'), ...beforeATail('amount', 'en-US'), ...ROUGH_OR_TWO.answer('dollars'), 'a {notAmountWord} no a {amountWord}', 'not a {notAmountWord} a {amountWord}', '{amount} {currency}', ...AMOUNT_CORRECTED_AT_ONCE, 'no make it {amount} {currency}', 'actually {amount} {currency}', '{amount} {currency} instead', '{amount} dollars', '{amount} dollars and {cents} cents', '{amount}', '{amount} dollars of it', 'pay {amount} of it', 'just {amount} dollars of it', 'send {amount} dollars', 'no make it {amount} dollars', 'no {amount} dollars', 'actually {amount}', 'actually {amount} dollars', '{amount} instead', '{amount} dollars instead', 'change the amount to {amount}', 'it should be {amount} dollars', 'make that {amount}', 'no make it {amount}', 'i said {amount}', 'the amount is {amount} dollars', 'only {amount} dollars', 'no {amount}', 'the amount', 'change the amount', 'a different amount', 'double it', 'make it double', 'double the amount', 'triple it', 'twice as much', 'more than that', 'another amount', 'some other amount', 'another amount please', 'the amount is wrong', 'wrong amount', "that's the wrong amount", 'the amount is not right', '{amount} please', 'wait {amount}', 'wait make it {amount}', 'hold on make it {amount}', 'sorry i meant {amount}', 'i meant {amount}', 'change it to {amount}', 'can you make it {amount}', 'let us do {amount} instead', 'no no {amount}', 'sorry {amount}', "let's say {amount}", 'go with {amount}', '{amount} would be better', 'on second thought {amount}', 'lower it to {amount}', 'raise it to {amount}', 'just {amount} dollars', 'number {amount}', 'option {amount}', 'not {notAmount} {amount}', 'not {notAmount} but {amount}', 'not {notAmount} make it {amount}', 'no not {notAmount} {amount}', '{amount} not {notAmount}', '{amount} dollars not {notAmount}', 'not {notAmount} dollars {amount} dollars', '{amount} instead of {notAmount}', 'not {notAmount}', 'no not {notAmount}', 'not {notAmount} dollars', 'yes {amount}', 'yes {amount} dollars', 'yeah {amount}', 'yes but {amount}', 'yes but make it {amount}', 'yes send {amount}', 'okay but {amount} dollars', 'a {amountWord}', 'make it a {amountWord}', 'just a {amountWord}', 'no a {amountWord}', 'actually a {amountWord}', '{amount} {amountWord}', 'make it {amount} {amountWord}', '{centsAlone} cents', 'just {centsAlone} cents', '{amount} then', 'okay {amount} then', 'then {amount}', 'fine {amount}', 'okay then {amount} dollars', 'hold on {amount} dollars', 'hang on {amount} dollars', 'wait make it {amount} dollars', 'one moment make it {amount}', 'what about {amount}', 'how about {amount}', 'how about {amount} dollars', 'what about {amount} dollars then', 'send her {amount}', 'send him {amount}', 'give her {amount}', 'give him {amount} dollars', 'okay send her {amount}', 'just send him {amount} dollars', '{amount} dollars i think', '{amount} i think', 'i think {amount} dollars', 'i guess {amount} dollars', '{wholeBalance}', 'send {wholeBalance}', 'move {wholeBalance}', 'make it {wholeBalance}', 'no {wholeBalance}', 'actually {wholeBalance}', '{sameAmount}', 'send {sameAmount}', 'make it {sameAmount}', 'just {sameAmount}', '{sameAmount} please', ...amountAdded('dollars'), ...KEPT_AT.en],
      'en-GB': [...yesWithA('amount', 'en-GB'), ...afterAFiller('amount', 'en-GB'), ...beforeATail('amount', 'en-GB'), ...ROUGH_OR_TWO.answer('pounds'), 'a {notAmountWord} no a {amountWord}', 'not a {notAmountWord} a {amountWord}', '{amount} {currency}', ...AMOUNT_CORRECTED_AT_ONCE, 'no make it {amount} {currency}', 'actually {amount} {currency}', '{amount} {currency} instead', '{amount} pounds', '{amount} pounds and {cents} pence', '{amount}', '{amount} pounds of it', 'pay {amount} of it', 'just {amount} pounds of it', 'send {amount} pounds', 'no make it {amount} pounds', 'no {amount} pounds', 'actually {amount}', 'actually {amount} pounds', '{amount} instead', '{amount} pounds instead', 'change the amount to {amount}', 'it should be {amount} pounds', 'make that {amount}', 'no make it {amount}', 'i said {amount}', 'the amount is {amount} pounds', 'only {amount} pounds', 'no {amount}', 'the amount', 'change the amount', 'a different amount', 'double it', 'make it double', 'double the amount', 'triple it', 'twice as much', 'more than that', 'another amount', 'some other amount', 'another amount please', 'the amount is wrong', 'wrong amount', "that's the wrong amount", 'the amount is not right', '{amount} please', 'wait {amount}', 'wait make it {amount}', 'hold on make it {amount}', 'sorry i meant {amount}', 'i meant {amount}', 'change it to {amount}', 'can you make it {amount}', 'let us do {amount} instead', 'no no {amount}', 'sorry {amount}', "let's say {amount}", 'go with {amount}', '{amount} would be better', 'on second thought {amount}', 'lower it to {amount}', 'raise it to {amount}', 'just {amount} pounds', 'number {amount}', 'option {amount}', 'not {notAmount} {amount}', 'not {notAmount} but {amount}', 'not {notAmount} make it {amount}', 'no not {notAmount} {amount}', '{amount} not {notAmount}', '{amount} pounds not {notAmount}', 'not {notAmount} pounds {amount} pounds', '{amount} instead of {notAmount}', 'not {notAmount}', 'no not {notAmount}', 'not {notAmount} pounds', 'yes {amount}', 'yes {amount} pounds', 'yeah {amount}', 'yes but {amount}', 'yes but make it {amount}', 'yes send {amount}', 'okay but {amount} pounds', 'a {amountWord}', 'make it a {amountWord}', 'just a {amountWord}', 'no a {amountWord}', 'actually a {amountWord}', '{amount} {amountWord}', 'make it {amount} {amountWord}', 'a {amountWord} {cents}', 'make it a {amountWord} {cents}', 'a {amountWord} and {centsAlone} p', 'make it a {amountWord} and {centsAlone} p', 'a {amountWord} and {centsAlone} pence', '{centsAlone} pence', '{centsAlone} p', 'just {centsAlone} p', '{centsAlone} pee', 'just {centsAlone} pee', '{amount} then', 'okay {amount} then', 'then {amount}', 'fine {amount}', 'okay then {amount} pounds', 'hold on {amount} pounds', 'hang on {amount} pounds', 'wait make it {amount} pounds', 'one moment make it {amount}', 'what about {amount}', 'how about {amount}', 'how about {amount} pounds', 'what about {amount} pounds then', 'send her {amount}', 'send him {amount}', 'give her {amount}', 'give him {amount} pounds', 'okay send her {amount}', 'just send him {amount} pounds', '{amount} pounds i think', '{amount} i think', 'i think {amount} pounds', 'i reckon {amount} pounds', '{wholeBalance}', 'send {wholeBalance}', 'move {wholeBalance}', 'make it {wholeBalance}', 'no {wholeBalance}', 'actually {wholeBalance}', '{sameAmount}', 'send {sameAmount}', 'make it {sameAmount}', 'just {sameAmount}', '{sameAmount} please', ...amountAdded('pounds'), ...KEPT_AT.en],
      'de-DE': [
        ...yesWithA('amount', 'de-DE'), ...afterAFiller('amount', 'de-DE'), ...beforeATail('amount', 'de-DE'), ...PICKED.amount.de, ...KEPT_AT.de,
        'vergiss das mach {amount} euro', 'vergiss das {amount} euro', 'vergiss das mach {amount}', 'streich das mach {amount} draus',
        // "Halt" said in passing is a particle, never "stop": "fünfzig Euro halt".
        '{amount} euro halt', '{amount} halt', 'halt {amount} euro', 'dann halt {amount} euro', 'na dann halt {amount}', ...ROUGH_OR_TWO_DE.answer, 'einen {notAmountWord} nein einen {amountWord}', 'nicht einen {notAmountWord} sondern einen {amountWord}', '{amount} {currency}', 'ach doch {amount}', 'ach doch {amount} euro', 'ach mach doch {amount}', 'mach doch {amount}', 'mach doch {amount} euro', 'ach dann doch {amount}', 'ach nee doch {amount} euro', '{notAmount} nein {amount}', '{notAmount} ach nein {amount}', '{notAmount} nein warte {amount}', '{notAmount} ich meine {amount}', '{notAmount} nein ich meine {amount}', '{notAmount} äh nein {amount}', '{notAmount} sorry {amount}', '{notAmount} nein mach {amount} draus', 'nein mach {amount} {currency} daraus', 'lieber {amount} {currency}', '{amount} {currency} stattdessen', '{amount} euro', '{amount} euro {cents}', '{amount}', '{amount} euro davon', '{amount} davon', 'zahl {amount} davon', 'nur {amount} euro davon', '{amount} euro überweisen', 'nein mach {amount} euro daraus', 'nein {amount} euro', 'eigentlich {amount}', '{amount} euro stattdessen', 'lieber {amount}', 'ändere den betrag auf {amount} euro', 'es sollen {amount} euro sein', 'das sollten eigentlich nur {amount} sein', 'das sollten {amount} euro sein', 'das hätten {amount} euro sein sollen', 'es sollten nur {amount} euro sein', 'eigentlich wollte ich nur {amount} überweisen', 'das sollten eigentlich {amount} euro sein', 'nur {amount} euro', 'mach {amount} daraus', 'ich sagte {amount}', 'der betrag ist {amount} euro', 'nein {amount}', 'nein lieber {amount} euro', 'den betrag', 'den betrag ändern', 'einen anderen betrag', 'das doppelte', 'verdopple das', 'doppelt so viel', 'mach das doppelte daraus', 'mehr als das', 'der betrag stimmt nicht', 'falscher betrag', 'das war der falsche betrag', 'der betrag ist falsch', 'falsche summe', 'ich meinte {amount}', 'ich meinte {amount} euro', 'mach {amount}', 'doch {amount} euro', 'doch lieber {amount}', 'ändere es auf {amount}', 'warte {amount}', 'nein nein {amount}', 'sagen wir {amount}', 'nee {amount}', 'nö {amount}', 'besser {amount}', '{amount} wäre besser', 'korrigiere auf {amount}', 'nummer {amount}', 'option {amount}', 'moment {amount}', 'nicht {notAmount} sondern {amount}', 'nicht {notAmount} euro sondern {amount} euro', 'nein nicht {notAmount} sondern {amount}',
        // "Ned" ist süddeutsches "nicht".
        'ned {notAmount} {amount}', 'ned {notAmount} sondern {amount}', 'na ned {notAmount} {amount}', 'ned {notAmount} euro {amount} euro',
        'was anderes', 'etwas anderes', 'einen anderen', 'was anderes bitte', '{amount} nicht {notAmount}', '{amount} euro nicht {notAmount}', '{amount} statt {notAmount}', 'nicht {notAmount}', 'nein nicht {notAmount}', 'nicht {notAmount} euro', 'ja {amount}', 'ja {amount} euro', 'ja aber {amount}', 'ja aber {amount} euro', 'ja aber mach {amount} daraus', 'okay aber {amount} euro', 'einen {amountWord}', 'nen {amountWord}', 'mach einen {amountWord} daraus', 'nur einen {amountWord}', 'lieber einen {amountWord}', '{amount} {amountWord}', 'mach {amount} {amountWord} daraus', '{centsAlone} cent', 'nur {centsAlone} cent', 'dann {amount}', 'okay dann {amount}', 'dann eben {amount}', '{amount} dann', 'dann eben {amount} euro', 'moment {amount} euro', 'moment mal {amount} euro', 'warte {amount} euro', 'warte mal {amount} euro', 'moment mach {amount} daraus', 'wie wäre es mit {amount}', 'wie wäre es mit {amount} euro', 'und wenn es {amount} euro sind', 'geht {amount} euro', 'schick ihr {amount}', 'schick ihm {amount}', 'gib ihr {amount} euro', 'gib ihm {amount}', 'okay schick ihr {amount} euro', 'überweis ihm {amount} euro', '{amount} euro glaube ich', '{amount} glaube ich', 'ich glaube {amount} euro', '{wholeBalance}', 'überweise {wholeBalance}', 'mach {wholeBalance} daraus', 'nein {wholeBalance}', 'lieber {wholeBalance}', '{sameAmount}', 'mach {sameAmount}', 'einfach {sameAmount}', '{sameAmount} bitte', ...AMOUNT_ADDED_DE],
    },
  },
  ProvidePayee: {
    // An amount said with the other payee ("no, sixty dollars to the other Anna") changes both.
    slots: { payee: 'PAYEE', notPayee: 'PAYEE', otherPayee: 'PAYEE', otherOne: 'OTHER_ONE', paidBefore: 'PAID_BEFORE', ordinal: 'ORDINAL', last4: 'LAST_FOUR', amount: 'AMOUNT', currency: 'CURRENCY', sameAmount: 'SAME_AMOUNT' },
    utterances: {
      'en-US': [...yesWithA('payee', 'en-US'), ...afterAFiller('payee', 'en-US'), ...beforeATail('payee', 'en-US'), ...PICKED.payee.en, ...amountToTheOther('dollars'), ...SAME_TO_THE_OTHER.en, 'the {payee} one', 'the {payee} one please', 'i mean the {payee} one', 'no the {payee} one', 'no {otherOne}', '{otherOne}', '{paidBefore}', 'i mean {paidBefore}', 'to {paidBefore}', 'send it to {paidBefore}', '{paidBefore} please', 'i meant {otherOne}', 'no send it to {otherOne}', 'sorry {otherOne}', 'now {otherOne}', 'and now {otherOne}', 'to my {payee}', 'no to my {payee}', 'send it to my {payee}', 'to the one ending in {last4}', 'no to the one ending in {last4}', 'send it to the one ending in {last4}', 'no send it to the one ending in {last4}', 'to the {ordinal} one', 'no to the {ordinal} one', 'no send it to the {ordinal} one', 'i meant to the {ordinal} one', 'send it to the {ordinal} one instead', '{payee}', 'to {payee}', 'send it to {payee}', 'the one called {payee}', 'no to {payee}', 'to {payee} instead', 'no send it to {payee}', 'actually {payee}', 'i meant {payee}', 'pay {payee} instead', 'make that {payee}', 'the payee is {payee}', 'it goes to {payee}', '{payee} please', 'send to {payee}', 'change the payee to {payee}', 'no {payee}', 'the payee', 'change the payee', 'wrong person', 'wrong payee', 'wrong recipient', "that's the wrong person", 'the payee is wrong', 'someone else', 'the recipient', 'a different person', 'neither', 'neither of them', 'none of them', 'none of those', 'not {notPayee} {payee}', 'not {notPayee} but {payee}', 'not to {notPayee} to {payee}', 'no not {notPayee} {payee}', '{notPayee} no wait {payee}', '{payee} not {notPayee}', 'to {payee} not {notPayee}', '{payee} instead of {notPayee}', 'not {notPayee}', 'no not {notPayee}', 'not to {notPayee}', 'yes to {payee}', 'yes but to {payee}', 'yes but send it to {payee}', 'sorry i meant {payee}', 'sorry {payee}', 'sorry to {payee}', 'wait {payee}', 'no wait to {payee}', 'oh sorry i meant {payee}', 'the other {otherPayee}', 'no the other {otherPayee}', 'i meant the other {otherPayee}', 'to the other {otherPayee}', 'no to the other {otherPayee}', 'the other {otherPayee} please', 'send it to the other {otherPayee}', 'actually the other {otherPayee}', 'hold on to {payee}', 'wait to {payee}', 'hang on to {payee}', 'wait send it to {payee}', 'hold on send it to {payee} instead', '{payee} i think', 'i think {payee}', 'i guess {payee}'],
      'en-GB': [...yesWithA('payee', 'en-GB'), ...afterAFiller('payee', 'en-GB'), ...beforeATail('payee', 'en-GB'), ...PICKED.payee.en, ...amountToTheOther('pounds'), ...SAME_TO_THE_OTHER.en, 'the {payee} one', 'the {payee} one please', 'i mean the {payee} one', 'no the {payee} one', 'no {otherOne}', '{otherOne}', '{paidBefore}', 'i mean {paidBefore}', 'to {paidBefore}', 'send it to {paidBefore}', '{paidBefore} please', 'i meant {otherOne}', 'no send it to {otherOne}', 'sorry {otherOne}', 'now {otherOne}', 'and now {otherOne}', 'to my {payee}', 'no to my {payee}', 'send it to my {payee}', 'to the one ending in {last4}', 'no to the one ending in {last4}', 'send it to the one ending in {last4}', 'no send it to the one ending in {last4}', 'to the {ordinal} one', 'no to the {ordinal} one', 'no send it to the {ordinal} one', 'i meant to the {ordinal} one', 'send it to the {ordinal} one instead', '{payee}', 'to {payee}', 'send it to {payee}', 'the one called {payee}', 'no to {payee}', 'to {payee} instead', 'no send it to {payee}', 'actually {payee}', 'i meant {payee}', 'pay {payee} instead', 'make that {payee}', 'the payee is {payee}', 'it goes to {payee}', '{payee} please', 'send to {payee}', 'change the payee to {payee}', 'no {payee}', 'the payee', 'change the payee', 'wrong person', 'wrong payee', 'wrong recipient', "that's the wrong person", 'the payee is wrong', 'someone else', 'the recipient', 'a different person', 'neither', 'neither of them', 'none of them', 'none of those', 'not {notPayee} {payee}', 'not {notPayee} but {payee}', 'not to {notPayee} to {payee}', 'no not {notPayee} {payee}', '{notPayee} no wait {payee}', '{payee} not {notPayee}', 'to {payee} not {notPayee}', '{payee} instead of {notPayee}', 'not {notPayee}', 'no not {notPayee}', 'not to {notPayee}', 'yes to {payee}', 'yes but to {payee}', 'yes but send it to {payee}', 'sorry i meant {payee}', 'sorry {payee}', 'sorry to {payee}', 'wait {payee}', 'no wait to {payee}', 'oh sorry i meant {payee}', 'the other {otherPayee}', 'no the other {otherPayee}', 'i meant the other {otherPayee}', 'to the other {otherPayee}', 'no to the other {otherPayee}', 'the other {otherPayee} please', 'send it to the other {otherPayee}', 'actually the other {otherPayee}', 'hold on to {payee}', 'wait to {payee}', 'hang on to {payee}', 'wait send it to {payee}', 'hang on send it to {payee} instead', '{payee} i think', 'i think {payee}', 'i reckon {payee}'],
      'de-DE': [...yesWithA('payee', 'de-DE'), ...afterAFiller('payee', 'de-DE'), ...beforeATail('payee', 'de-DE'), ...PICKED.payee.de, ...AMOUNT_TO_THE_OTHER_DE, ...SAME_TO_THE_OTHER.de, 'die {payee} halt', 'na die {payee} halt', 'an {payee} halt', 'ach doch {payee}', 'ach doch an {payee}', 'doch lieber {payee}', 'ach nee doch {payee}', 'ach dann doch {payee}', 'nicht die {notPayee}', 'nicht den {notPayee}', 'nein nicht die {notPayee}', 'nicht frau {notPayee}', 'nein {otherOne}', '{otherOne}', '{paidBefore}', 'ich meine {paidBefore}', '{paidBefore} bitte', 'ich meinte {otherOne}', 'nein lieber {otherOne}', 'nee {otherOne}', 'jetzt {otherOne}', 'und jetzt {otherOne}', '{otherOne} auch', 'und {otherOne} auch', '{otherOne} bitte auch', 'an meine {payee}', 'an meinen {payee}', 'meiner {payee}', 'meinem {payee}', 'an die mit der endung {last4}', 'nein an die mit der endung {last4}', 'an den mit der endung {last4}', 'nein an den mit der endung {last4}', 'an die {ordinal}', 'nein an die {ordinal}', 'an den {ordinal}', 'nein an den {ordinal}', 'lieber an die {ordinal}', 'an die {ordinal} bitte', 'nein ich meinte an die {ordinal}', '{payee}', 'an {payee}', 'schick es an {payee}', 'nein an {payee}', 'nee die an {payee}', 'nein die an {payee}', 'nee die an {payee} meinte ich', 'die an {payee}', 'nee den an {payee}', 'lieber an {payee}', 'an {payee} stattdessen', 'ich meinte {payee}', 'nein {payee}', 'schick es lieber an {payee}', 'der empfänger ist {payee}', 'ändere den empfänger auf {payee}', 'zu {payee}', 'die überweisung geht an {payee}', 'den empfänger', 'den empfänger ändern', 'falscher empfänger', 'der empfänger ist falsch', 'falsche person', 'das ist die falsche person', 'an jemand anderen', 'eine andere person', 'keine von beiden', 'keiner von beiden', 'keine davon', 'jemand anderes', 'nicht {notPayee} sondern {payee}', 'nicht an {notPayee} sondern an {payee}', 'nein nicht an {notPayee} sondern an {payee}', 'an {payee} nicht an {notPayee}', '{payee} statt {notPayee}', 'an {payee} statt an {notPayee}', 'nicht an {notPayee}', 'nicht {notPayee}', 'nein nicht an {notPayee}', '{notPayee} ach nee {payee}', '{notPayee} nein doch {payee}', 'ja an {payee}', 'ja aber an {payee}', 'ja aber schick es an {payee}', 'entschuldigung ich meinte {payee}', 'sorry ich meinte {payee}', 'warte an {payee}', 'doch an {payee}', 'eigentlich an {payee}', 'die andere {otherPayee}', 'der anderen {otherPayee}', 'den anderen {otherPayee}', 'der andere {otherPayee}', 'an die andere {otherPayee}', 'an den anderen {otherPayee}', 'nein die andere {otherPayee}', 'nein an die andere {otherPayee}', 'nein an den anderen {otherPayee}', 'ich meinte die andere {otherPayee}', 'ich meinte den anderen {otherPayee}', 'moment an {payee}', 'moment mal an {payee}', 'warte mal an {payee}', 'moment schick es an {payee}', '{payee} glaube ich', 'an {payee} glaube ich', 'ich glaube an {payee}', 'ned {notPayee} {payee}', 'ned die {notPayee} die {payee}', 'ned an die {notPayee} an die {payee}', 'na ned die {notPayee} die {payee}', 'ned {notPayee}', 'ned die {notPayee}'],
    },
  },
  ProvideAccount: {
    slots: { account: 'ACCOUNT_TYPE', from: 'ACCOUNT_TYPE', to: 'ACCOUNT_TYPE', notAccount: 'ACCOUNT_TYPE', reverse: 'REVERSE', last4: 'LAST_FOUR' },
    utterances: {
      'en-US': [...ACCOUNT_CHANGED.en, ...YES_AND_AN_ACCOUNT.en, 'from the account ending in {last4}', 'no from the account ending in {last4}', 'from the one ending in {last4}', 'no from the one ending in {last4}', 'send it from the account ending in {last4}', '{reverse}', 'no {reverse}', 'actually {reverse}', 'no it is {reverse}', 'it should be {reverse}', 'do it {reverse}', 'i meant {reverse}', 'no wait {reverse}', 'oops {reverse}', ...yesWithA('account', 'en-US'), ...afterAFiller('account', 'en-US'), ...beforeATail('account', 'en-US'), ...PICKED.account.en, 'the {account} one', ...ACCOUNT_CORRECTED_AT_ONCE, '{account} one', 'the {account} account', 'from the {from} one', 'actually from {from}', 'actually from my {from}', 'actually to my {to}', 'make it to {to}', 'make it to my {to}', 'no wait make it to {to}', 'make it from {from}', 'actually use my {account}', 'sorry from my {from}', 'wait from my {from}', 'i meant from my {from}', 'make it from my {from}', '{account}', 'my {account}', 'use my {account}', 'from my {from}', 'from {from}', 'from my {from} instead', 'to my {to}', 'into my {to}', 'to {to}', 'from {from} instead', 'use my {account} instead', 'no from my {from}', 'take it from my {from}', 'out of my {from}', 'the {account}', 'my {account} please', 'put it in my {to}', 'no to my {to}', 'the account', 'change the account', 'wrong account', "that's the wrong account", 'the account is wrong', 'a different account', 'the account to send from', 'not {notAccount} {account}', 'not {notAccount} but {account}', 'not the {notAccount} the {account}', 'not from {notAccount} from {from}', 'not from my {notAccount} from my {from}', 'not to my {notAccount} to my {to}', 'from my {from} not my {notAccount}', '{account} not {notAccount}', 'my {account} not my {notAccount}', 'not my {notAccount}', 'not from {notAccount}', 'not from my {notAccount}', 'not the {notAccount}', 'yes from my {from}', 'yes but from my {from}', 'yes but from {from}', 'sorry i meant my {account}', 'sorry i meant from {from}', 'oh sorry from my {from}', 'no {account}', 'no the {account}', 'no my {account}', 'no use my {account}', 'no to {to}', 'no to the {to}', 'hold on from {from}', 'hold on from my {from}', 'hang on from {from}', 'hold on take it from my {from}', 'how about from {from}', 'what about from my {from}', 'how about from my {from} then', 'try from my {from}', 'no wait the {account}', 'actually no the {account}', 'actually the {account}', 'no sorry the {account} one', '{account} i think', 'um {account} i think', 'i guess {account}', 'from {from} i think', 'i think my {account}', ...ACCOUNT_PICKED],
      'en-GB': [...ACCOUNT_CHANGED.en, ...YES_AND_AN_ACCOUNT.en, 'from the account ending in {last4}', 'no from the account ending in {last4}', 'from the one ending in {last4}', 'no from the one ending in {last4}', 'send it from the account ending in {last4}', '{reverse}', 'no {reverse}', 'actually {reverse}', 'no it is {reverse}', 'it should be {reverse}', 'do it {reverse}', 'i meant {reverse}', 'no wait {reverse}', 'oops {reverse}', ...yesWithA('account', 'en-GB'), ...afterAFiller('account', 'en-GB'), ...beforeATail('account', 'en-GB'), ...PICKED.account.en, 'the {account} one', ...ACCOUNT_CORRECTED_AT_ONCE, '{account} one', 'the {account} account', 'from the {from} one', 'actually from {from}', 'actually from my {from}', 'actually to my {to}', 'make it to {to}', 'make it to my {to}', 'no wait make it to {to}', 'make it from {from}', 'actually use my {account}', 'sorry from my {from}', 'wait from my {from}', 'i meant from my {from}', 'make it from my {from}', '{account}', 'my {account}', 'use my {account}', 'from my {from}', 'from {from}', 'from my {from} instead', 'to my {to}', 'into my {to}', 'to {to}', 'from {from} instead', 'use my {account} instead', 'no from my {from}', 'take it from my {from}', 'out of my {from}', 'the {account}', 'my {account} please', 'put it in my {to}', 'no to my {to}', 'the account', 'change the account', 'wrong account', "that's the wrong account", 'the account is wrong', 'a different account', 'the account to send from', 'not {notAccount} {account}', 'not {notAccount} but {account}', 'not the {notAccount} the {account}', 'not from {notAccount} from {from}', 'not from my {notAccount} from my {from}', 'not to my {notAccount} to my {to}', 'from my {from} not my {notAccount}', '{account} not {notAccount}', 'my {account} not my {notAccount}', 'not my {notAccount}', 'not from {notAccount}', 'not from my {notAccount}', 'not the {notAccount}', 'yes from my {from}', 'yes but from my {from}', 'yes but from {from}', 'sorry i meant my {account}', 'sorry i meant from {from}', 'oh sorry from my {from}', 'no {account}', 'no the {account}', 'no my {account}', 'no use my {account}', 'no to {to}', 'no to the {to}', 'hold on from {from}', 'hold on from my {from}', 'hang on from {from}', 'hang on take it from my {from}', 'how about from {from}', 'what about from my {from}', 'how about from my {from} then', 'try from my {from}', 'no wait the {account}', 'actually no the {account}', 'actually the {account}', 'no sorry the {account} one', '{account} i think', 'erm {account} i think', 'i guess {account}', '{account} i reckon', 'from {from} i think', 'i think my {account}', ...ACCOUNT_PICKED],
      // "Halt", "eben" said in passing are particles, never "stop": "vom Girokonto halt".
      'de-DE': [...ACCOUNT_CHANGED.de, ...YES_AND_AN_ACCOUNT.de, 'vom {account} halt', 'halt vom {account}', 'vom {account} eben', 'na vom {account} halt', 'vom konto mit der endung {last4}', 'vom konto das auf {last4} endet', 'nein vom konto mit der endung {last4}', '{reverse}', 'nein {reverse}', 'ach nein {reverse}', 'genau {reverse}', 'nein es ist {reverse}', 'ich meinte {reverse}', 'mach es {reverse}', 'nein warte {reverse}', 'hoppla {reverse}', 'eigentlich {reverse}', ...yesWithA('account', 'de-DE'), ...afterAFiller('account', 'de-DE'), ...beforeATail('account', 'de-DE'), ...PICKED.account.de, 'das {account} bitte', 'vom {notAccount} ach nein vom {from}', 'vom {notAccount} nein vom {from}', 'vom {notAccount} nein warte vom {from}', 'vom {notAccount} ich meine vom {from}', '{notAccount} nein {account}', '{notAccount} ach nein {account}', '{notAccount} ich meine {account}', 'doch vom {from}', 'doch lieber vom {from}', 'eigentlich vom {from}', 'doch aufs {to}', 'ich meinte vom {from}', 'warte vom {from}', 'nimm doch das {account}', '{account}', 'mein {account}', 'von meinem {from}', 'vom {from}', 'lieber vom {from}', 'auf mein {to}', 'aufs {to}', 'auf das {to}', 'lieber von meinem {from}', 'nimm das {account}', 'nein vom {from}', 'aufs {to} bitte', 'in mein {to}', 'das {account}', 'auf mein {to} stattdessen', 'nimm das geld vom {from}', 'das konto', 'das konto ändern', 'falsches {notAccount}', 'das {notAccount} ist falsch', 'das ist das falsche {notAccount}', 'ein anderes konto', 'das konto von dem es abgeht', 'nicht {notAccount} sondern {account}', 'nicht das {notAccount} sondern das {account}', 'nicht die {notAccount} sondern die {account}', 'nicht die {notAccount} die {account}', 'nein nicht die {notAccount} die {account}', 'nicht das {notAccount} das {account}', 'nicht die {notAccount}', 'nicht vom {notAccount} sondern vom {from}', 'nein nicht vom {notAccount} sondern vom {from}', 'nicht aufs {notAccount} sondern aufs {to}', 'vom {from} nicht vom {notAccount}', '{account} statt {notAccount}', 'nicht vom {notAccount}', 'nicht von meinem {notAccount}', 'nicht das {notAccount}', 'ja vom {from}', 'ja aber vom {from}', 'ja aber von meinem {from}', 'entschuldigung ich meinte vom {from}', 'sorry vom {from}', 'die {account}', 'die {account} bitte', 'meine {account}', 'nein das {account}', 'nein mein {account}', 'nein {account}', 'nein aufs {to}', 'nein auf das {to}', 'moment vom {from}', 'moment mal vom {from}', 'warte mal vom {from}', 'moment lieber vom {from}', 'und vom {from}', 'wie wäre es vom {from}', 'dann vom {from}', 'dann eben vom {from}', 'nein warte das {account}', 'doch nicht das sondern das {account}', '{account} glaube ich', 'vom {from} glaube ich', 'ich glaube {account}', '{account} denke ich', 'äh vom {from} glaube ich', 'lass uns {account} nehmen', 'lass uns {account} sagen', 'sagen wir {account}', 'sagen wir vom {from}', 'nehmen wir das {account}', 'ich nehme das {account}', 'dann das {account}', 'das {account} passt', 'das {account} ist gut', 'nimm mein {account}'],
    },
  },
  Choose: {
    slots: { ordinal: 'ORDINAL', position: 'LIST_END', last4: 'LAST_FOUR', notOrdinal: 'ORDINAL', notPosition: 'LIST_END', both: 'ALL_OF_THEM', amount: 'AMOUNT', currency: 'CURRENCY', number: 'NUMBER_ALONE', notAmount: 'TAKEN_BACK_AMOUNT', account: 'ACCOUNT_TYPE' },
    utterances: {
      'en-US': [...CHOSEN_WITH_AN_AMOUNT.en, ...beforeATail('choice', 'en-US'), '{both}', '{both} please', 'yes {both}', 'i want {both}', 'not the {notOrdinal} one', 'not the {notOrdinal}', 'no not the {notOrdinal} one', 'not the {notPosition} one', 'not the {notPosition}', 'no not the {notPosition} one', 'the {ordinal} account', 'from the {ordinal} account', 'the {position} account', 'from the {position} account', 'the {ordinal} one', 'the {ordinal}', '{ordinal} one', 'the {ordinal} one please', 'i mean the {ordinal} one', 'the {ordinal} please', 'take the {ordinal} one', '{ordinal}', 'the {ordinal} person', 'i want the {ordinal} one', 'pick the {ordinal}', 'the {ordinal} payee', 'go with the {ordinal} one', 'it is the {ordinal} one', 'the {position} one', 'the {position}', '{position} one', 'i mean the {position} one', 'the {position} one please', 'take the {position} one', 'the one ending in {last4}', 'the one with {last4}', 'the account with {last4}', 'the one with the {last4}', 'the one that ends in {last4}', 'ending in {last4}', 'the account ending in {last4}', 'the card ending in {last4}', 'the one with the account ending in {last4}', 'the {ordinal} option', 'the {position} option'],
      'en-GB': [...CHOSEN_WITH_AN_AMOUNT.en, ...beforeATail('choice', 'en-GB'), '{both}', '{both} please', 'yes {both}', 'i want {both}', 'not the {notOrdinal} one', 'not the {notOrdinal}', 'no not the {notOrdinal} one', 'not the {notPosition} one', 'not the {notPosition}', 'no not the {notPosition} one', 'the {ordinal} account', 'from the {ordinal} account', 'the {position} account', 'from the {position} account', 'the {ordinal} one', 'the {ordinal}', '{ordinal} one', 'the {ordinal} one please', 'i mean the {ordinal} one', 'the {ordinal} please', 'take the {ordinal} one', '{ordinal}', 'the {ordinal} person', 'i want the {ordinal} one', 'pick the {ordinal}', 'the {ordinal} payee', 'go with the {ordinal} one', 'it is the {ordinal} one', 'the {position} one', 'the {position}', '{position} one', 'i mean the {position} one', 'the {position} one please', 'take the {position} one', 'the one ending in {last4}', 'the one with {last4}', 'the account with {last4}', 'the one with the {last4}', 'the one that ends in {last4}', 'ending in {last4}', 'the account ending in {last4}', 'the card ending in {last4}', 'the one with the account ending in {last4}', 'the {ordinal} option', 'the {position} option'],
      'de-DE': [...CHOSEN_WITH_AN_AMOUNT.de, ...beforeATail('choice', 'de-DE'), '{both}', '{both} bitte', 'ja {both}', 'ich will {both}', 'nicht die {notOrdinal}', 'nicht den {notOrdinal}', 'nein nicht die {notOrdinal}', 'nicht die {notPosition}', 'nicht den {notPosition}', 'nein nicht die {notPosition}', 'das {ordinal} konto', 'vom {ordinal} konto', 'von dem {ordinal} konto', 'das {position} konto', 'vom {position} konto', 'die {ordinal}', 'den {ordinal}', 'der {ordinal}', 'das {ordinal}', 'ich meine die {ordinal}', '{ordinal}', 'nimm die {ordinal}', 'die {ordinal} person', 'ich will den {ordinal}', 'der {ordinal} empfänger', 'die {ordinal} option', 'das {ordinal} bitte', 'die {position}', 'den {position}', 'der {position}', 'das {position}', 'die {position} bitte', 'ich meine die {position}', 'nimm die {position}', 'den {position} bitte', 'die mit der endung {last4}', 'das mit der endung {last4}', 'das mit {last4}', 'das konto mit {last4}', 'die mit {last4}', 'den mit der endung {last4}', 'mit der endung {last4}', 'die karte mit der endung {last4}', 'das konto mit der endung {last4}', 'die {position} option'],
    },
  },
  Pin: {
    slots: { pin: 'PIN' },
    utterances: {
      'en-US': [...beforeATail('pin', 'en-US'), 'oh {pin}', 'well {pin}', 'so {pin}', 'okay so {pin}', '{pin} please', "it's {pin}", 'it is {pin} please', 'my pin is {pin} please', 'okay {pin}', 'sure {pin}', 'the code {pin}', '{pin}', 'my pin is {pin}', 'the pin is {pin}', 'pin {pin}', 'it is {pin}', 'my code is {pin}', 'the code is {pin}', 'my pin number is {pin}', 'use {pin}', 'pin number {pin}', 'my secret number is {pin}', 'enter {pin}', 'here is my pin {pin}', 'yes {pin}', 'yes my pin is {pin}', 'yes the pin is {pin}', 'my pin is', 'the pin is'],
      'en-GB': [...beforeATail('pin', 'en-GB'), 'oh {pin}', 'well {pin}', 'so {pin}', 'okay so {pin}', '{pin} please', "it's {pin}", 'it is {pin} please', 'my pin is {pin} please', 'okay {pin}', 'sure {pin}', 'the code {pin}', '{pin}', 'my pin is {pin}', 'the pin is {pin}', 'pin {pin}', 'it is {pin}', 'my code is {pin}', 'the code is {pin}', 'my pin number is {pin}', 'use {pin}', 'pin number {pin}', 'my secret number is {pin}', 'enter {pin}', 'here is my pin {pin}', 'yes {pin}', 'yes my pin is {pin}', 'yes the pin is {pin}', 'my pin is', 'the pin is'],
      'de-DE': [...beforeATail('pin', 'de-DE'), 'naja {pin}', 'tja {pin}', 'na {pin}', 'oh {pin}', 'das ist {pin}', 'es ist {pin}', 'meine pin ist {pin} bitte', 'okay {pin}', 'die {pin}', '{pin}', 'meine pin ist {pin}', 'die pin ist {pin}', 'pin {pin}', 'die geheimzahl ist {pin}', 'meine geheimzahl ist {pin}', 'der code ist {pin}', 'mein code ist {pin}', 'sie lautet {pin}', 'meine pin lautet {pin}', 'geheimzahl {pin}', 'die pin lautet {pin}', 'hier ist meine pin {pin}', 'ja {pin}', 'ja meine pin ist {pin}', 'ja die pin ist {pin}', 'meine pin ist', 'die pin ist'],
    },
  },
  ForgotPin: {
    slots: {},
    utterances: {
      ...englishAlike(['i forgot my pin', 'i forgot my voice pin', 'forgot my pin', "i don't remember my pin", 'i do not remember my pin', "i can't remember my pin", 'i cannot remember my pin', "i don't know my pin", 'i do not know my pin', 'what was my pin again', 'i lost my pin', 'reset my pin', 'reset my voice pin', 'change my voice pin', 'i need a new voice pin', 'how do i change my voice pin', 'how do i reset my pin', 'i forgot the code', "i don't remember the code", 'set a new voice pin', 'i have forgotten my pin', 'i forgot what my pin was', 'i cannot recall my pin', "what's the pin again", 'what is the pin again', "sorry what's the pin again", "what's my pin again"]),
      'de-DE': ['ich habe meine pin vergessen', 'pin vergessen', 'ich habe die pin vergessen', 'ich weiß meine pin nicht', 'ich kenne meine pin nicht', 'ich weiß die pin nicht mehr', 'ich erinnere mich nicht an meine pin', 'wie war meine pin nochmal', 'sprach-pin vergessen', 'meine sprach-pin zurücksetzen', 'pin zurücksetzen', 'sprach-pin ändern', 'meine sprach-pin ändern', 'ich brauche eine neue sprach-pin', 'wie ändere ich meine sprach-pin', 'ich habe den code vergessen', 'geheimzahl vergessen', 'ich habe meine geheimzahl vergessen', 'neue sprach-pin festlegen', 'welche pin war das nochmal', 'keine ahnung wie meine pin war', 'mir fällt meine pin nicht ein', 'ich weiß sie nicht mehr', 'ich habe sie vergessen'],
    },
  },
  Repeat: { slots: {}, utterances: { ...englishAlike(['repeat that', 'say that again', 'can you repeat', 'what did you say', 'pardon', 'come again', 'repeat please', 'sorry what', 'one more time', 'i did not catch that', 'could you say that again', 'say it again', "i didn't get that", "i didn't catch that", 'what was that', 'sorry i missed that', 'go back', 'back', 'go back please', 'go back to the last question', 'previous question', 'what was the question', 'what', 'huh', 'sorry', 'eh', 'you what', 'excuse me', 'how much was it again', 'what was the amount again', 'what was the amount', 'what is the amount', 'how much am i sending', 'how much am i sending again', 'how much is it again', 'what amount was that', 'who am i sending it to', 'remind me what i am sending', 'wait how much was that', 'what did i say the amount was', 'how much did i say', 'what amount did i say', 'which account did i say', 'who did i say', 'remind me who i am paying', 'what was the account again', 'tell me the amount again', 'which account is it from', 'which account is it coming from', 'where is the money coming from', 'which account was that', 'is that right', 'is that correct', 'did you get that right', 'you sure', 'are you sure', 'are you sure about that', 'really', 'is that so', 'what purchase', 'which purchase', 'what purchase are you talking about', 'which charge', 'what charge', 'what purchase do you mean', 'how much was it', 'how much was that', 'where was it', 'where was that', 'which card is that', 'which card was it', 'which card is it', 'which card', 'what card was that', ...WHERE_WERE_WE.en, 'are you there', 'are you still there', 'hello are you there', 'hello are you still there', 'you still there']), 'de-DE': ['wiederhole das', 'noch einmal bitte', 'sag das nochmal', 'wie bitte', 'kannst du das wiederholen','nochmal bitte', 'ich habe das nicht verstanden', 'bitte wiederholen', 'sag es noch einmal', 'was war das', 'wiederhol das bitte', 'was meinst du', 'was hast du gesagt', 'wie war das', 'sag nochmal', 'zurück', 'geh zurück', 'einen schritt zurück', 'zurück bitte', 'was war die frage', 'was', 'hä', 'bitte was', 'entschuldigung was', 'wie meinen', 'ich hab dich nicht verstanden', 'kannst du das nochmal sagen', 'sag das bitte nochmal', 'wie viel war das nochmal', 'bist du sicher', 'sind sie sicher', 'wirklich', 'echt jetzt', 'im ernst', 'moment wie viel war das nochmal', 'wie viel überweise ich', 'welcher betrag war das', 'was war der betrag', 'warte wie viel war das', 'an wen geht das nochmal', 'was war der betrag nochmal', 'wie viel war es noch', 'wie viel hatte ich gesagt', 'welchen betrag hatte ich gesagt', 'an wen hatte ich gesagt', 'von welchem konto nochmal', 'wie hoch war der betrag nochmal', 'sag mir den betrag nochmal', 'von welchem konto geht das', 'von welchem konto geht das ab', 'welches konto war das nochmal', 'welcher kauf', 'was für ein kauf', 'welchen kauf meinst du', 'welche zahlung meinst du', 'welche abbuchung', 'was für eine zahlung', 'wie viel war das', 'wie viel war es', 'welche karte ist das', 'welche karte war das', 'welche karte', 'was für eine karte war das', 'wofür war das', 'wofür war es', 'wo war das', 'noch mal bitte', 'noch mal', ...WHERE_WERE_WE.de, 'bist du noch da', 'hallo bist du noch da', 'bist du da', 'hallo bist du da', 'noch da'] } },
  StartOver: { slots: {}, utterances: { ...englishAlike(['start over', 'start again', 'let us begin again', 'from the top', 'restart', 'start from scratch', 'begin again', 'go back to the start', 'reset this', 'start all over', 'let us start over', 'do it again from the beginning']), 'de-DE': ['von vorne', 'fang von vorne an', 'nochmal von vorne', 'neu anfangen', 'alles auf anfang', 'von vorn beginnen', 'fang nochmal an', 'zurück zum anfang', 'neustart', 'noch mal ganz von vorne', 'alles zurücksetzen', 'lass uns neu anfangen'] } },
  CancelTransfer: {
    // The payee named ("cancel the transfer to Jonas") is checked against the last transfer's: only that one can be undone.
    // The one it should have gone to ("that should have gone to Anna") is not: the last transfer is the mistake.
    // "The wrong Anna" names the one it went to (notPayee); "was that", "war das" ask about a mistake (asked).
    slots: { payee: 'PAYEE', meantPayee: 'PAYEE', notPayee: 'PAYEE', ordinal: 'ORDINAL', position: 'LIST_END', otherOne: 'OTHER_ONE', both: 'ALL_OF_THEM', asked: 'MISTAKE_ASKED', noFirst: 'NO_FIRST' },
    utterances: {
      ...englishAlike(['oh no', 'wait cancel that transfer', 'actually cancel that transfer', 'actually cancel the transfer', 'actually cancel my transfer', 'actually cancel the transfer to {payee}', 'actually cancel that transfer to {payee}', 'hold on cancel that transfer', 'hang on cancel the transfer', "i don't want that", "wait i don't want that", "no wait i don't want that transfer", 'no cancel it', 'no no cancel it please', 'no i want to cancel it', 'no wait stop the transfer', 'no stop the transfer', 'stop the transfer i do not want it', "i don't want that transfer", "i don't want it anymore", 'i made a mistake', 'oops i made a mistake', 'i messed up', 'oh no i made a mistake', 'i got that wrong', 'cancel the {ordinal} transfer', 'cancel my {ordinal} transfer', 'cancel the {ordinal} one', 'undo the {ordinal} transfer', 'cancel the {position} transfer', 'cancel {otherOne} too', 'cancel {otherOne} as well', 'and cancel {otherOne}', 'cancel {both}', 'cancel {both} transfers', 'undo {both}', 'cancel the transfer to {payee}', 'cancel my transfer to {payee}', 'undo the transfer to {payee}', 'undo the payment to {payee}', 'stop the transfer to {payee}', 'cancel the money i sent to {payee}', 'take back the money i sent {payee}', 'cancel the one to {payee}', 'cancel the one i sent to {payee}', 'cancel the payment i made to {payee}', 'cancel the payment to {payee}', 'undo the one to {payee}', 'cancel what i sent to {payee}', 'cancel the one for {payee}', 'stop the payment to {payee}', 'cancel that transfer', 'undo that transfer', 'cancel my last transfer', 'stop that payment', 'do not send that money', 'call off the transfer', 'i changed my mind about the payment', 'reverse that transfer', 'undo the payment', 'take back that transfer', 'cancel the payment i just made', 'stop the transfer', 'cancel the money i sent', 'take it back', 'take that back', 'undo that', 'undo it', 'i want that money back', "i didn't mean to send that", 'i did not mean to do that', 'that was a mistake', 'it was a mistake', 'this was a mistake', 'that was my mistake', 'that was a big mistake', 'my mistake', 'that was an accident', 'it was an accident', 'i did that by mistake', 'i sent it by mistake', 'i sent that by mistake', 'that was totally a mistake', 'i sent that to the wrong person', 'oh no wrong person', 'that went to the wrong person', 'i sent it to the wrong {notPayee}', '{asked} {notPayee}', '{asked} person', '{asked} that to the wrong person', '{asked} the wrong account', 'i made a mistake with that transfer', 'that was sent by accident', "no i didn't want to send that", 'no no that was wrong', 'i never wanted to send that', "that's not what i wanted", 'that is not what i meant to send', 'that should have gone to {meantPayee}', 'that was supposed to go to {meantPayee}', 'it was meant for {meantPayee}', 'i meant to send that to {meantPayee}', 'i meant to send it to {meantPayee}', 'no i meant to send it to {meantPayee}', 'sorry i meant to send it to {meantPayee}', 'oh i meant to send it to {meantPayee}', 'i actually meant to send it to {meantPayee}', 'i meant to send the money to {meantPayee}', 'i meant to pay {meantPayee}', 'i wanted to send it to {meantPayee}', 'that was meant to go to {meantPayee}', 'it should have gone to {meantPayee}', 'wrong person it should have gone to {meantPayee}', 'i sent it to the wrong person it was for {meantPayee}', 'oops that should have gone to {meantPayee}', 'no that was for {meantPayee}', 'yes cancel it', 'yes please cancel it', "yes don't send it", 'yes do not send it', "yeah don't send it", "yeah don't send that", "don't keep it", 'do not keep it', "no don't keep it", "i don't want to keep it", 'yes go ahead and cancel it', 'go ahead and cancel it', 'yes undo it', 'yes please undo it', 'yes reverse it', 'yeah reverse it', 'yes get it back', 'yeah get it back', 'get it back', 'that was not on purpose', "that wasn't on purpose", 'i did not mean that']),
      'de-DE': ['oh nein', 'das will ich nicht', 'die überweisung will ich nicht', 'das wollte ich nicht', 'nein storniere sie', 'nein nein storniere sie bitte', 'nein ich will sie stornieren', 'nein stopp die überweisung', 'ich will die überweisung nicht mehr', 'ich habe mich vertan', 'hab mich vertan', 'ich hab mich vertan', 'das war ein fehler', 'das war ein versehen', 'ja nicht überweisen', 'ja bitte nicht überweisen', 'ja nicht senden', 'ja bitte nicht senden', 'nicht behalten', 'nein nicht behalten', 'die will ich nicht behalten', 'das will ich nicht behalten', 'das war wohl ein fehler', 'das war mein fehler', 'das war ein großer fehler', 'mein fehler', 'oh nein ich habe mich vertan', 'storniere die {ordinal} überweisung', 'storniere die {ordinal}', 'die {ordinal} überweisung stornieren', 'storniere die {position} überweisung', 'storniere {otherOne} auch', 'und {otherOne} auch stornieren', 'storniere {both}', '{both} stornieren', 'mach {both} rückgängig', 'storniere die überweisung an {payee}', 'überweisung an {payee} stornieren', 'mach die überweisung an {payee} rückgängig', 'die überweisung an {payee} rückgängig machen', 'stopp die überweisung an {payee}', 'nimm die überweisung an {payee} zurück', 'überweisung stornieren', 'storniere die letzte überweisung', 'mach die überweisung rückgängig', 'zurücknehmen', 'nimm das zurück', 'mach das rückgängig', 'rückgängig machen', 'das sollte an {meantPayee} gehen', 'oh mist das sollte an {meantPayee} gehen', 'das war eigentlich für {meantPayee}', 'oh nein das war eigentlich für {meantPayee}', 'das sollte eigentlich an {meantPayee}', 'ich wollte das an {meantPayee} schicken', 'ich wollte es an {meantPayee} überweisen', 'falsche person das sollte an {meantPayee} gehen', 'das war für {meantPayee} gedacht', 'ja storniere sie', 'ja bitte stornieren', 'ja stornieren', 'ja mach das rückgängig', 'ja mach sie rückgängig', 'ja hol das geld zurück', 'hol das geld zurück', 'das war nicht so gewollt', 'das war keine absicht', 'das war nicht richtig so', 'das wollte ich so nicht'],
    },
  },
};
