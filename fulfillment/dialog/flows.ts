import type { HandlerContext, Outcome } from '../intents/handler';
import type { Awaiting, AwaitingKind } from './awaiting';
import { anythingElseFlow } from './anything-else.flow';
import { cardChangeFlow } from './card-change.flow';
import type { Flow } from './flow';
import { fraudCheckFlow } from './fraud-check.flow';
import { moreTransactionsFlow } from './more-transactions.flow';
import { transferFlow } from './transfer.flow';

/** One flow per kind of open question; a missing one does not compile. */
export const FLOWS: { readonly [K in AwaitingKind]: Flow<K> } = {
  'anything-else': anythingElseFlow,
  'more-transactions': moreTransactionsFlow,
  'fraud-check': fraudCheckFlow,
  'card-change': cardChangeFlow,
  transfer: transferFlow,
};

/** Offers a turn to the flow that owns the open question, if any. */
export function interceptByFlow(ctx: HandlerContext): Promise<Outcome | undefined> {
  const awaiting = ctx.conversation.awaiting;
  if (!awaiting) return Promise.resolve(undefined);
  const flow = FLOWS[awaiting.kind] as Flow<AwaitingKind>;
  return flow.intercept(ctx, awaiting as Extract<Awaiting, { kind: AwaitingKind }>);
}
