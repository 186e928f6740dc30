import type { HandlerContext, Outcome } from './intent-handler';
import type { Awaiting, AwaitingKind } from './awaiting';

/**
 * Why a flow puts its question again: a question answered in passing, an answer not
 * understood, a customer who asked for a moment ("hold on"), one who asked for help with it, or
 * one who said yes right after saying no to it ("ach doch").
 */
export type ResumeReason = 'answered-in-passing' | 'not-understood' | 'waited' | 'helped' | 'reconsidered' | 'thanked' | 'started-over' | 'greeted';

/**
 * A multi-turn flow: while the conversation awaits its question, every turn is offered to it
 * first. It returns an outcome to answer the turn itself, or undefined to let the intent's own
 * handler run. The open question is then dropped, unless the flow can resume: after a question
 * answered in passing ("what's my balance?" in the middle of a transfer), or an answer nobody
 * understood, the pipeline asks the flow to put its question again.
 */
export interface Flow<K extends AwaitingKind> {
  intercept(ctx: HandlerContext, awaiting: Extract<Awaiting, { kind: K }>): Promise<Outcome | undefined>;
  /**
   * Puts the open question again, acting on nothing, and sets the conversation's awaiting
   * again; `after` says why, so the flow can lead in with the right words. Undefined when there
   * is nothing left to resume.
   */
  resume?(ctx: HandlerContext, awaiting: Extract<Awaiting, { kind: K }>, after: ResumeReason): Promise<Outcome | undefined>;
  /** What the open question asks and how to answer it: said before it again when the customer asks for help. */
  help?(ctx: HandlerContext, awaiting: Extract<Awaiting, { kind: K }>): string;
}
