/** Writes the audit record of a transfer attempt: ids and the amount, never account numbers or PINs. */
import type { AuditAction } from '../records/audit-log';
import type { LinkedContext } from '../pipeline/intent-handler';
import type { TransferDraft } from './draft';

/**
 * Records one step of a transfer attempt for the linked customer; a confirmed transfer's
 * outcome (a bounded word such as "completed" or "refused:limit-daily") is also counted.
 */
export async function audit(ctx: LinkedContext, draft: TransferDraft, action: AuditAction, outcome: string): Promise<void> {
  if (action === 'transfer') ctx.deps.metrics?.transfer(outcome);
  await ctx.deps.audit.record({
    at: ctx.deps.clock.now().toISOString(),
    customerId: ctx.session.customer.id,
    action,
    outcome,
    reference: draft.idempotencyKey,
    ...(draft.amount ? { amount: draft.amount } : {}),
    ...(draft.payeeId ? { target: draft.payeeId } : draft.toId ? { target: draft.toId } : {}),
    platform: ctx.turn.platform,
  });
}
