/**
 * "I think so", "ich glaube schon": a yes with a doubt in it. To a transfer's questions it is a
 * yes (the read-back and the PIN still come after it); to "did you make this purchase?", and to
 * "do you mean you made it after all?", it is no answer: a doubtful yes would clear a purchase
 * flagged as fraud, so the customer hears what to do when unsure, and the question again.
 */
import type { Conversation } from './conversation-state';
import type { Turn } from './turn';

/** The turn, with a hedged yes made a Yes, or at the fraud question an answer not understood. */
export function hedgedYes(turn: Turn, conversation: Conversation): Turn {
  if (turn.intent !== 'ProbablyYes') return turn;
  const open = conversation.awaiting;
  const aboutFraud = open?.kind === 'fraud-check' || (open?.kind === 'fraud-reported' && open.checking === true);
  return { ...turn, intent: aboutFraud ? 'Fallback' : 'Yes' };
}
