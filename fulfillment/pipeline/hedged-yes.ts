/**
 * "I think so", "probably", "ich glaube schon": a yes with a doubt in it. Where a yes moves money
 * or changes a card it is no answer: to a transfer's questions and to "lock your card?" the
 * customer hears that a clear yes is needed, and the question again (the flows read ProbablyYes;
 * the offer to undo a transfer as well);
 * to "did you make this purchase?" and its "after all?" check, what to do when unsure. Elsewhere
 * ("is there anything else?") it is a yes.
 */
import type { Conversation } from './conversation-state';
import type { Turn } from './turn';

/** Questions whose flow answers a hedged yes itself: a clear yes is asked for. */
const ASKS_CLEAR_YES: ReadonlySet<string> = new Set(['transfer', 'card-change', 'undo-offer']);

/** Whether the open question asks a fact about a purchase: "did you make it?", or "did you make it after all?". */
export function asksAboutPurchase(conversation: Conversation): boolean {
  const open = conversation.awaiting;
  return open?.kind === 'fraud-check' || (open?.kind === 'fraud-reported' && open.checking === true);
}

/** The turn as its question reads a hedged yes: left for the flow, no answer at the fraud question, or a Yes. */
export function hedgedYes(turn: Turn, conversation: Conversation): Turn {
  if (turn.intent !== 'ProbablyYes') return turn;
  const open = conversation.awaiting;
  if (open && ASKS_CLEAR_YES.has(open.kind)) return turn;
  return { ...turn, intent: asksAboutPurchase(conversation) ? 'Fallback' : 'Yes' };
}
