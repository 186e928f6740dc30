/**
 * A draft that expired while its approval waited in the bank's app. In a bank that creates the
 * payment first (Berlin Group's decoupled approval), that approval would still pay if the
 * customer approved it there: so when the customer comes back to the expired transfer, the skill
 * asks the bank what became of it, says so truly, and withdraws it if it still waits.
 */
import type { LinkedContext } from '../pipeline/intent-handler';
import { takeApprovalCopy } from './draft';
import { transferSpeech } from './speech';
import { audit } from './transfer-audit';
import { withdrawApproval } from './withdraw';

/** What became of the expired draft's approval, as the customer must hear it. */
export type ExpiredApproval =
  | { readonly kind: 'none' }
  /** Approved in the app after the skill stopped waiting: the bank may have sent it. */
  | { readonly kind: 'approved'; readonly said: string }
  /** Still waiting, now withdrawn (or left in the app where the bank refused to withdraw it). */
  | { readonly kind: 'withdrawn'; readonly said: string };

/** Settles the approval an expired draft left waiting, if it left one. */
export async function settleExpiredApproval(ctx: LinkedContext, draftId: string): Promise<ExpiredApproval> {
  const draft = await takeApprovalCopy(ctx.deps.store, draftId, ctx.session.customer.id);
  const approvals = ctx.deps.bank.approvals;
  if (!draft?.approvalId || !approvals) return { kind: 'none' };
  const t = transferSpeech(ctx.turn.locale);
  const status = await approvals.status(ctx.session, draft.approvalId);
  if (status.ok && status.value.status === 'approved') {
    await audit(ctx, draft, 'transfer-approval', 'approved-after-expiry');
    return { kind: 'approved', said: t.expiredButApproved() };
  }
  // Refused or expired in the app: nothing waits there.
  if (status.ok && status.value.status !== 'pending') return { kind: 'none' };
  const left = await withdrawApproval(ctx, draft, draft.approvalId, draft.idempotencyKey);
  return { kind: 'withdrawn', said: `${t.expired()} ${left ?? t.expiredApprovalWithdrawn()}` };
}
