/** Sample utterances and slots of every intent, per locale. */
import type { IntentName } from '../../fulfillment/pipeline/intent-catalog';
import { CONVERSATION_INTENT_MODELS } from './conversation-intents';
import { ENGLISH_PHRASINGS } from './english-phrasings';
import { GERMAN_PHRASINGS } from './german-phrasings';
import { INSIGHT_INTENT_MODELS } from './insight-intents';
import type { IntentModels } from './intent-model';
import { TRANSFER_INTENT_MODELS } from './transfer-intents';
import { withPrivately } from './said-privately';
import { withCancelFirst } from './said-after-a-cancel';
import { englishAlike } from './types';

const none = { ...englishAlike([]), 'de-DE': [] } as const;

/** Balance questions said alike in American and British English. */
const ENGLISH_BALANCE = [
  'do i have enough money in my {account}',
  'do i have enough money in my account',
  'is there enough money in my {account}',
  'give me the balances of all my bank accounts',
  'how much have i got sitting in the bank',
  'tell me the balance at my bank',
  'how much is left in my account',
  'can you tell me how much money i have',
  'have i got any money left at all',
  'how much is available in my {account}',
  // A balance asked in the middle of something, after a word for "wait".
  "hang on what's in my {account}",
  'wait how much is in my {account}',
  "hold on what's my balance",
  'wait a second how much do i have',
  'how am i doing for money',
  // What can still be spent is the money there, never what was spent already.
  'how much can i spend', 'how much do i have to spend', "what's my spending money", 'how much money can i spend',
  'how much can i spend on my {account}', 'how much have i got to spend', 'what can i spend', 'how much is there to spend in my {account}',
  'how much can i spend with my {account}', 'how much is left to spend on my {account}', 'what can i spend on my {account}',
  'how are my finances looking',
] as const;

/** Asking which accounts there are, alike in American and British English. */
const ENGLISH_ACCOUNT_LISTS = [
  'what accounts are open in my name', 'show me all my accounts', 'which accounts are there', 'name my accounts', 'how many accounts do i have',
  'what kind of accounts do i have', 'tell me about my accounts', 'give me a list of my accounts', 'read out my accounts',
] as const;

/** Adds the phrasings English shares across regions to each intent's en-US and en-GB lists, and the extra German ones to de-DE. */
function withPhrasings(models: IntentModels): IntentModels {
  const out: Record<string, unknown> = {};
  for (const intent of Object.keys(models) as IntentName[]) {
    const model = models[intent];
    const add = (own: readonly string[], extra: readonly string[] = []) => [...own, ...extra.filter((u) => !own.includes(u))];
    const english = ENGLISH_PHRASINGS[intent];
    out[intent] = {
      ...model,
      utterances: { 'en-US': add(model.utterances['en-US'], english), 'en-GB': add(model.utterances['en-GB'], english), 'de-DE': add(model.utterances['de-DE'], GERMAN_PHRASINGS[intent]) },
    };
  }
  return out as IntentModels;
}

/** The interaction model's intents. */
export const INTENT_MODELS: IntentModels = withCancelFirst(withPrivately(withPhrasings({
  ...CONVERSATION_INTENT_MODELS,
  Balance: {
    slots: { account: 'ACCOUNT_TYPE', last4: 'LAST_FOUR', privately: 'PRIVATELY', cancelFirst: 'CANCEL_FIRST', pin: 'PIN', overdrawn: 'OVERDRAWN', afterwards: 'AFTERWARDS' },
    utterances: {
      'en-US': [
        'what is the balance of the account ending in {last4}',
        "what's on the account ending in {last4}",
        'how much is in the account ending in {last4}',
        "what's my balance",
        'what is my account balance',
        'how much money do i have',
        'how much money is in my accounts',
        'tell me my balance',
        'check my balance',
        'balance',
        'what is my {account} balance',
        'what does my {account} balance say',
        'what is the balance of my {account}',
        'how much is in my {account}',
        'how much money is in my {account}',
        'how much do i have in {account}',
        'check my {account} balance',
        'tell me my {account} balance',
        'what do i owe on my {account}',
        'what do i still owe on my {account}',
        ...ENGLISH_BALANCE,
      ],
      'en-GB': [
        'what is the balance of the account ending in {last4}',
        "what's on the account ending in {last4}",
        'how much is in the account ending in {last4}',
        "what's my balance",
        'how much money have i got',
        'how much money do i have',
        'tell me my balance',
        'check my balance',
        'what is my {account} balance',
        'what does my {account} balance say',
        'how much is in my {account}',
        'how much have i got in my {account}',
        'check my {account} balance',
        'what do i owe on my {account}',
        'what do i still owe on my {account}',
        ...ENGLISH_BALANCE,
      ],
      'de-DE': [
        'wie viel ist auf dem konto mit der endung {last4}',
        'kontostand vom konto mit der endung {last4}',
        'was ist auf dem konto das auf {last4} endet',
        'wie ist mein kontostand',
        'was ist mein kontostand',
        'kontostand',
        'wie viel geld habe ich',
        'wie viel geld ist auf meinem konto',
        'sag mir meinen kontostand',
        'wie ist der stand von meinem {account}',
        'wie viel geld ist auf meinem {account}',
        'wie viel ist auf dem {account}',
        'was ist auf meinem {account}',
        'kontostand vom {account}',
        'habe ich genug geld auf meinem {account}',
        'reicht mein geld auf dem konto',
        'wie viel geld habe ich auf der bank',
        'wie viel ist noch auf meinem konto',
        'wie viel steht auf meinen konten',
        'moment mal wie viel ist auf meinem {account}',
        'warte kurz wie ist mein kontostand',
        // A greeting before the request is still the request.
        'grüß gott ich möchte meinen kontostand wissen',
        'servus was hab ich auf der bank',
        'hallo wie viel geld hab ich',
        'guten morgen wie ist mein kontostand',
        'hallo bank wie viel ist auf meinem {account}',
        'wie viel kann ich ausgeben',
        'wie viel kann ich noch ausgeben',
        'wie viel hab ich zum ausgeben',
      ],
    },
  },
  ListAccounts: {
    slots: {},
    utterances: {
      'en-US': ['what accounts do i have', 'list my accounts', 'which accounts do i have', 'tell me my accounts', ...ENGLISH_ACCOUNT_LISTS],
      'en-GB': ['what accounts have i got', 'what accounts do i have', 'list my accounts', 'which accounts do i have', 'tell me my accounts', ...ENGLISH_ACCOUNT_LISTS],
      'de-DE': ['welche konten habe ich', 'liste meine konten auf', 'zeig mir meine konten', 'was für konten habe ich'],
    },
  },
  AccountNumber: {
    slots: { account: 'ACCOUNT_TYPE' },
    utterances: {
      'en-US': ['what is my account number', "what's my account number", 'what is my {account} account number', 'what is the account number of my {account}', 'tell me my account number', 'read me my account number', 'give me my account number', 'i need my account number', 'what is my full account number', 'what number is my {account}', 'what are my account details', 'what are my bank details', 'what is my iban', 'how do i find my account number', 'what is the number of my {account}', 'can you tell me my {account} number', 'what is my routing number', "what's the routing number", 'what is my bank routing number', 'what is the routing number for my {account}', 'i need my routing and account number'],
      'en-GB': ['what is my account number', "what's my account number", 'what is my {account} account number', 'what is the account number of my {account}', 'tell me my account number', 'read me my account number', 'give me my account number', 'i need my account number', 'what is my full account number', 'what number is my {account}', 'what are my account details', 'what are my bank details', 'what is my iban', 'how do i find my account number', 'what is the number of my {account}', 'can you tell me my {account} number', 'what is my sort code', "what's my sort code", 'what is my sort code and account number', 'what is the sort code for my {account}', 'i need my sort code and account number'],
      'de-DE': ['wie lautet meine iban', 'was ist meine iban', 'wie ist meine kontonummer', 'sag mir meine kontonummer', 'was ist die iban von meinem {account}', 'wie lautet die kontonummer meines {account}', 'nenn mir meine bankverbindung', 'wie ist meine bankverbindung', 'lies mir meine iban vor', 'ich brauche meine iban', 'welche iban hat mein {account}', 'was ist die kontonummer vom {account}', 'wie lautet meine kontonummer', 'ich brauche meine kontonummer'],
    },
  },
  SessionEnd: { slots: {}, utterances: none },
  ...INSIGHT_INTENT_MODELS,
  ...TRANSFER_INTENT_MODELS,
})));
