/** The transfer dialog's answers as facts: what it waits for, what it read back, how it ended. */
import type { Account, Payee } from '../banks/bank-types';
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
  'check-duplicate': 'confirmation',
  confirm: 'confirmation',
  change: 'details',
  pin: 'confirmation',
  approval: 'approval',
};

/** What a question of the dialog is: its step, the customer's payees (any of whom it may name), and what it reads back or offers. */
export interface Question {
  readonly step: TransferStep;
  readonly payees: readonly Payee[];
  readonly readBack?: ReadBackFact;
  readonly choices?: readonly string[];
}

/** A question of the dialog, with what it waits for, what it reads back, and the payee names it offers. */
export function waiting(outcome: Outcome, q: Question): Outcome {
  const offers = q.step === 'payee' || q.step === 'choose-payee';
  return withFacts(outcome, {
    kind: 'transfer',
    waiting: WAITS[q.step],
    ...(q.readBack ? { readBack: q.readBack } : {}),
    ...(offers && q.choices?.length ? { options: q.choices.map(foreign) } : {}),
    mentions: q.payees.map((p) => foreign(p.name)),
  });
}

/** An answer that ends the dialog, and how; `payees` are those it may name. */
export function ended(outcome: Outcome, ending: TransferEnding, payees: readonly Payee[] = []): Outcome {
  return withFacts(outcome, { kind: 'transfer', ended: ending, mentions: payees.map((p) => foreign(p.name)) });
}

/** What the read-back says: the amount, where the money goes (a payee's name or an own account) and where from. */
export function readBackOf(amount: Money, to: Destination, from: Account): ReadBackFact {
  return {
    amount,
    to: 'payee' in to ? { payee: foreign(to.payee.name), last4: to.payee.last4 } : { account: to.account.kind, last4: to.account.last4 },
    from: { account: from.kind, last4: from.last4 },
  };
}
