/**
 * "Lock my credit card?" "No." "Ach doch." A yes right after a no to a yes-or-no question takes
 * the no back. Without this it answers "is there anything else?", and the customer hears "Sure"
 * with nothing done. The question declined is put again, not acted on: the customer's yes to
 * it is the one that locks the card or cancels the transfer.
 */
import type { Awaiting, AwaitingKind } from './pipeline/awaiting';
import { answeredCompletely, type Conversation } from './pipeline/conversation-state';
import type { HandlerContext, Outcome } from './pipeline/intent-handler';
import type { Turn } from './pipeline/turn';
import { resumeFlow } from './flow-table';

/** The yes-or-no questions a no to can be taken back: changing cards, undoing the transfer just made. */
const DECLINABLE: ReadonlySet<AwaitingKind> = new Set(['card-change', 'undo-offer']);

/**
 * Remembers the question a plain no just declined, for the next turn only. A question already put
 * again this way is not: a "yes" to "is there anything else?" after declining it twice means just that.
 */
export function rememberDeclined(conversation: Conversation, turn: Turn, asked: Awaiting | undefined, askedAgain: boolean): void {
  const declined = turn.intent === 'No' && !askedAgain && asked && DECLINABLE.has(asked.kind) && answeredCompletely(conversation);
  conversation.declined = declined ? asked : undefined;
}

/** The declined question put again, when the turn is a yes right after the no; undefined otherwise. */
export async function askDeclinedAgain(ctx: HandlerContext, declined: Awaiting | undefined): Promise<Outcome | undefined> {
  if (!declined || ctx.turn.intent !== 'Yes' || !answeredCompletely(ctx.conversation)) return undefined;
  ctx.conversation.awaiting = declined;
  const again = await resumeFlow(ctx, declined, 'reconsidered');
  if (again) ctx.conversation.askedAgain = true;
  return again;
}
