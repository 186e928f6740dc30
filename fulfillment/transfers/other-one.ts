/**
 * "No, the other one", "nein, die andere": at a choice between two, the one not chosen. The
 * payee chosen from "which one?" comes first, as the read-back says it first; else the account
 * chosen from "from which account?" or "to which account?"; else, in a transfer to a payee or a
 * card payment, the other account money can come from. With nothing chosen yet from the list
 * asked now, the question is put again, and the customer hears that nothing was chosen; with
 * three or more to choose from, the rest are offered, never one picked for the customer. To
 * "fifty, not fifteen. Is that right?" it is the other amount named there.
 */
import type { AccountId } from '../kit/ids';
import { isHeard } from '../pipeline/turn';
import { startOrderAgain, type TransferDraft, type TransferStep } from './draft';
import { twinAmount } from './confusable';
import type { MergeContext, SlotProblem } from './merge-types';
import { moneySources } from './money-sources';

/** The questions that read out a list to choose from. */
const LISTS_ASKED: ReadonlySet<TransferStep> = new Set(['choose-payee', 'source', 'target', 'card-option']);

/** The payee chosen from "which one?" offered earlier in this transfer: the others, or none when no payee was chosen so. */
function otherPayees(draft: TransferDraft): readonly string[] | undefined {
  const choices = draft.payeeChoices ?? [];
  // Asked which again after one was chosen ("no, to Anna"): the one chosen before is passed over.
  const chosen = draft.payeeId ?? (draft.step === 'choose-payee' ? draft.payeeBefore : undefined);
  if (draft.kind !== 'payee' || chosen === undefined || !choices.includes(chosen)) return undefined;
  return choices.filter((id) => id !== chosen);
}

/** The accounts a field may take instead of the one it holds: from the list offered for it, else the other sources. */
function otherAccounts(draft: TransferDraft, m: MergeContext): { field: 'from' | 'to'; ids: readonly AccountId[] } | undefined {
  const offered = draft.accountChoices;
  const current = offered?.field === 'to' ? draft.toId : draft.fromId;
  if (offered && current !== undefined && offered.ids.includes(current)) return { field: offered.field, ids: offered.ids.filter((id) => id !== current) };
  if (draft.kind === 'own' || draft.fromId === undefined) return undefined;
  return { field: 'from', ids: moneySources(m.accounts).filter((a) => a.id !== draft.fromId).map((a) => a.id) };
}

/**
 * Takes "the other one" said alone into the draft. Undefined when the turn says no such thing,
 * or names someone beside it ("nicht die Müller, die andere": the payee merge takes that).
 */
export function mergeOtherOne(draft: TransferDraft, m: MergeContext): SlotProblem | undefined {
  if (!isHeard(m.slots.otherOne) || isHeard(m.slots.payee) || isHeard(m.slots.otherPayee) || isHeard(m.slots.notPayee)) return undefined;
  const payees = otherPayees(draft);
  // "Fifty, not fifteen. Is that right?" "No, the other one": the amount named beside it, chosen
  // by the customer, so not checked again; the read-back says it. German says which it means:
  // "die andere" after an Anna was chosen is the other Anna (der Betrag would be "der andere").
  if (draft.step === 'check-amount' && !(m.locale === 'de-DE' && payees && payees.length > 0)) return otherAmount(draft);
  if (payees && payees.length > 0) {
    const others = m.payees.filter((p) => payees.includes(p.id));
    // "The other one" of three or more: which is asked, the one chosen left out.
    draft.payeeId = others.length === 1 ? others[0]?.id : undefined;
    draft.candidates = others.length === 1 ? undefined : others.map((p) => p.id);
    startOrderAgain(draft);
    return undefined;
  }
  // "Which one: Anna Schmidt or Anna Lee?", "from which account?": nothing on the list is chosen yet.
  if ((draft.offered?.length ?? 0) > 0 && LISTS_ASKED.has(draft.step)) return { kind: 'none-chosen' };
  return takeOtherAccount(draft, m);
}

/** The check's other amount ("fifteen" to "fifty, not fifteen"); a problem when the check named none. */
export function otherAmount(draft: TransferDraft): SlotProblem | undefined {
  const twin = draft.amount ? twinAmount(draft.amount) : undefined;
  if (!twin) return { kind: 'no-such-choice' };
  draft.amount = twin;
  draft.amountChecked = true;
  return undefined;
}

/**
 * "The other one", "das andere Konto" once the lists were answered: the account not chosen, for
 * the end of the transfer it was chosen for; a problem when no one account is the other.
 */
export function takeOtherAccount(draft: TransferDraft, m: MergeContext): SlotProblem | undefined {
  const accounts = otherAccounts(draft, m);
  if (accounts?.ids.length !== 1) return { kind: 'no-such-choice' };
  if (accounts.field === 'from') draft.fromId = accounts.ids[0];
  else draft.toId = accounts.ids[0];
  startOrderAgain(draft);
  return undefined;
}

/** A move between own accounts whose destination was chosen from a list: "the other account" alone is the other destination. */
export function choseTarget(draft: TransferDraft): boolean {
  return draft.kind === 'own' && draft.accountChoices?.field === 'to' && draft.toId !== undefined && draft.accountChoices.ids.includes(draft.toId) && !LISTS_ASKED.has(draft.step);
}
