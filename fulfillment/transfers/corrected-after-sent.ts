/**
 * "No, make it twenty", "send twenty to the other Anna" right after a transfer went: the transfer
 * sent cannot be changed, so the customer is asked whether to cancel it. The transfer they meant
 * is prepared meanwhile (the payee and source of the one sent, with what the correction changed)
 * and, once the cancel is done, read back and confirmed as any transfer: nothing moves without a
 * yes and the PIN, and a "no" to the cancel drops it.
 */
import type { LinkedContext, Outcome } from '../pipeline/intent-handler';
import { isHeard } from '../pipeline/turn';
import { payeeId } from '../kit/ids';
import { amountFromSlots } from './amount';
import { advance } from './advance';
import { dropDraft, loadDraft, saveDraft, UNREADABLE } from './draft';
import { resending } from './send-instead';
import { matchPayees } from './payee-match';
import { homeCurrency, loadView } from './transfer-view';
import { undoRecordOf } from './undo-records';
import { matchAccount } from '../accounts/account-match';
import { perTransferMax } from './limits';
import { compare, type Money } from '../kit/money';
import { transferSpeech } from './speech';
import type { UndoRecord } from './undo-records';
import { moneySources } from './money-sources';

/**
 * The transfer meant instead of the one with `transferId`, prepared as a draft, or undefined when
 * the correction changes nothing that draft could hold (no amount, no other payee, no other source).
 * An amount over what one voice transfer may carry prepares nothing: the most is returned, so that
 * the transfer sent is never cancelled for one that cannot be made.
 */
export async function prepareInstead(ctx: LinkedContext, transferId: string): Promise<string | { readonly overLimit: Money } | undefined> {
  const record = await undoRecordOf(ctx.deps.store, ctx.session.customer.id, transferId);
  if (!record?.payeeId) return undefined;
  const view = await loadView(ctx);
  if (!view.ok) return undefined;
  const { slots } = ctx.turn;
  const amount = amountFromSlots(slots, homeCurrency(view.value));
  const said = slots.otherPayee ?? slots.payee;
  const others = isHeard(said) ? matchPayees(said.value, view.value.payees).filter((p) => p.id !== record.payeeId) : [];
  const newAmount = amount.ok ? amount.value : undefined;
  // "From savings instead": the same transfer from another of the customer's accounts.
  // A whole request said again names its source as `account`.
  const source = matchAccount(slots.from ?? (ctx.turn.intent === 'Transfer' ? slots.account : undefined), moneySources(view.value.accounts), ctx.turn.locale);
  const from = source.kind === 'matched' && source.accounts.length === 1 && source.accounts[0]?.id !== record.fromId ? source.accounts[0] : undefined;
  if (!newAmount && others.length === 0 && !from) return undefined;
  const most = newAmount ? perTransferMax(ctx.deps.transferPolicy, newAmount) : undefined;
  if (newAmount && most && compare(newAmount, most) > 0) return { overLimit: most };
  const draft = resending(ctx, record);
  // "Actually to Anna" with two Annas: which one is asked once the cancel is done.
  if (others.length > 1) draft.candidates = others.map((p) => p.id);
  else draft.payeeId = others.length === 1 && others[0] ? others[0].id : payeeId(record.payeeId);
  if (newAmount) draft.amount = newAmount;
  if (from) draft.fromId = from.id;
  await saveDraft(ctx.deps.store, draft, ctx.deps.transferPolicy.pendingTtlSeconds);
  return draft.id;
}

/** After the cancel: the transfer meant, read back, when the one sent was cancelled; else the cancel's answer alone. */
export async function goOnInstead(ctx: LinkedContext, draftId: string, cancelled: readonly UndoRecord[], answer: Outcome): Promise<Outcome> {
  const draft = await loadDraft(ctx.deps.store, draftId, ctx.session.customer.id);
  const record = cancelled.length === 1 ? cancelled[0] : undefined;
  if (!draft || draft === UNREADABLE || !record) {
    await dropDraft(ctx.deps.store, draftId);
    return answer;
  }
  const view = await loadView(ctx);
  if (!view.ok) return answer;
  const to = view.value.payees.find((p) => p.id === record.payeeId)?.name;
  return advance(ctx, draft, view.value, transferSpeech(ctx.turn.locale).undone(to ? { to } : undefined));
}
