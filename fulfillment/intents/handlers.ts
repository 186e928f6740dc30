import type { IntentName } from './catalog';
import { balanceHandler } from './balance.handler';
import {
  fallbackHandler,
  goodbyeHandler,
  helpHandler,
  noHandler,
  sessionEndHandler,
  yesHandler,
} from './conversation.handlers';
import type { IntentHandler } from './handler';
import {
  cancelTransferHandler,
  listPayeesHandler,
  payCardHandler,
  pinHandler,
  provideAccountHandler,
  repeatHandler,
  startOverHandler,
  transferHandler,
  transferOwnHandler,
} from './transfer.handlers';
import { launchHandler } from './launch.handler';
import { listAccountsHandler } from './list-accounts.handler';
import { cardDetailsHandler } from './card-details.handler';
import { lockCardHandler, unlockCardHandler } from './card-lock.handler';
import { discreetModeHandler } from './discreet-mode.handler';
import { incomeHandler } from './income.handler';
import { moreHandler, recentTransactionsHandler } from './recent-transactions.handler';
import { spendingHandler } from './spending.handler';
import { suspiciousActivityHandler } from './suspicious-activity.handler';

/** One handler for every intent in the catalogue: leaving one out does not compile. */
export const HANDLERS: { readonly [I in IntentName]: IntentHandler } = {
  Launch: launchHandler,
  Balance: balanceHandler,
  ListAccounts: listAccountsHandler,
  Help: helpHandler,
  Stop: goodbyeHandler,
  Cancel: goodbyeHandler,
  Fallback: fallbackHandler,
  Yes: yesHandler,
  No: noHandler,
  SessionEnd: sessionEndHandler,
  RecentTransactions: recentTransactionsHandler,
  More: moreHandler,
  Spending: spendingHandler,
  Income: incomeHandler,
  CardDetails: cardDetailsHandler,
  LockCard: lockCardHandler,
  UnlockCard: unlockCardHandler,
  SuspiciousActivity: suspiciousActivityHandler,
  DiscreetMode: discreetModeHandler,
  Transfer: transferHandler,
  TransferOwn: transferOwnHandler,
  PayCard: payCardHandler,
  ListPayees: listPayeesHandler,
  ProvideAmount: transferHandler,
  ProvidePayee: transferHandler,
  ProvideAccount: provideAccountHandler,
  Pin: pinHandler,
  Repeat: repeatHandler,
  StartOver: startOverHandler,
  CancelTransfer: cancelTransferHandler,
};
