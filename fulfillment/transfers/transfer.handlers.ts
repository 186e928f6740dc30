/** The intents that start a transfer, or answer one, when no transfer dialog is open. */
import { ok } from '../kit/result';
import { applyAnswer } from './apply-answer';
import { newDraft, type TransferKind } from './draft';
import { takeUpNextTransfer } from './next-transfer-taken-up';
import { askToUndoLast } from './undo';
import { undoThenSendInstead } from './send-instead';
import { loadView } from './transfer-view';
import { balanceHandler } from '../accounts/balance.handler';
import { linked, open } from '../pipeline/intent-handler';
import { answerAndContinue, tell, withFacts, sayThenAskWhatNext } from '../pipeline/reply-builders';
import { conversationSpeech } from '../conversation/speech';
import { foreign } from '../pipeline/facts';
import { transferSpeech } from './speech';
import { needsPin } from '../pipeline/transfer-policy';
import { pinLocked } from './pin';

function starter(kind: TransferKind) {
  return linked(async (ctx) => {
    // A voice PIN locked after wrong tries is said before the transfer is prepared, never after its read-back.
    if (needsPin(ctx.deps.transferPolicy) && (await pinLocked(ctx.deps.store, ctx.session.customer.id))) return answerAndContinue(ctx, transferSpeech(ctx.turn.locale).pinLocked());
    const view = await loadView(ctx);
    if (!view.ok) return view;
    const next = kind === 'payee' ? await takeUpNextTransfer(ctx, view.value) : undefined;
    if (next) return next;
    const draft = newDraft(ctx.session.customer.id, kind);
    if (kind === 'card') {
      const card = view.value.accounts.find((a) => a.kind === 'credit-card');
      if (!card) return ok({ type: 'tell', speech: ctx.speech.bankError({ kind: 'not-found' }) });
      draft.toId = card.id;
    }
    return applyAnswer(ctx, draft, view.value);
  });
}

/** "Send fifty dollars to Anna"; also a bare amount or payee said with no dialog open. */
export const transferHandler = starter('payee');

/** "Move 200 dollars from savings to checking". */
export const transferOwnHandler = starter('own');

/** "Pay my credit card bill", "pay the minimum". */
export const payCardHandler = starter('card');

/** A bare account name with no dialog open is a balance question. */
export const provideAccountHandler = balanceHandler;

/** PIN digits with nothing waiting for them: said so, never echoed. */
export const pinHandler = open(async (ctx) => sayThenAskWhatNext(ctx, transferSpeech(ctx.turn.locale).noPinNeeded()));

/** "I forgot my PIN" with no transfer waiting for it: where a new one is chosen. */
export const forgotPinHandler = open(async (ctx) => answerAndContinue(ctx, transferSpeech(ctx.turn.locale).forgotPin(false)));

/** "Who are my payees?" */
export const listPayeesHandler = linked(async (ctx) => {
  const payees = await ctx.deps.bank.payees?.list(ctx.session);
  if (!payees) return ok({ type: 'tell', speech: ctx.speech.bankError({ kind: 'unsupported' }) });
  if (!payees.ok) return payees;
  const answer = answerAndContinue(ctx, transferSpeech(ctx.turn.locale).payeeList(payees.value));
  // "Pay the second one" may follow: the next turn can pick from the list just read out.
  if (ctx.turn.channel !== 'assistant' && payees.value.length > 0) ctx.conversation.awaiting = { kind: 'payees-listed', payeeIds: payees.value.map((p) => p.id) };
  return withFacts(answer, { kind: 'payees', names: payees.value.map((p) => foreign(p.name)) });
});

/** "Cancel that transfer": undoes the last one while the bank still holds it pending. */
export const cancelTransferHandler = linked(undoThenSendInstead);

/**
 * "Cancel" with no dialog waiting for it: a goodbye, except while the last transfer can still be
 * undone ("cancel it" a question or two after it was sent). Then the customer is asked whether
 * that transfer is meant: a goodbye would leave it sent.
 */
export const cancelHandler = open(async (ctx) => {
  const asked = ctx.session ? await askToUndoLast({ ...ctx, session: ctx.session }) : undefined;
  return asked ?? tell(conversationSpeech(ctx.turn.locale).goodbye());
});
