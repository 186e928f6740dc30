/** The payee of the transfer being prepared, by name, for a question about "her" asked in the middle of it. */
import type { BankSession } from '../banks/bank-types';
import type { Awaiting } from '../pipeline/awaiting';
import type { CoreDeps } from '../pipeline/core-deps';
import { loadDraft, UNREADABLE } from './draft';

/** The name of the payee a waiting transfer goes to; undefined when none is chosen yet or the bank does not say. */
export async function waitingPayeeName(deps: CoreDeps, session: BankSession, awaiting: Awaiting | undefined): Promise<string | undefined> {
  if (awaiting?.kind !== 'transfer') return undefined;
  const draft = await loadDraft(deps.store, awaiting.draftId, session.customer.id);
  if (!draft || draft === UNREADABLE || draft.kind !== 'payee' || !draft.payeeId) return undefined;
  const payees = await deps.bank.payees?.list(session);
  return payees?.ok ? payees.value.find((p) => p.id === draft.payeeId)?.name : undefined;
}
