import type { HandlerContext, Outcome } from './pipeline/intent-handler';
import { askAfter } from './pipeline/reply-builders';
import type { Awaiting, AwaitingKind } from './pipeline/awaiting';
import { anythingElseFlow } from './conversation/anything-else.flow';
import { cardChangedFlow, cardChangeFlow } from './cards/card-change.flow';
import type { Flow, ResumeReason } from './pipeline/flow';
import { fraudCheckFlow } from './cards/fraud-check.flow';
import { fraudGenuineFlow, fraudReportedFlow } from './cards/fraud-reported.flow';
import { moreTransactionsFlow } from './insights/more-transactions.flow';
import { transferFlow } from './transfers/transfer.flow';
import { afterTransferFlow, undoOfferFlow } from './transfers/after-transfer.flow';
import { payeesListedFlow } from './transfers/payees-listed.flow';

/** One flow per kind of open question; a missing one does not compile. */
export const FLOWS: { readonly [K in AwaitingKind]: Flow<K> } = {
  'anything-else': anythingElseFlow,
  'more-transactions': moreTransactionsFlow,
  'fraud-check': fraudCheckFlow,
  'fraud-reported': fraudReportedFlow,
  'fraud-genuine': fraudGenuineFlow,
  'card-change': cardChangeFlow,
  'card-changed': cardChangedFlow,
  transfer: transferFlow,
  'after-transfer': afterTransferFlow,
  'undo-offer': undoOfferFlow,
  'payees-listed': payeesListedFlow,
};

/** Whether the flow that owns an open question can put it again. */
export function canResume(awaiting: Awaiting): boolean {
  return FLOWS[awaiting.kind].resume !== undefined;
}

/** Asks the flow that owned an open question to put it again. */
export function resumeFlow(ctx: HandlerContext, awaiting: Awaiting, after: ResumeReason): Promise<Outcome | undefined> {
  const flow = FLOWS[awaiting.kind] as Flow<AwaitingKind>;
  return flow.resume ? flow.resume(ctx, awaiting as Extract<Awaiting, { kind: AwaitingKind }>, after) : Promise.resolve(undefined);
}

/**
 * "Help" while a question is open: the flow's help with it, then the question again. Undefined
 * when the flow has no help of its own, so the general help answers, in passing.
 */
export async function helpWithQuestion(ctx: HandlerContext, awaiting: Awaiting): Promise<Outcome | undefined> {
  const flow = FLOWS[awaiting.kind] as Flow<AwaitingKind>;
  const help = flow.help?.(ctx, awaiting as Extract<Awaiting, { kind: AwaitingKind }>);
  if (!help) return undefined;
  const again = await resumeFlow(ctx, awaiting, 'helped');
  return again && askAfter(help, again);
}

/** Offers a turn to the flow that owns the open question, if any. */
export function interceptByFlow(ctx: HandlerContext): Promise<Outcome | undefined> {
  const awaiting = ctx.conversation.awaiting;
  if (!awaiting) return Promise.resolve(undefined);
  const flow = FLOWS[awaiting.kind] as Flow<AwaitingKind>;
  return flow.intercept(ctx, awaiting as Extract<Awaiting, { kind: AwaitingKind }>);
}
