/**
 * "Oops, that should have gone to Anna Müller" right after a transfer: the transfer just made is
 * the mistake. It is cancelled, and the same amount is then prepared for the payee meant, from
 * the same account, read back and confirmed as any transfer, so the customer never has to say it
 * all again, and nothing moves without a yes and the PIN. "I sent it to the wrong Anna" names the
 * payee it went to: where that name names exactly one other payee, the other Anna is the one meant.
 * Asked rather than said ("was that the wrong Anna?"), the mistake cancels nothing before a yes.
 */
import type { Payee } from '../banks/bank-types';
import type { LinkedContext, Outcome } from '../pipeline/intent-handler';
import { isHeard, type SlotValue } from '../pipeline/turn';
import { ask } from '../pipeline/reply-builders';
import { advance } from './advance';
import { newDraft, saveDraft, type TransferDraft } from './draft';
import type { UndoRecord } from './undo-records';
import { matchPayees } from './payee-match';
import { loadView } from './transfer-view';
import { askToUndoNamed, namesAnOpenTransfer, transferInQuestion, undone } from './undo';
import { transferSpeech } from './speech';
import { accountId } from '../kit/ids';

/** A new transfer to a payee of the amount and from the account of a transfer sent: the one meant instead, for the payee and any change to be put in. */
export function resending(ctx: LinkedContext, record: UndoRecord): TransferDraft {
  const draft = newDraft(ctx.session.customer.id, 'payee');
  draft.amount = record.amount;
  if (record.fromId) draft.fromId = accountId(record.fromId);
  return draft;
}

/**
 * "The wrong Anna" after a transfer to Anna Lee: the one other payee the name names, when it names
 * the payee paid and exactly one more; undefined otherwise, where no one else is plainly meant.
 */
function otherOfTheName(named: readonly Payee[], record: UndoRecord): Payee | undefined {
  const others = named.filter((p) => p.id !== record.payeeId);
  return others.length === 1 && others.length < named.length ? others[0] : undefined;
}

/**
 * "Was that the wrong Anna?", "war das der falsche Empfänger?": whether to cancel the transfer
 * asked about is asked, naming whom it went to, and with the other payee of the name prepared
 * meanwhile; undefined where no transfer asked about can still be undone (or the channel is an
 * assistant's), and the cancel's answer says why, cancelling nothing.
 */
async function askAboutMistake(ctx: LinkedContext, wrong: SlotValue | undefined): Promise<Outcome | undefined> {
  if (ctx.turn.channel === 'assistant') return undefined;
  const meant = await transferInQuestion(ctx, wrong);
  if (!meant) return undefined;
  const t = transferSpeech(ctx.turn.locale);
  const other = meant.last ? otherOfTheName(meant.named, meant.record) : undefined;
  const draft = other ? resending(ctx, meant.record) : undefined;
  if (draft && other) {
    draft.payeeId = other.id;
    await saveDraft(ctx.deps.store, draft, ctx.deps.transferPolicy.pendingTtlSeconds);
  }
  ctx.conversation.awaiting = { kind: 'undo-offer', transferIds: [meant.record.transferId], ...(draft ? { instead: draft.id } : {}) };
  if (other) return ask(t.offerUndoForOther(meant.to, other.name));
  return ask(meant.last ? t.offerUndoOfLast(meant.to) : t.confirmUndo([meant.to ? { to: meant.to } : {}]));
}

/** Undoes the last transfer; with the payee it was meant for named, prepares it for them. */
export async function undoThenSendInstead(ctx: LinkedContext): Promise<Outcome> {
  const { payee, meantPayee: meant, notPayee, asked } = ctx.turn.slots;
  // "I sent it to the wrong Anna": the transfer to Anna is the one to cancel, as "cancel the one to Anna" says.
  const wrong = isHeard(notPayee) && !isHeard(payee) ? notPayee : undefined;
  if (isHeard(asked)) {
    const question = await askAboutMistake(ctx, wrong ?? payee);
    if (question) return question;
  }
  // "Cancel Tom's transfer" may reach the skill as the payee it was meant for, and so may "good,
  // that was supposed to go to Tom": where a transfer to Tom can still be undone, whether to cancel
  // it is asked, and nothing is prepared for him.
  // The last transfer is asked about first: its record is an open one, so the check below need not run.
  if (!isHeard(payee) && !wrong) {
    const asked = await askToUndoNamed(ctx, meant);
    if (asked) return asked;
    if (await namesAnOpenTransfer(ctx, meant)) {
      const { meantPayee, ...slots } = ctx.turn.slots;
      return (await undone({ ...ctx, turn: { ...ctx.turn, slots: { ...slots, payee: meantPayee } } })).outcome;
    }
  }
  const { outcome, cancelled } = await undone(wrong ? { ...ctx, turn: { ...ctx.turn, slots: { ...ctx.turn.slots, payee: wrong } } } : ctx);
  const record = cancelled.length === 1 ? cancelled[0] : undefined;
  if (!record || !(isHeard(meant) || wrong)) return outcome;
  const view = await loadView(ctx);
  if (!view.ok) return outcome;
  const other = wrong ? otherOfTheName(matchPayees(wrong.value, view.value.payees), record) : undefined;
  const payees = isHeard(meant) ? matchPayees(meant.value, view.value.payees).filter((p) => p.id !== record.payeeId) : other ? [other] : [];
  if (payees.length === 0) return outcome;
  const draft = resending(ctx, record);
  if (payees.length === 1) draft.payeeId = payees[0]?.id;
  else draft.candidates = payees.map((p) => p.id);
  const to = view.value.payees.find((p) => p.id === record.payeeId)?.name;
  return advance(ctx, draft, view.value, transferSpeech(ctx.turn.locale).undone(to ? { to } : undefined));
}
