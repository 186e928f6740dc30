/** The slot types of the interaction model. */
import { ACCOUNT_WORDS, DEBIT_CARD, DEBIT_CARD_WORDS, OTHER_ACCOUNT, OTHER_ACCOUNT_WORDS } from '../../fulfillment/accounts/account-words';
import type { AccountKind } from '../../fulfillment/banks/bank-types';
import type { Locale } from '../../fulfillment/kit/locale';
import type { CustomSlotType, SlotType } from './types';
import { INSIGHT_SLOT_TYPES } from './insight-slot-types';
import { TRANSFER_SLOT_TYPES } from './transfer-slot-types';

const KINDS: readonly AccountKind[] = ['checking', 'savings', 'credit-card'];

function accountValues(locale: Locale): CustomSlotType['values'][Locale] {
  const kinds = KINDS.map((id) => ({ id, synonyms: [...ACCOUNT_WORDS[locale][id]] }));
  return [...kinds, { id: DEBIT_CARD, synonyms: [...DEBIT_CARD_WORDS[locale]] }, { id: OTHER_ACCOUNT, synonyms: [...OTHER_ACCOUNT_WORDS[locale]] }];
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

/**
 * A value of the type as someone would say it: its first sample, or the first synonym of its
 * first value. The `nth` slot of one type in an utterance takes the next one, so "from {from} to
 * {to}" reads "from checking to savings", not the same account twice.
 */
export function sampleValue(type: SlotType, locale: Locale, nth = 0): string {
  if (type.kind === 'custom') {
    const values = type.values[locale];
    return values[nth % Math.max(values.length, 1)]?.synonyms[0] ?? 'value';
  }
  const samples = type.samples[locale];
  return samples[nth % Math.max(samples.length, 1)] ?? '1';
}

/** The type of an intent's slot, or an error naming the utterance that refers to a slot the intent lacks. */
export function slotTypeOf(intent: string, slots: Readonly<Record<string, string>>, slot: string, utterance: string): SlotType {
  const type = (SLOT_TYPES as Readonly<Record<string, SlotType>>)[slots[slot] ?? ''];
  if (!type) throw new Error(`${intent}: "${utterance}" refers to {${slot}}, which is not one of its slots (${Object.keys(slots).join(', ') || 'none'})`);
  return type;
}
