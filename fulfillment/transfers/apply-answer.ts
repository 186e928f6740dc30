/** Applies what a turn said to a draft and asks the next question, or explains what was wrong. */
import type { LinkedContext, Outcome } from '../pipeline/intent-handler';
import type { Turn } from '../pipeline/turn';
import { advance, type TransferView } from './advance';
import type { TransferDraft } from './draft';
import { mergeSlots } from './slots';
import { homeCurrency } from './transfer-view';
import { transferSpeech } from './speech';
import { withdrawApproval } from './withdraw';

/**
 * Merges the turn's slots (or the slots the dialog read them as) into the draft, then moves the
 * dialog on. A change after the app approval was asked for withdraws that approval first.
 */
export async function applyAnswer(ctx: LinkedContext, draft: TransferDraft, view: TransferView, slots: Turn['slots'] = ctx.turn.slots): Promise<Outcome> {
  const t = transferSpeech(ctx.turn.locale);
  const asked = { approvalId: draft.approvalId, orderKey: draft.idempotencyKey };
  const problem = mergeSlots(draft, { slots, locale: ctx.turn.locale, currency: homeCurrency(view), payees: view.payees, accounts: view.accounts });
  const left = draft.approvalId === asked.approvalId ? undefined : await withdrawApproval(ctx, draft, asked.approvalId, asked.orderKey);
  const next = (said?: string) => advance(ctx, draft, view, [left, said].filter(Boolean).join(' '));
  if (!problem) {
    draft.failures = 0;
    return next();
  }
  if (problem.kind === 'no-payee') {
    draft.payeeId = undefined;
    draft.candidates = undefined;
    if (view.payees.length === 0) return next(t.noPayees());
    return next(t.noSuchPayee(problem.heard, view.payees.map((p) => p.name)));
  }
  if (problem.kind === 'same-account') return next(t.sameAccount());
  if (problem.kind === 'was-target') return next(t.wasTarget());
  if (problem.kind === 'no-such-choice') return next(t.didNotGet());
  const currency = homeCurrency(view);
  return next(problem.problem === 'other-currency' ? t.onlyCurrency(currency) : t.unreadableAmount());
}
