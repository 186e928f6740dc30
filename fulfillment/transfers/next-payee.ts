/** Who the second of two transfers asked for at once goes to, while its draft waits. */
import type { Payee } from '../banks/bank-types';
import type { LinkedContext } from '../pipeline/intent-handler';
import { loadDraft, UNREADABLE } from './draft';

/** The payee of the second transfer whose draft is `id`, among the customer's payees; undefined once the draft is gone. */
export async function waitingPayee(ctx: LinkedContext, id: string, payees: readonly Payee[]): Promise<Payee | undefined> {
  const next = await loadDraft(ctx.deps.store, id, ctx.session.customer.id);
  return next && next !== UNREADABLE ? payees.find((p) => p.id === next.payeeId) : undefined;
}
