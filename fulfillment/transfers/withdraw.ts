/**
 * Withdrawing an approval the customer no longer wants. In a bank that creates the payment
 * first (Berlin Group's decoupled approval), an approval left in the app would still pay the
 * old order if the customer approved it there, whatever the skill said since.
 */
import type { LinkedContext } from '../pipeline/intent-handler';
import { dropDraft, type TransferDraft } from './draft';
import { transferSpeech } from './speech';
import { audit } from './transfer-audit';

/**
 * Withdraws the approval asked for an order (its key given) and says what the customer needs to
 * hear: nothing when it is gone, or that it still waits in the app and should be refused there.
 */
export async function withdrawApproval(ctx: LinkedContext, draft: TransferDraft, approvalId: string | undefined, orderKey: string): Promise<string | undefined> {
  if (!approvalId) return undefined;
  const approvals = ctx.deps.bank.approvals;
  const result = approvals ? await approvals.withdraw(ctx.session, approvalId) : undefined;
  const gone = result !== undefined && (result.ok || result.error.kind === 'not-found');
  await audit(ctx, { ...draft, idempotencyKey: orderKey }, 'transfer-approval', gone ? 'withdrawn' : 'left-in-app');
  return gone ? undefined : transferSpeech(ctx.turn.locale).approvalLeftInApp();
}

/**
 * Forgets a draft the dialog is done with (letting go of it if this process holds it) and
 * withdraws the approval it still had waiting; returns what the customer needs to hear about it.
 */
export async function discardDraft(ctx: LinkedContext, draft: TransferDraft): Promise<string | undefined> {
  await dropDraft(ctx.deps.store, draft.id, draft);
  return withdrawApproval(ctx, draft, draft.approvalId, draft.idempotencyKey);
}
