/**
 * Per-customer slot values, as Alexa dynamic entities and Dialogflow session entity types
 * supply them: every dynamic slot type of the model (payees) gets the customer's payees, each
 * reachable by its full name and by each of its names alone.
 */
import type { Payee } from '../../fulfillment/banks/bank-types';
import { SLOT_TYPES } from '../../models/source/slot-types';
import type { SlotType } from '../../models/source/types';
import type { SlotTypes } from './entities';

/** The model's dynamic slot types with the customer's payees as their values. */
export function withPayees(payees: readonly Payee[], types: SlotTypes = SLOT_TYPES): SlotTypes {
  const values = payees.map((p) => ({ id: p.id as string, synonyms: [p.name, ...p.name.split(' ').filter((w) => w.length > 1)] }));
  const filled: Record<string, SlotType> = {};
  for (const [name, type] of Object.entries(types)) {
    filled[name] = type.kind === 'custom' && type.dynamic ? { ...type, values: { 'en-US': values, 'en-GB': values, 'de-DE': values } } : type;
  }
  return filled;
}
