/**
 * Words for cards and card statement details, per locale: matched against heard slot text
 * and compiled into the interaction model.
 */
import type { Locale } from '../kit/locale';

/** A debit card (on a checking account) or a credit card. */
export type CardKind = 'debit' | 'credit';

/** The figures of a card statement a customer can ask for. */
export type CardDetail = 'statement-balance' | 'minimum-payment' | 'due-date' | 'available-credit';

/** Words for each kind of card. */
export const CARD_KIND_WORDS: Readonly<Record<Locale, Readonly<Record<CardKind, readonly string[]>>>> = {
  'en-US': { debit: ['debit card', 'debit', 'atm card', 'bank card', 'checking card', 'check card', 'visa debit', 'visa debit card'], credit: ['credit card', 'credit', 'visa', 'mastercard'] },
  'en-GB': { debit: ['debit card', 'debit', 'bank card', 'cash card', 'cashpoint card', 'visa debit', 'visa debit card'], credit: ['credit card', 'credit', 'visa', 'mastercard'] },
  'de-DE': { debit: ['girokarte', 'girocard', 'ec karte', 'ec-karte', 'eckarte', 'bankkarte', 'debitkarte', 'maestro karte', 'maestrokarte', 'maestro', 'bankomatkarte', 'bankomat karte', 'sparkassenkarte', 'karte fürs girokonto', 'karte vom girokonto'], credit: ['kreditkarte', 'visa', 'mastercard'] },
};

/**
 * Words for cards that name no kind ("my cards", "alle Karten", "both"): every card. Alexa fills
 * the card slot with them as words it does not know, which must not read as "no such card".
 */
const ENGLISH_ALL_CARDS = /^(?:(?:all|both)(?: of)?(?: my| the)? )?(?:cards?|ones?)$|^(?:all|both)$/;
const ALL_CARDS: Readonly<Record<Locale, RegExp>> = {
  'en-US': ENGLISH_ALL_CARDS,
  'en-GB': ENGLISH_ALL_CARDS,
  'de-DE': /^(?:(?:alle|beide)(?: meine)? )?karten?$|^(?:alle|beide)$/,
};

/** Whether words heard for a card name every card rather than a kind. */
export function namesAllCards(heard: string | undefined, locale: Locale): boolean {
  return ALL_CARDS[locale].test((heard ?? '').trim().toLowerCase().replace(/\s+/g, ' '));
}

/**
 * A detail as asked: a statement detail, or "limit" alone, which is the card's available credit
 * unless a transfer is open, where it asks for the transfer limits (transfers/limit-meant.ts). It is
 * a value of its own so every platform, also one that sends only the value's id, says which.
 */
export type DetailAsked = CardDetail | 'limit';

/** The statement detail a detail asked about means on its own. */
export const detailMeant = (asked: DetailAsked): CardDetail => (asked === 'limit' ? 'available-credit' : asked);

/** Words for each statement detail. */
export const CARD_DETAIL_WORDS: Readonly<Record<Locale, Readonly<Record<DetailAsked, readonly string[]>>>> = {
  'en-US': {
    'statement-balance': ['statement balance', 'statement', 'last statement'],
    'minimum-payment': ['minimum payment', 'minimum', 'minimum due', 'minimum amount due'],
    'due-date': ['due date', 'payment due date', 'when my payment is due', 'due', 'payment due', 'when do i have to pay', 'when do i need to pay'],
    'available-credit': ['available credit', 'credit available', 'credit limit'],
    limit: ['limit'],
  },
  'en-GB': {
    'statement-balance': ['statement balance', 'statement', 'last statement'],
    'minimum-payment': ['minimum payment', 'minimum', 'minimum repayment'],
    'due-date': ['due date', 'payment date', 'when my payment is due', 'due', 'payment due', 'when do i have to pay', 'when do i need to pay'],
    'available-credit': ['available credit', 'credit available', 'credit limit'],
    limit: ['limit'],
  },
  'de-DE': {
    'statement-balance': ['abrechnungssaldo', 'abrechnung', 'rechnungsbetrag', 'saldo der abrechnung'],
    'minimum-payment': ['mindestzahlung', 'mindestbetrag', 'mindestrate'],
    'due-date': ['fälligkeit', 'fälligkeitsdatum', 'zahlungsdatum', 'fällig', 'abgebucht', 'wann muss ich', 'wann bucht', 'wann ist die abbuchung'],
    'available-credit': ['verfügbarer rahmen', 'verfügbares limit', 'kreditrahmen', 'verfügbarer betrag', 'kreditlimit', 'noch verfügbar', 'verfügbar'],
    limit: ['limit'],
  },
};
