/** Every MCP tool, in the order a model sees them. */
import { getBalances } from './accounts.tools';
import { answerFraudAlert, checkFraudAlerts, getCardDetails, getCards, lockCard, unlockCard } from './cards.tools';
import { discreetMode } from './discreet.tools';
import { getIncome, getSpending, listTransactions } from './insights.tools';
import type { ToolEntry } from './tool';
import { cancelTransfer, confirmTransfer, getTransferLimits, listPayees, prepareTransfer, undoLastTransfer } from './transfers.tools';

/** The tools. */
export const TOOLS: readonly ToolEntry[] = [
  getBalances,
  listTransactions,
  getSpending,
  getIncome,
  getCardDetails,
  getCards,
  lockCard,
  unlockCard,
  checkFraudAlerts,
  answerFraudAlert,
  listPayees,
  getTransferLimits,
  prepareTransfer,
  confirmTransfer,
  cancelTransfer,
  undoLastTransfer,
  discreetMode,
];

/** The scope each tool needs, by name. */
export const TOOL_SCOPES: ReadonlyMap<string, string> = new Map(TOOLS.map((t) => [t.name, t.scope]));
