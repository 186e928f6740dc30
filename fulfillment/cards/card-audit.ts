/** Writes the audit record of a card change or a fraud verdict the customer gave by voice. */
import type { AuditAction } from '../records/audit-log';
import type { BankError } from '../banks/bank-error';
import type { LinkedContext } from '../pipeline/intent-handler';
import type { Money } from '../kit/money';
import type { Result } from '../kit/result';

/** Records what was attempted and how the bank answered. */
export async function auditCardAction(
  ctx: LinkedContext,
  action: AuditAction,
  reference: string,
  result: Result<unknown, BankError>,
  amount?: Money,
): Promise<void> {
  await ctx.deps.audit.record({
    at: ctx.deps.clock.now().toISOString(),
    customerId: ctx.session.customer.id,
    action,
    outcome: result.ok ? 'completed' : `refused:${result.error.kind}`,
    reference,
    ...(amount ? { amount } : {}),
    platform: ctx.turn.platform,
  });
}
