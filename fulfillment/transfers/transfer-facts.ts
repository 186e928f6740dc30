/** The transfer dialog's answers as facts: what it waits for, what it read back, how it ended. */
import type { Account } from '../banks/bank-types';
import type { Money } from '../kit/money';
import { foreign, type ReadBackFact, type TransferEnding, type TransferWait } from '../pipeline/facts';
import type { Outcome } from '../pipeline/intent-handler';
import { withFacts } from '../pipeline/reply-builders';
import type { TransferStep } from './draft';
import type { Destination } from './speech/catalog';

/** What each question of the dialog waits for. */
const WAITS: Readonly<Record<TransferStep, TransferWait>> = {
  amount: 'details',
  payee: 'details',
  'choose-payee': 'details',
  source: 'details',
  target: 'details',
  'card-option': 'details',
  'check-amount': 'confirmation',
  confirm: 'confirmation',
  pin: 'confirmation',
  approval: 'approval',
};

/** A question of the dialog, with what it waits for and what it reads back. */
export function waiting(outcome: Outcome, step: TransferStep, readBack?: ReadBackFact): Outcome {
  return withFacts(outcome, { kind: 'transfer', waiting: WAITS[step], ...(readBack ? { readBack } : {}) });
}

/** An answer that ends the dialog, and how. */
export function ended(outcome: Outcome, ending: TransferEnding): Outcome {
  return withFacts(outcome, { kind: 'transfer', ended: ending });
}

/** What the read-back says: the amount, where the money goes (a payee's name or an own account) and where from. */
export function readBackOf(amount: Money, to: Destination, from: Account): ReadBackFact {
  return {
    amount,
    to: 'payee' in to ? { payee: foreign(to.payee.name), last4: to.payee.last4 } : { account: to.account.kind, last4: to.account.last4 },
    from: { account: from.kind, last4: from.last4 },
  };
}
