/**
 * Right after a transfer, "Is there anything else?" works as everywhere, except that a plain
 * "cancel" most likely means the transfer just made. Where the bank still lets the customer
 * cancel it, the skill asks whether to; where it does not (a move between own accounts, a card
 * payment, a bank without an undo window), it says so. Never a goodbye with the money on its way.
 * A second transfer said with the first ("and thirty to Bob") is taken up when its payee is named.
 */
import { conversationSpeech } from '../conversation/speech';
import type { Flow } from '../pipeline/flow';
import type { LinkedContext, Outcome } from '../pipeline/intent-handler';
import { answerAndContinue, ask, askAgain, tell } from '../pipeline/reply-builders';
import { transferSpeech } from './speech';
import { undoLastTransfer } from './undo';
import { isHeard } from '../pipeline/turn';
import { applyAnswer } from './apply-answer';
import { loadDraft, UNREADABLE } from './draft';
import { matchPayees } from './payee-match';
import { loadView } from './transfer-view';
import { carriesValue } from '../pipeline/empty-answer';
import { anythingElseFlow } from '../conversation/anything-else.flow';

/** The intents a customer takes up the second transfer with: "now the one to Bob", "send Bob his thirty". */
const TAKES_UP = new Set(['ProvidePayee', 'Transfer']);

/**
 * Right after the first transfer, a turn naming the second one's payee takes it up: the dialog
 * goes on with that draft, with anything else said in the turn ("forty, not thirty") merged.
 * Undefined when the turn names someone else, or the draft is gone.
 */
async function takeUpNextTransfer(ctx: LinkedContext, draftId: string): Promise<Outcome | undefined> {
  const said = ctx.turn.slots.payee;
  if (!TAKES_UP.has(ctx.turn.intent) || !isHeard(said)) return undefined;
  const draft = await loadDraft(ctx.deps.store, draftId, ctx.session.customer.id);
  if (!draft || draft === UNREADABLE || !draft.payeeId) return undefined;
  const view = await loadView(ctx);
  if (!view.ok) return view;
  const matched = matchPayees(said.value, view.value.payees);
  if (matched.length !== 1 || matched[0]?.id !== draft.payeeId) return undefined;
  const { payee: _payee, ...rest } = ctx.turn.slots;
  return applyAnswer(ctx, draft, view.value, rest);
}

/** After "Done... Is there anything else?" that ends a transfer. */
export const afterTransferFlow: Flow<'after-transfer'> = {
  async intercept(ctx, awaiting) {
    const intent = ctx.turn.intent;
    const t = transferSpeech(ctx.turn.locale);
    // "Now the one to Bob", after "twenty to Anna and thirty to Bob": the second transfer, taken up.
    const next = awaiting.next && ctx.session ? await takeUpNextTransfer({ ...ctx, session: ctx.session }, awaiting.next) : undefined;
    if (next) return next;
    // "Oops, wrong amount", "no, make it sixty", "to the other Anna": a correction of the
    // transfer just made. It is never a new transfer, which would send the money twice.
    // An account named alone ("my savings") stays the balance question it is everywhere else.
    const correction = intent === 'ProvideAmount' || intent === 'ProvidePayee' || (intent === 'ProvideAccount' && !carriesValue(ctx.turn));
    if (awaiting.final && (intent === 'Cancel' || intent === 'CancelTransfer' || correction)) {
      return answerAndContinue(ctx, t.cannotUndo(awaiting.final));
    }
    if (intent === 'Cancel' || correction) {
      ctx.conversation.awaiting = { kind: 'undo-offer' };
      return ask(correction ? `${t.alreadySent()} ${t.offerUndo()}` : t.offerUndo(), t.offerUndo());
    }
    return anythingElseFlow.intercept(ctx, { kind: 'anything-else' });
  },
};

/** The answer to "Do you want me to cancel the transfer you just made?". */
async function decide(ctx: LinkedContext): Promise<Outcome | undefined> {
  const intent = ctx.turn.intent;
  if (intent === 'Yes' || intent === 'Cancel' || intent === 'CancelTransfer') {
    ctx.conversation.awaiting = undefined;
    return undoLastTransfer(ctx);
  }
  if (intent === 'No' || intent === 'Stop') {
    ctx.conversation.awaiting = undefined;
    return intent === 'Stop' ? tell(conversationSpeech(ctx.turn.locale).goodbye()) : answerAndContinue(ctx, transferSpeech(ctx.turn.locale).undoKept());
  }
  return undefined;
}

/** After "Do you want me to cancel the transfer you just made?": yes undoes it, no keeps it. */
export const undoOfferFlow: Flow<'undo-offer'> = {
  async intercept(ctx) {
    return ctx.session ? decide({ ...ctx, session: ctx.session }) : undefined;
  },
  help: (ctx) => transferSpeech(ctx.turn.locale).undoHelp(),
  async resume(ctx, _awaiting, after) {
    ctx.conversation.awaiting = { kind: 'undo-offer' };
    return askAgain(ctx, after, ask(transferSpeech(ctx.turn.locale).offerUndo()));
  },
};
