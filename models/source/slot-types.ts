/** The slot types of the interaction model. */
import { ACCOUNT_WORDS } from '../../fulfillment/speech/account-words';
import type { AccountKind } from '../../fulfillment/banks/bank-types';
import type { Locale } from '../../fulfillment/locale';
import type { CustomSlotType, SlotType } from './types';
import { INSIGHT_SLOT_TYPES } from './insight-slot-types';
import { TRANSFER_SLOT_TYPES } from './transfer-slot-types';

const KINDS: readonly AccountKind[] = ['checking', 'savings', 'credit-card'];

function accountValues(locale: Locale): CustomSlotType['values'][Locale] {
  return KINDS.map((id) => ({ id, synonyms: [...ACCOUNT_WORDS[locale][id]] }));
}

/** Every slot type, by the name intents use for it. */
export const SLOT_TYPES = {
  ACCOUNT_TYPE: {
    kind: 'custom',
    alexa: 'ACCOUNT_TYPE',
    dialogflow: 'AccountType',
    values: { 'en-US': accountValues('en-US'), 'en-GB': accountValues('en-GB'), 'de-DE': accountValues('de-DE') },
  },
  ...INSIGHT_SLOT_TYPES,
  ...TRANSFER_SLOT_TYPES,
} as const satisfies Record<string, SlotType>;
