/**
 * "Oops, that should have gone to Anna Müller" right after a transfer: the transfer just made is
 * the mistake. It is cancelled, and the same amount is then prepared for the payee meant, from
 * the same account, read back and confirmed as any transfer, so the customer never has to say it
 * all again, and nothing moves without a yes and the PIN.
 */
import type { LinkedContext, Outcome } from '../pipeline/intent-handler';
import { isHeard } from '../pipeline/turn';
import { advance } from './advance';
import { newDraft, type TransferDraft } from './draft';
import type { UndoRecord } from './undo-records';
import { matchPayees } from './payee-match';
import { loadView } from './transfer-view';
import { askToUndoNamed, namesAnOpenTransfer, undone } from './undo';
import { transferSpeech } from './speech';
import { accountId } from '../kit/ids';

/** A new transfer to a payee of the amount and from the account of a transfer sent: the one meant instead, for the payee and any change to be put in. */
export function resending(ctx: LinkedContext, record: UndoRecord): TransferDraft {
  const draft = newDraft(ctx.session.customer.id, 'payee');
  draft.amount = record.amount;
  if (record.fromId) draft.fromId = accountId(record.fromId);
  return draft;
}

/** Undoes the last transfer; with the payee it was meant for named, prepares it for them. */
export async function undoThenSendInstead(ctx: LinkedContext): Promise<Outcome> {
  // "Cancel Tom's transfer" may reach the skill as the payee it was meant for, and so may "good,
  // that was supposed to go to Tom": where a transfer to Tom can still be undone, whether to cancel
  // it is asked, and nothing is prepared for him.
  // The last transfer is asked about first: its record is an open one, so the check below need not run.
  if (!isHeard(ctx.turn.slots.payee)) {
    const asked = await askToUndoNamed(ctx, ctx.turn.slots.meantPayee);
    if (asked) return asked;
    if (await namesAnOpenTransfer(ctx, ctx.turn.slots.meantPayee)) {
      const { meantPayee, ...slots } = ctx.turn.slots;
      return (await undone({ ...ctx, turn: { ...ctx.turn, slots: { ...slots, payee: meantPayee } } })).outcome;
    }
  }
  const meant = ctx.turn.slots.meantPayee;
  const { outcome, cancelled } = await undone(ctx);
  const record = cancelled.length === 1 ? cancelled[0] : undefined;
  if (!isHeard(meant) || !record) return outcome;
  const view = await loadView(ctx);
  if (!view.ok) return outcome;
  const payees = matchPayees(meant.value, view.value.payees).filter((p) => p.id !== record.payeeId);
  if (payees.length === 0) return outcome;
  const draft = resending(ctx, record);
  if (payees.length === 1) draft.payeeId = payees[0]?.id;
  else draft.candidates = payees.map((p) => p.id);
  return advance(ctx, draft, view.value, transferSpeech(ctx.turn.locale).undone());
}
