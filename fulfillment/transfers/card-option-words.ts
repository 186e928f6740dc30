/**
 * Words for what to pay on a credit card, per locale: matched against heard slot text and
 * compiled into the interaction model, so the options the skill offers are the ones it hears.
 */
import type { Locale } from '../kit/locale';

/**
 * Paying the card: the statement balance, the minimum payment, or the card's whole balance
 * ("everything I owe", "the full balance", "the current balance"), which may be more than the
 * statement: offered by name after the other two where it is, never counted among their places.
 */
export type CardOption = 'statement' | 'minimum' | 'balance';

/** The options in the order the question offers them: "the second one" is the minimum. */
export const CARD_OPTIONS: readonly CardOption[] = ['statement', 'minimum'];

/** Every option a customer may name. */
export const ALL_CARD_OPTIONS: readonly CardOption[] = ['statement', 'minimum', 'balance'];

/** Words for each option. */
export const CARD_OPTION_WORDS: Readonly<Record<Locale, Readonly<Record<CardOption, readonly string[]>>>> = {
  'en-US': {
    statement: ['statement balance', 'the statement balance', 'statement', 'the full amount', 'the whole bill', 'everything', 'all of it', 'full statement balance', 'the full statement balance', 'in full', 'the total', 'the whole thing'],
    minimum: ['minimum payment', 'the minimum payment', 'the minimum', 'minimum', 'minimum amount', 'the minimum amount'],
    balance: ['everything i owe', 'all i owe', 'everything on the card', 'the whole balance', 'the card balance', 'the whole card balance', 'the outstanding balance', 'the total balance', 'the entire balance', 'full balance', 'the full balance', 'the current balance', 'current balance', 'the lot', 'the whole lot', 'it all off', 'the whole thing off', 'it off in full'],
  },
  'en-GB': {
    statement: ['statement balance', 'the statement balance', 'statement', 'the full amount', 'the whole bill', 'everything', 'all of it', 'full statement balance', 'the full statement balance', 'in full', 'the total'],
    minimum: ['minimum payment', 'the minimum payment', 'the minimum', 'minimum', 'minimum repayment', 'the minimum repayment', 'minimum amount'],
    balance: ['everything i owe', 'all i owe', 'everything on the card', 'the whole balance', 'the card balance', 'the whole card balance', 'the outstanding balance', 'the total balance', 'the entire balance', 'full balance', 'the full balance', 'the current balance', 'current balance', 'the lot', 'the whole lot', 'it all off', 'the whole thing off', 'it off in full'],
  },
  'de-DE': {
    statement: ['rechnungsbetrag', 'den rechnungsbetrag', 'abrechnungssaldo', 'den abrechnungssaldo', 'den ganzen betrag', 'den vollen betrag', 'alles', 'den gesamten betrag', 'die ganze rechnung', 'den kompletten betrag', 'komplett', 'den gesamten rechnungsbetrag', 'die komplette rechnung', 'komplette rechnung', 'die volle rechnung', 'den ganzen rechnungsbetrag', 'den vollen rechnungsbetrag', 'ganzen rechnungsbetrag', 'ganze', 'vollständig'],
    minimum: ['mindestzahlung', 'die mindestzahlung', 'mindestbetrag', 'den mindestbetrag', 'das minimum', 'minimum'],
    balance: ['alles was ich schulde', 'alles was offen ist', 'alles was noch offen ist', 'den kompletten saldo', 'den ganzen saldo', 'den gesamten saldo', 'den saldo', 'den ganzen kartensaldo', 'den gesamten kartensaldo', 'gesamten kartensaldo', 'den offenen betrag', 'den ganzen offenen betrag'],
  },
};
