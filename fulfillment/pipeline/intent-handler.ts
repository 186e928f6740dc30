/** The shape of an intent handler and what it is given. */
import type { BankError } from '../banks/bank-error';
import type { BankSession } from '../banks/bank-types';
import type { Conversation } from './conversation-state';
import type { CoreDeps } from './core-deps';
import type { Reply } from './reply';
import type { Result } from '../kit/result';
import type { CommonSpeech } from '../speech/common';
import type { Turn } from './turn';

/** A handler's answer: a reply, or an expected bank failure that the pipeline speaks. */
export type Outcome = Result<Reply, BankError>;

/** What every handler gets. `conversation` may be changed in place; the pipeline saves it. */
export interface HandlerContext {
  readonly turn: Turn;
  readonly speech: CommonSpeech;
  readonly deps: CoreDeps;
  readonly conversation: Conversation;
  /** The linked customer, when the turn carried a valid access token. */
  readonly session?: BankSession;
}

/** What a handler that needs a linked customer gets. */
export interface LinkedContext extends HandlerContext {
  readonly session: BankSession;
}

/** A handler that works without a linked bank account (help, stop, fallback...). */
export interface OpenHandler {
  readonly access: 'open';
  handle(ctx: HandlerContext): Promise<Outcome>;
}

/** A handler that only runs for a linked customer; the pipeline asks to link otherwise. */
export interface LinkedHandler {
  readonly access: 'linked';
  handle(ctx: LinkedContext): Promise<Outcome>;
}

/** Either kind of handler. */
export type IntentHandler = OpenHandler | LinkedHandler;

/** Declares a handler that works without linking. */
export const open = (handle: OpenHandler['handle']): OpenHandler => ({ access: 'open', handle });

/** Declares a handler that needs a linked customer. */
export const linked = (handle: LinkedHandler['handle']): LinkedHandler => ({ access: 'linked', handle });
