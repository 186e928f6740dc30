/**
 * "Send Tom a tenner" said again soon after it was sent: the same amount to the same payee in the
 * last hour is most often said twice by mistake, and a second payment is hard to take back. The
 * read-back is preceded by a question whether to send it again; one the bank says was cancelled,
 * refused or never taken does not count.
 */
import { sameMoney } from '../kit/money';
import type { LinkedContext } from '../pipeline/intent-handler';
import type { TransferDraft } from './draft';
import { transfersMade } from './undo-records';

/** Whether the draft would send again what was sent to the same payee within the last hour. */
export async function repeatsRecent(ctx: LinkedContext, draft: TransferDraft): Promise<boolean> {
  const { amount, payeeId } = draft;
  // "Same again", "the same as last time" ask for the repeat in so many words.
  if (!amount || !payeeId || draft.sameAsLast || draft.sameAsJustSent || draft.fromHistory) return false;
  const same = (await transfersMade(ctx.deps.store, ctx.session.customer.id)).filter((m) => m.payeeId === payeeId && m.amount && sameMoney(m.amount, amount));
  for (const made of same) {
    const status = await ctx.deps.bank.transfers?.status(ctx.session, made.key);
    // Unknown to the bank (an order it never took) is no payment either; no answer counts as one.
    const gone = status?.ok ? status.value.status === 'cancelled' || status.value.status === 'rejected' : status?.error.kind === 'not-found';
    if (!gone) return true;
  }
  return false;
}
