/**
 * "Did it go through?", "hat es geklappt?", "what was my last transfer?": what the bank now says
 * of the customer's transfers.
 * A transfer whose outcome was uncertain is asked about first and said as learnt; otherwise the
 * last transfer the bank took is looked up by its key. Nothing is sent or changed here.
 */
import { linked } from '../pipeline/intent-handler';
import { isHeard } from '../pipeline/turn';
import { answerAndContinue } from '../pipeline/reply-builders';
import { lastTransfer } from './last-transfer';
import { matchPayees } from './payee-match';
import { transfersMade } from './undo-records';
import { heardAsWords } from '../pipeline/word-match';
import { destinationOf, learnOutcomes } from './unresolved';
import { transferSpeech } from './speech';
import { loadView } from './transfer-view';

/** Answers a question about how the customer's transfer went, in passing. */
export const transferStatusHandler = linked(async (ctx) => {
  const t = transferSpeech(ctx.turn.locale);
  const view = await loadView(ctx);
  if (!view.ok) return view;
  const transfers = ctx.deps.bank.transfers;
  const { said, open } = await learnOutcomes(ctx, view.value);
  if (said.length > 0 || open.length > 0) {
    const waiting = open.map((u) => t.stillUnconfirmed(destinationOf(view.value, u)));
    return answerAndContinue(ctx, [...said, ...waiting].join(' '));
  }
  // "Did Bob get the money?": the latest transfer to the payee named, never the last one to someone else.
  const named = isHeard(ctx.turn.slots.payee) ? matchPayees(heardAsWords(ctx.turn.slots.payee?.value ?? ''), view.value.payees) : [];
  const made = named.length > 0 ? (await transfersMade(ctx.deps.store, ctx.session.customer.id)).filter((m) => named.some((p) => p.id === m.payeeId)).pop() : undefined;
  const last = made ? { idempotencyKey: made.key, target: made.payeeId ?? '' } : await lastTransfer(ctx.deps.store, ctx.session.customer.id);
  if (named.length > 0 && !named.some((p) => p.id === last?.target)) return answerAndContinue(ctx, t.noRecentTransferTo(named.map((p) => p.name)));
  if (!last || !transfers) return answerAndContinue(ctx, t.noRecentTransfer());
  const to = destinationOf(view.value, { target: last.target });
  const status = await transfers.status(ctx.session, last.idempotencyKey);
  if (!status.ok) return answerAndContinue(ctx, status.error.kind === 'not-found' ? t.noRecentTransfer() : ctx.speech.bankError(status.error));
  // "What was my last transfer?" names where it went first; "did it go through?" says whether it did.
  const stands = isHeard(ctx.turn.slots.latest) ? t.lastTransferWas(status.value.status, to) : t.lastTransferStatus(status.value.status, to);
  // "How much did I just send?": the amount, where the list of transfers made still has it.
  const amount = made?.amount ?? (await transfersMade(ctx.deps.store, ctx.session.customer.id)).find((m) => m.key === last.idempotencyKey)?.amount;
  return answerAndContinue(ctx, amount ? `${stands} ${t.transferAmountWas(amount)}` : stands);
});
