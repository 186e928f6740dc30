/**
 * CLINC150's banking and credit-card labels mapped to the skill's intent names; `oos` (out of
 * scope) maps to the fallback. Labels whose intent the catalogue does not hold yet are left
 * out of the accuracy figure, not counted as misses.
 */
export const CLINC_LABELS: Readonly<Record<string, string>> = {
  balance: 'Balance',
  transfer: 'Transfer',
  transactions: 'RecentTransactions',
  spending_history: 'Spending',
  income: 'Income',
  freeze_account: 'LockCard',
  report_lost_card: 'LockCard',
  report_fraud: 'SuspiciousActivity',
  pay_bill: 'PayCard',
  credit_limit: 'CardDetails',
  min_payment: 'CardDetails',
  bill_due: 'CardDetails',
  oos: 'Fallback',
};
