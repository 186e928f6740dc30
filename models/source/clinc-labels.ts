/**
 * CLINC150's banking labels (Larson et al. 2019, CC-BY-3.0; the data stays in
 * ../shared/utterances) mapped to the intents that serve them. The sample utterances are checked
 * against these phrasings (test/models/utterance-coverage.test.ts, `npm run nlu:eval`).
 */
import type { IntentName } from '../../fulfillment/pipeline/intent-catalog';

/** Intents that rightly answer a label: any of them counts as understood. */
export type ClincMapping = { readonly intents: readonly IntentName[] } | { readonly leftOut: string };

/** Every banking label of the data set, and `oos` (out of scope), which belongs to the fallback. */
export const CLINC_LABELS: Readonly<Record<string, ClincMapping>> = {
  balance: { intents: ['Balance'] },
  // CLINC's transfers are mostly between the customer's own accounts, some to other people.
  transfer: { intents: ['Transfer', 'TransferOwn'] },
  // "how much did I spend on restaurants" is labelled a transaction question; the spending answer serves it.
  transactions: { intents: ['RecentTransactions', 'Spending'] },
  spending_history: { intents: ['Spending', 'RecentTransactions'] },
  income: { intents: ['Income'] },
  report_lost_card: { intents: ['LockCard'] },
  // Voice can block the customer's cards, which is what stopping an account means at a speaker.
  freeze_account: { intents: ['LockCard'] },
  report_fraud: { intents: ['SuspiciousActivity'] },
  credit_limit: { intents: ['CardDetails'] },
  min_payment: { intents: ['CardDetails'] },
  pay_bill: { leftOut: 'utility bills are not a capability; only the credit card bill is paid by voice' },
  bill_due: { leftOut: 'utility bill due dates are not known to the bank' },
  bill_balance: { leftOut: 'utility bill amounts are not known to the bank' },
  oos: { intents: ['Fallback'] },
};
