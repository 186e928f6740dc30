/**
 * "And ten dollars to Maria" at the read-back of twenty-five to Bob: a request that names another
 * payee and another amount takes the place of the transfer read back. Whether it was meant as a
 * correction or as one more transfer, the customer hears that the one to Bob will not be sent,
 * so no transfer is dropped without a word.
 */
import type { LinkedContext } from '../pipeline/intent-handler';
import { isHeard } from '../pipeline/turn';
import { sameMoney } from '../kit/money';
import { amountFromSlots } from './amount';
import type { TransferDraft } from './draft';
import { matchPayees } from './payee-match';
import { homeCurrency } from './transfer-view';
import type { TransferView } from './advance';
import { transferSpeech } from './speech';

/** Steps at which the transfer was read back whole, payee and amount. */
const READ_BACK: ReadonlySet<TransferDraft['step']> = new Set(['check-amount', 'check-duplicate', 'confirm', 'change', 'pin']);

/** What to say first when the turn replaces the payee and the amount read back; undefined otherwise. */
export function replacedTransfer(ctx: LinkedContext, draft: TransferDraft, view: TransferView): string | undefined {
  const { slots } = ctx.turn;
  if (ctx.turn.intent !== 'Transfer' || draft.kind !== 'payee' || !draft.payeeId || !draft.amount || !READ_BACK.has(draft.step)) return undefined;
  if (!isHeard(slots.payee)) return undefined;
  const named = matchPayees(slots.payee.value, view.payees);
  if (named.length === 0 || named.some((p) => p.id === draft.payeeId)) return undefined;
  const amount = amountFromSlots(slots, homeCurrency(view));
  if (!amount.ok || !amount.value || sameMoney(amount.value, draft.amount)) return undefined;
  const before = view.payees.find((p) => p.id === draft.payeeId);
  return before ? transferSpeech(ctx.turn.locale).replacesTransfer(before.name) : undefined;
}
