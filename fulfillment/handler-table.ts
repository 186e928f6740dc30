import type { IntentName } from './pipeline/intent-catalog';
import { balanceHandler } from './accounts/balance.handler';
import {
  chooseHandler,
  fallbackHandler,
  goodbyeHandler,
  helpHandler,
  noHandler,
  repeatHandler,
  sessionEndHandler,
  startOverHandler,
  waitHandler,
  yesHandler,
} from './conversation/steering.handlers';
import type { IntentHandler } from './pipeline/intent-handler';
import {
  cancelHandler,
  cancelTransferHandler,
  listPayeesHandler,
  payCardHandler,
  pinHandler,
  forgotPinHandler,
  provideAccountHandler,
  transferHandler,
  transferOwnHandler,
} from './transfers/transfer.handlers';
import { transferLimitsHandler } from './transfers/limits.handler';
import { transferStatusHandler } from './transfers/transfer-status.handler';
import { launchHandler } from './conversation/launch.handler';
import { listAccountsHandler } from './accounts/list-accounts.handler';
import { accountNumberHandler } from './accounts/account-number.handler';
import { cardDetailsHandler } from './cards/card-details.handler';
import { lockCardHandler, unlockCardHandler } from './cards/card-lock.handler';
import { cardStatusHandler } from './cards/card-status.handler';
import { discreetModeHandler } from './discreet/discreet-mode.handler';
import { incomeHandler } from './insights/income.handler';
import { followUpHandler } from './insights/follow-up.handler';
import { moreHandler, recentTransactionsHandler } from './insights/recent-transactions.handler';
import { spendingHandler } from './insights/spending.handler';
import { suspiciousActivityHandler } from './cards/suspicious-activity.handler';
import { findChargeHandler } from './insights/find-charge.handler';

/** One handler for every intent in the catalogue: leaving one out does not compile. */
export const HANDLERS: { readonly [I in IntentName]: IntentHandler } = {
  Launch: launchHandler,
  Balance: balanceHandler,
  ListAccounts: listAccountsHandler,
  AccountNumber: accountNumberHandler,
  Help: helpHandler,
  Stop: goodbyeHandler,
  // Reached only where no transfer waits (the pipeline makes it a Stop); never while one does.
  Thanks: goodbyeHandler,
  Cancel: cancelHandler,
  Fallback: fallbackHandler,
  Yes: yesHandler,
  // Reached only where nothing waits (hedged-yes.ts makes it a Yes, or a doubt at the fraud question).
  Okay: yesHandler,
  ProbablyYes: yesHandler,
  // Never reached: the core reads these by the open question (pipeline/read-by-question.ts).
  Later: noHandler,
  Intended: noHandler,
  Wrong: noHandler,
  // Never reached: read by the question, a forgotten PIN in a transfer and no answer elsewhere.
  CantRemember: noHandler,
  No: noHandler,
  SessionEnd: sessionEndHandler,
  RecentTransactions: recentTransactionsHandler,
  More: moreHandler,
  Spending: spendingHandler,
  Income: incomeHandler,
  FollowUp: followUpHandler,
  CardDetails: cardDetailsHandler,
  LockCard: lockCardHandler,
  UnlockCard: unlockCardHandler,
  CardStatus: cardStatusHandler,
  SuspiciousActivity: suspiciousActivityHandler,
  FindCharge: findChargeHandler,
  DiscreetMode: discreetModeHandler,
  DiscreetModeOn: discreetModeHandler,
  DiscreetModeOff: discreetModeHandler,
  DiscreetModeStatus: discreetModeHandler,
  Transfer: transferHandler,
  TransferOwn: transferOwnHandler,
  PayCard: payCardHandler,
  ListPayees: listPayeesHandler,
  TransferLimits: transferLimitsHandler,
  ProvideAmount: transferHandler,
  ProvidePayee: transferHandler,
  ProvideAccount: provideAccountHandler,
  Choose: chooseHandler,
  Pin: pinHandler,
  ForgotPin: forgotPinHandler,
  Repeat: repeatHandler,
  Wait: waitHandler,
  StartOver: startOverHandler,
  CancelTransfer: cancelTransferHandler,
  TransferStatus: transferStatusHandler,
};
