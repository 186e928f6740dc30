/** Sample utterances and slots of transfers, card payments, payees, PINs and dialog steering. */
import type { IntentModels } from './intent-model';

type TransferIntent =
  | 'Transfer'
  | 'TransferOwn'
  | 'PayCard'
  | 'ListPayees'
  | 'ProvideAmount'
  | 'ProvidePayee'
  | 'ProvideAccount'
  | 'Choose'
  | 'Pin'
  | 'Repeat'
  | 'StartOver'
  | 'CancelTransfer';

const money = { amount: 'AMOUNT', cents: 'CENTS' } as const;

/** These intents' models, spread at the end of INTENT_MODELS. */
export const TRANSFER_INTENT_MODELS: Pick<IntentModels, TransferIntent> = {
  Transfer: {
    slots: { ...money, payee: 'PAYEE', account: 'ACCOUNT_TYPE' },
    utterances: {
      'en-US': [
        'transfer {amount} dollars to {payee}',
        'send {amount} dollars to {payee}',
        'pay {payee} {amount} dollars',
        'send {payee} {amount} dollars',
        'transfer {amount} dollars and {cents} cents to {payee}',
        'send {amount} dollars from my {account} to {payee}',
        'transfer money to {payee}',
        'send money to {payee}',
        'pay {payee}',
        'i want to send money',
        'make a transfer',
        'transfer money',
        'make it {amount} dollars',
        'make it {amount}',
      ],
      'en-GB': [
        'transfer {amount} pounds to {payee}',
        'send {amount} pounds to {payee}',
        'pay {payee} {amount} pounds',
        'transfer {amount} pounds and {cents} pence to {payee}',
        'send {amount} pounds from my {account} to {payee}',
        'transfer money to {payee}',
        'send money to {payee}',
        'pay {payee}',
        'i want to send money',
        'make a transfer',
        'make it {amount} pounds',
        'make it {amount}',
      ],
      'de-DE': [
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
      ],
    },
  },
  TransferOwn: {
    slots: { ...money, from: 'ACCOUNT_TYPE', to: 'ACCOUNT_TYPE' },
    utterances: {
      'en-US': [
        'transfer {amount} dollars from {from} to {to}',
        'move {amount} dollars from my {from} to my {to}',
        'move money from my {from} to my {to}',
        'put {amount} dollars into my {to} from my {from}',
        'move {amount} dollars to my {to}',
        'transfer between my accounts',
      ],
      'en-GB': [
        'transfer {amount} pounds from {from} to {to}',
        'move {amount} pounds from my {from} to my {to}',
        'move money from my {from} to my {to}',
        'put {amount} pounds into my {to} from my {from}',
        'move {amount} pounds to my {to}',
        'transfer between my accounts',
      ],
      'de-DE': [
        'überweise {amount} euro vom {from} auf das {to}',
        'verschiebe {amount} euro von meinem {from} auf mein {to}',
        'geld vom {from} auf das {to} umbuchen',
        'buche {amount} euro auf mein {to} um',
        'umbuchung zwischen meinen konten',
      ],
    },
  },
  PayCard: {
    slots: { ...money, option: 'CARD_PAYMENT' },
    utterances: {
      'en-US': ['pay my credit card bill', 'pay my credit card', 'pay the {option} on my credit card', 'pay {option}', 'pay {amount} dollars on my credit card', 'make a credit card payment'],
      'en-GB': ['pay my credit card bill', 'pay my credit card', 'pay the {option} on my credit card', 'pay {option}', 'pay {amount} pounds on my credit card', 'make a credit card payment'],
      'de-DE': ['kreditkarte bezahlen', 'meine kreditkartenrechnung bezahlen', 'zahle {option} auf meine kreditkarte', 'zahle {option}', 'zahle {amount} euro auf meine kreditkarte'],
    },
  },
  ListPayees: {
    slots: {},
    utterances: {
      'en-US': ['who are my payees', 'list my payees', 'who can i send money to', 'read my payees'],
      'en-GB': ['who are my payees', 'list my payees', 'who can i send money to', 'read my payees'],
      'de-DE': ['wer sind meine empfänger', 'liste meine empfänger auf', 'an wen kann ich geld senden'],
    },
  },
  ProvideAmount: {
    slots: money,
    utterances: {
      'en-US': ['{amount} dollars', '{amount} dollars and {cents} cents', '{amount}', 'send {amount} dollars'],
      'en-GB': ['{amount} pounds', '{amount} pounds and {cents} pence', '{amount}', 'send {amount} pounds'],
      'de-DE': ['{amount} euro', '{amount} euro {cents}', '{amount}', '{amount} euro überweisen'],
    },
  },
  ProvidePayee: {
    slots: { payee: 'PAYEE' },
    utterances: {
      'en-US': ['{payee}', 'to {payee}', 'send it to {payee}', 'the one called {payee}'],
      'en-GB': ['{payee}', 'to {payee}', 'send it to {payee}'],
      'de-DE': ['{payee}', 'an {payee}', 'schick es an {payee}'],
    },
  },
  ProvideAccount: {
    slots: { account: 'ACCOUNT_TYPE', from: 'ACCOUNT_TYPE', to: 'ACCOUNT_TYPE' },
    utterances: {
      'en-US': ['{account}', 'my {account}', 'use my {account}', 'from my {from}', 'from {from}', 'from my {from} instead', 'to my {to}', 'into my {to}', 'to {to}'],
      'en-GB': ['{account}', 'my {account}', 'use my {account}', 'from my {from}', 'from {from}', 'from my {from} instead', 'to my {to}', 'into my {to}', 'to {to}'],
      'de-DE': ['{account}', 'mein {account}', 'von meinem {from}', 'vom {from}', 'lieber vom {from}', 'auf mein {to}', 'aufs {to}', 'auf das {to}'],
    },
  },
  Choose: {
    slots: { ordinal: 'ORDINAL' },
    utterances: {
      'en-US': ['the {ordinal} one', 'the {ordinal}', '{ordinal} one', 'the {ordinal} one please', 'i mean the {ordinal} one'],
      'en-GB': ['the {ordinal} one', 'the {ordinal}', '{ordinal} one', 'the {ordinal} one please', 'i mean the {ordinal} one'],
      'de-DE': ['die {ordinal}', 'den {ordinal}', 'der {ordinal}', 'das {ordinal}', 'die {ordinal} bitte', 'ich meine die {ordinal}'],
    },
  },
  Pin: {
    slots: { pin: 'PIN' },
    utterances: {
      'en-US': ['{pin}', 'my pin is {pin}', 'the pin is {pin}'],
      'en-GB': ['{pin}', 'my pin is {pin}', 'the pin is {pin}'],
      'de-DE': ['{pin}', 'meine pin ist {pin}', 'die pin ist {pin}'],
    },
  },
  Repeat: { slots: {}, utterances: { 'en-US': [], 'en-GB': [], 'de-DE': ['wiederhole das', 'noch einmal bitte'] } },
  StartOver: { slots: {}, utterances: { 'en-US': [], 'en-GB': [], 'de-DE': ['von vorne', 'fang von vorne an'] } },
  CancelTransfer: {
    slots: {},
    utterances: {
      'en-US': ['cancel that transfer', 'undo that transfer', 'cancel my last transfer', 'stop that payment'],
      'en-GB': ['cancel that transfer', 'undo that transfer', 'cancel my last transfer', 'stop that payment'],
      'de-DE': ['überweisung stornieren', 'storniere die letzte überweisung', 'mach die überweisung rückgängig'],
    },
  },
};
