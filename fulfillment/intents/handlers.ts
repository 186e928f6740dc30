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
import { launchHandler } from './launch.handler';
import { listAccountsHandler } from './list-accounts.handler';

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
};
