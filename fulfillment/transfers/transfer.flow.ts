/**
 * The transfer dialog while a transfer is being prepared: cancel, help, repeat and start over
 * work at every step; answers fill the draft; "yes" and "no" mean what the current question
 * asked; two answers in a row that cannot be used get an explanation and a way out, a third
 * ends the dialog. Other requests leave the dialog (the draft expires unsent).
 */
import type { LinkedContext, Outcome } from '../pipeline/intent-handler';
import { ask, tell } from '../pipeline/reply-builders';
import { advance, answerPin } from './advance';
import { applyAnswer } from './apply-answer';
import { dropDraft, loadDraft, newDraft, UNREADABLE, wasHandled, type TransferDraft } from './draft';
import { loadView } from './transfer-view';
import type { Flow } from '../pipeline/flow';
import { transferSpeech } from './speech';
import { ended } from './transfer-facts';

const ANSWERS = new Set(['Transfer', 'TransferOwn', 'PayCard', 'ProvideAmount', 'ProvidePayee', 'ProvideAccount']);

async function failed(ctx: LinkedContext, draft: TransferDraft, view: Parameters<typeof advance>[2]): Promise<Outcome> {
  draft.failures += 1;
  const t = transferSpeech(ctx.turn.locale);
  if (draft.failures >= 3) {
    await dropDraft(ctx.deps.store, draft.id);
    ctx.conversation.awaiting = undefined;
    return ended(tell(t.givingUp()), 'not-sent');
  }
  return advance(ctx, draft, view, draft.failures === 2 ? t.struggling(draft.step) : t.didNotGet());
}

/** The transfer flow. */
export const transferFlow: Flow<'transfer'> = {
  async intercept(base, awaiting) {
    if (!base.session) return undefined;
    const ctx: LinkedContext = { ...base, session: base.session };
    const t = transferSpeech(ctx.turn.locale);
    const intent = ctx.turn.intent;
    const draft = await loadDraft(ctx.deps.store, awaiting.draftId, ctx.session.customer.id);
    if (draft === UNREADABLE) {
      await dropDraft(ctx.deps.store, awaiting.draftId);
      ctx.conversation.awaiting = undefined;
      return ended(ask(t.lostTrack(), ctx.speech.whatNext()), 'not-sent');
    }
    if (!draft) {
      ctx.conversation.awaiting = undefined;
      if (await wasHandled(ctx.deps.store, awaiting.draftId)) return ended(tell(t.alreadyHandled()), 'already-handled');
      return ended(intent === 'Stop' || intent === 'Cancel' ? tell(t.cancelled()) : ask(t.expired(), ctx.speech.whatNext()), 'not-sent');
    }
    if (intent === 'Stop' || intent === 'Cancel' || intent === 'CancelTransfer') {
      await dropDraft(ctx.deps.store, draft.id);
      ctx.conversation.awaiting = undefined;
      return ended(tell(t.cancelled()), 'not-sent');
    }
    const view = await loadView(ctx);
    if (!view.ok) return view;
    if (intent === 'Help') return advance(ctx, draft, view.value, t.stepHelp(draft.step));
    if (intent === 'Repeat') return advance(ctx, draft, view.value);
    if (intent === 'StartOver') {
      await dropDraft(ctx.deps.store, draft.id);
      const fresh = newDraft(ctx.session.customer.id, draft.kind);
      if (draft.kind === 'card') fresh.toId = draft.toId;
      return advance(ctx, fresh, view.value);
    }
    if (ANSWERS.has(intent)) return applyAnswer(ctx, draft, view.value);
    if (intent === 'Pin') return draft.step === 'pin' ? answerPin(ctx, draft, view.value, ctx.turn.slots.pin?.value.trim() ?? '') : failed(ctx, draft, view.value);
    if (intent === 'Yes') {
      if (draft.step === 'check-amount') draft.amountChecked = true;
      else if (draft.step === 'confirm') draft.confirmed = true;
      else if (draft.step !== 'approval') return failed(ctx, draft, view.value);
      return advance(ctx, draft, view.value);
    }
    if (intent === 'No') {
      if (draft.step === 'check-amount') {
        draft.amount = undefined;
        return advance(ctx, draft, view.value);
      }
      if (draft.step === 'confirm' || draft.step === 'approval' || draft.step === 'pin') {
        await dropDraft(ctx.deps.store, draft.id);
        ctx.conversation.awaiting = undefined;
        return ended(tell(t.declined()), 'not-sent');
      }
      return failed(ctx, draft, view.value);
    }
    if (intent === 'Fallback') return failed(ctx, draft, view.value);
    return undefined;
  },
};
