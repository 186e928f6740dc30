/**
 * Words for what to pay on a credit card, per locale: matched against heard slot text and
 * compiled into the interaction model, so the options the skill offers are the ones it hears.
 */
import type { Locale } from '../kit/locale';

/** Paying the card: the statement balance or the minimum payment. */
export type CardOption = 'statement' | 'minimum';

/** The options in the order the question offers them. */
export const CARD_OPTIONS: readonly CardOption[] = ['statement', 'minimum'];

/** Words for each option. */
export const CARD_OPTION_WORDS: Readonly<Record<Locale, Readonly<Record<CardOption, readonly string[]>>>> = {
  'en-US': {
    statement: ['statement balance', 'the statement balance', 'statement', 'full balance', 'the full balance', 'the full amount', 'the whole bill', 'everything', 'all of it', 'full statement balance', 'the full statement balance', 'the whole balance', 'in full', 'the total', 'the whole thing'],
    minimum: ['minimum payment', 'the minimum payment', 'the minimum', 'minimum', 'minimum amount', 'the minimum amount'],
  },
  'en-GB': {
    statement: ['statement balance', 'the statement balance', 'statement', 'full balance', 'the full balance', 'the full amount', 'the whole bill', 'everything', 'all of it', 'full statement balance', 'the full statement balance', 'the whole balance', 'in full', 'the total', 'the lot', 'the whole lot'],
    minimum: ['minimum payment', 'the minimum payment', 'the minimum', 'minimum', 'minimum repayment', 'the minimum repayment', 'minimum amount'],
  },
  'de-DE': {
    statement: ['rechnungsbetrag', 'den rechnungsbetrag', 'abrechnungssaldo', 'den abrechnungssaldo', 'den ganzen betrag', 'den vollen betrag', 'alles', 'den gesamten betrag', 'die ganze rechnung', 'den kompletten betrag', 'komplett', 'den gesamten rechnungsbetrag', 'den kompletten saldo', 'den ganzen saldo', 'den gesamten saldo', 'den saldo'],
    minimum: ['mindestzahlung', 'die mindestzahlung', 'mindestbetrag', 'den mindestbetrag', 'das minimum', 'minimum'],
  },
};
