/** Taking up the second of two transfers asked for at once, once the first is sent. */
import type { LinkedContext, Outcome } from '../pipeline/intent-handler';
import { carriesValue } from '../pipeline/empty-answer';
import { isHeard } from '../pipeline/turn';
import type { TransferView } from './advance';
import { applyAnswer } from './apply-answer';
import { loadDraft, UNREADABLE } from './draft';
import { lastTransfer } from './last-transfer';
import { matchPayees } from './payee-match';

/**
 * "Now the one to Bob", after "twenty to Anna and thirty to Bob" sent the first: the second
 * transfer's draft, kept with its amount, goes on with anything else said ("forty, not thirty")
 * merged; "now the other one", naming nobody, takes it up too. Undefined when the request names
 * someone else, or the draft is gone. A second transfer to whom the first already went (the
 * customer paid Bob at the first read-back) is dropped, never offered again.
 */
export async function takeUpNextTransfer(ctx: LinkedContext, view: TransferView, answersGoOn = false): Promise<Outcome | undefined> {
  const id = ctx.conversation.nextTransfer;
  const said = ctx.turn.slots.payee;
  // "Now the other one", "and the next one": nobody named, and nothing else said. To "Shall we do
  // the one to Maria now?" (`answersGoOn`), "yes, but make it forty" names nobody either: it is hers.
  const unnamed = !isHeard(said) && (answersGoOn || !carriesValue(ctx.turn));
  if (!id || (!isHeard(said) && !unnamed)) return undefined;
  const draft = await loadDraft(ctx.deps.store, id, ctx.session.customer.id);
  if (!draft || draft === UNREADABLE || !draft.payeeId) {
    ctx.conversation.nextTransfer = undefined;
    return undefined;
  }
  // "Und jetzt Anna": a name that fits the waiting transfer's payee, also among others ("Anna"
  // fits two), means that one: it was said in full a moment ago.
  const matched = isHeard(said) ? matchPayees(said.value, view.payees) : [];
  if (!unnamed && !matched.some((p) => p.id === draft.payeeId)) return undefined;
  // Taken up or not, it is asked for once: the last transfer is read only now it is.
  ctx.conversation.nextTransfer = undefined;
  const last = await lastTransfer(ctx.deps.store, ctx.session.customer.id);
  if (last?.target === draft.payeeId) return undefined;
  const { payee: _payee, ...rest } = ctx.turn.slots;
  return applyAnswer(ctx, draft, view, rest);
}
