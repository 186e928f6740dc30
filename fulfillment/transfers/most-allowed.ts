/**
 * "The maximum", "as much as I'm allowed", "so viel wie geht", typically right after hearing that
 * an amount is over a limit: the most a voice transfer may carry now, which is the per-transfer
 * limit, and no more than what is left of today's. It is said before anything else, and the
 * checks and the read-back follow as for any amount: nothing moves without the customer hearing
 * the figure and saying yes. With nothing left of today's limit, the amount is the per-transfer
 * limit, which the limit check then refuses, saying why, as for any amount over it.
 */
import type { LinkedContext } from '../pipeline/intent-handler';
import type { Turn } from '../pipeline/turn';
import { matchWords } from '../pipeline/word-match';
import { forgetBalanceShare, takeAmount, type TransferDraft } from './draft';
import { saysAmount } from './amount';
import { limitsLeft } from './limits';
import { MOST_ALLOWED_WORDS } from './most-allowed-words';
import { homeCurrency } from './transfer-view';
import type { TransferView } from './advance';
import { transferSpeech } from './speech';

/**
 * Takes the most that may be sent now as the draft's amount when the turn asks for it and names
 * no amount of its own; returns what to say about it, or undefined when it was not asked for or
 * nothing is left to send today.
 */
export async function amountMostAllowed(ctx: LinkedContext, draft: TransferDraft, view: TransferView, slots: Turn['slots']): Promise<string | undefined> {
  if (saysAmount(slots) || matchWords(slots.mostAllowed, MOST_ALLOWED_WORDS[ctx.turn.locale]).kind !== 'matched') return undefined;
  const { deps } = ctx;
  const currency = draft.amount?.currency ?? homeCurrency(view);
  const limits = await limitsLeft(deps.store, deps.transferPolicy, ctx.session.customer.id, currency, deps.clock.now());
  const most = limits.leftToday.minor < limits.perTransfer.minor ? limits.leftToday : limits.perTransfer;
  forgetBalanceShare(draft);
  takeAmount(draft, most.minor > 0 ? most : limits.perTransfer);
  return most.minor > 0 ? transferSpeech(ctx.turn.locale).mostAllowed(most) : undefined;
}
