import type { HandlerContext, Outcome } from './intent-handler';
import type { Awaiting, AwaitingKind } from './awaiting';

/**
 * A multi-turn flow: while the conversation awaits its question, every turn is offered to it
 * first. It returns an outcome to answer the turn itself, or undefined to let the intent's own
 * handler run (the open question is then dropped).
 */
export interface Flow<K extends AwaitingKind> {
  intercept(ctx: HandlerContext, awaiting: Extract<Awaiting, { kind: K }>): Promise<Outcome | undefined>;
}
