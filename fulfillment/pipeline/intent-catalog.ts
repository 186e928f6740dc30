/**
 * Every intent the core handles, with the names of its slots. The handler map and the
 * interaction model are both typed against this list, so adding an intent here without a
 * handler or a model is a compile error.
 */
export const INTENT_SLOTS = {
  Launch: [],
  Balance: ['account', 'last4', 'privately', 'cancelFirst', 'pin', 'overdrawn', 'afterwards'],
  ListAccounts: [],
  AccountNumber: ['account'],
  Help: [],
  Stop: [],
  Thanks: [],
  Cancel: [],
  Fallback: [],
  Yes: [],
  Okay: [],
  ProbablyYes: [],
  Later: [],
  Intended: [],
  Wrong: [],
  CantRemember: [],
  No: [],
  SessionEnd: [],
  RecentTransactions: ['account', 'count', 'period', 'until', 'since', 'pending', 'sent', 'direction', 'privately', 'last4', 'cancelFirst'],
  More: [],
  Spending: ['merchant', 'category', 'notCategory', 'period', 'until', 'since', 'payee', 'largest', 'breakdown', 'latest', 'pronoun', 'account', 'sent', 'privately', 'last4', 'cancelFirst'],
  Income: ['period', 'until', 'since', 'account', 'payee', 'interest', 'privately', 'last4'],
  FollowUp: ['period', 'until', 'since', 'category', 'merchant', 'account', 'earlier', 'notCategory', 'last4', 'largest'],
  CardDetails: ['detail', 'privately', 'cancelFirst'],
  LockCard: ['card', 'last4', 'both', 'cancelFirst', 'pin'],
  UnlockCard: ['card', 'last4', 'both'],
  CardStatus: ['card'],
  SuspiciousActivity: ['merchant'],
  FindCharge: ['amount', 'cents', 'currency', 'number', 'amountWord', 'merchant', 'above', 'period', 'until', 'privately'],
  DiscreetMode: ['state'],
  DiscreetModeOn: [],
  DiscreetModeOff: [],
  DiscreetModeStatus: [],
  Transfer: ['amount', 'cents', 'currency', 'number', 'amountWord', 'rough', 'notAmountWord', 'payee', 'account', 'payeeAccount', 'when', 'recurring', 'nextAmount', 'nextPayee', 'ordinal', 'position', 'sameAmount', 'wholeBalance', 'pronoun', 'notAmount'],
  TransferOwn: ['amount', 'cents', 'currency', 'number', 'amountWord', 'rough', 'from', 'to', 'when', 'wholeBalance', 'recurring'],
  PayCard: ['amount', 'cents', 'currency', 'number', 'amountWord', 'option', 'notOption', 'from', 'when'],
  ListPayees: [],
  TransferLimits: [],
  ProvideAmount: ['amount', 'cents', 'currency', 'number', 'amountWord', 'rough', 'nextAmount', 'notAmountWord', 'centsAlone', 'notAmount', 'sameAmount', 'wholeBalance', 'more', 'mostAllowed'],
  ProvidePayee: ['payee', 'notPayee', 'otherPayee', 'otherOne', 'paidBefore', 'ordinal', 'last4', 'amount', 'currency', 'sameAmount'],
  ProvideAccount: ['account', 'from', 'to', 'notAccount', 'reverse', 'last4'],
  Choose: ['ordinal', 'position', 'last4', 'notOrdinal', 'notPosition', 'both', 'amount', 'currency', 'number', 'notAmount', 'account'],
  Pin: ['pin'],
  ForgotPin: [],
  Repeat: [],
  Wait: [],
  StartOver: [],
  CancelTransfer: ['payee', 'meantPayee', 'notPayee', 'ordinal', 'position', 'otherOne', 'both', 'asked', 'noFirst'],
  TransferStatus: ['payee', 'latest'],
} as const satisfies Record<string, readonly string[]>;

/** The name of an intent the core handles. */
export type IntentName = keyof typeof INTENT_SLOTS;

/** The slot names of one intent. */
export type SlotName<I extends IntentName> = (typeof INTENT_SLOTS)[I][number];

/** Tells whether a string is an intent the core handles. */
export function isIntentName(name: string): name is IntentName {
  return Object.prototype.hasOwnProperty.call(INTENT_SLOTS, name);
}
