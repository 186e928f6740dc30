/**
 * "Send twenty to Anna and thirty to Bob": the skill sends one transfer at a time and tells the
 * customer to ask for the second once the first is done. The second is kept as a draft of its
 * own, its payee and amount as said, so "now the one to Bob" once the first is sent takes it up
 * (next-transfer-taken-up.ts), read back as ever. Without this, that answer names a payee right
 * after a transfer, which reads as "wrong person" and offers to cancel the transfer just made.
 */
import type { Payee } from '../banks/bank-types';
import type { LinkedContext } from '../pipeline/intent-handler';
import { isHeard, type Turn } from '../pipeline/turn';
import { amountFromSlots } from './amount';
import { newDraft, saveDraft, type TransferDraft } from './draft';
import type { TransferView } from './advance';
import { homeCurrency } from './transfer-view';
import { matchWords } from '../pipeline/word-match';
import { SAME_AMOUNT_WORDS } from './same-amount-words';

/**
 * Keeps the second transfer said with this one as a draft, once; the first keeps its id. False
 * when none is kept: one already waits, this one is not to a payee, or the second goes to its payee.
 */
export async function keepNextTransfer(ctx: LinkedContext, draft: TransferDraft, view: TransferView, payee: Payee, slots: Turn['slots']): Promise<boolean> {
  if (draft.nextDraftId || draft.kind !== 'payee' || payee.id === draft.payeeId) return false;
  const next = newDraft(ctx.session.customer.id, 'payee');
  next.payeeId = payee.id;
  // "And thirty to Bob": the amount said for the second; none said, it is asked when taken up.
  // Its currency and cents come with it ("also send Maria 20 dollars 50"); one in another currency is asked again when taken up.
  const amount = isHeard(slots.nextAmount) ? amountFromSlots({ amount: slots.nextAmount, cents: slots.nextCents }, homeCurrency(view)) : undefined;
  if (amount?.ok && amount.value) next.amount = amount.value;
  // "Twenty to Bob and the same to Maria": the amount said for the first, as said then.
  else if (draft.amount && matchWords(slots.sameAmount, SAME_AMOUNT_WORDS[ctx.turn.locale]).kind === 'matched') next.amount = draft.amount;
  // "From checking" said once stands for both; the read-back says it, and it can be changed there.
  next.fromId = draft.fromId;
  await saveDraft(ctx.deps.store, next, ctx.deps.transferPolicy.pendingTtlSeconds);
  draft.nextDraftId = next.id;
  return true;
}
