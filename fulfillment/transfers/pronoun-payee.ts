/**
 * The payee a pronoun points at, by name: of the transfer being prepared, for a question about
 * "her" asked in the middle of it; of the transfer just made, for "send her another ten" or
 * "how much did I send him?".
 */
import type { BankSession } from '../banks/bank-types';
import { CONVERSATION_TTL_SECONDS, type Conversation } from '../pipeline/conversation-state';
import type { CoreDeps } from '../pipeline/core-deps';
import { asksAboutWaitingPayee, pointsAtLastPayee } from '../pipeline/payee-pronoun';
import type { Turn } from '../pipeline/turn';
import { loadDraft, UNREADABLE } from './draft';
import { lastTransfer } from './last-transfer';


/** The name of the payee a pronoun in the turn points at; undefined when there is none or the bank does not say. */
export async function payeeNamedByPronoun(deps: CoreDeps, session: BankSession, turn: Turn, conversation: Conversation): Promise<string | undefined> {
  const id = asksAboutWaitingPayee(turn, conversation)
    ? await waitingPayeeId(deps, session, conversation)
    : pointsAtLastPayee(turn, conversation)
      ? await lastPayeeId(deps, session)
      : undefined;
  if (!id) return undefined;
  const payees = await deps.bank.payees?.list(session);
  return payees?.ok ? payees.value.find((p) => p.id === id)?.name : undefined;
}

async function waitingPayeeId(deps: CoreDeps, session: BankSession, conversation: Conversation): Promise<string | undefined> {
  const awaiting = conversation.awaiting;
  if (awaiting?.kind !== 'transfer') return undefined;
  const draft = await loadDraft(deps.store, awaiting.draftId, session.customer.id);
  return !draft || draft === UNREADABLE || draft.kind !== 'payee' ? undefined : draft.payeeId;
}

/** The target of the last voice transfer, while it is recent (an own account is no payee, and is not found among them). */
async function lastPayeeId(deps: CoreDeps, session: BankSession): Promise<string | undefined> {
  const last = await lastTransfer(deps.store, session.customer.id);
  if (!last) return undefined;
  const age = (deps.clock.now().getTime() - new Date(last.at).getTime()) / 1000;
  // "Her" means the last transfer's payee as long as a conversation is remembered.
  return age >= 0 && age <= CONVERSATION_TTL_SECONDS ? last.target : undefined;
}
