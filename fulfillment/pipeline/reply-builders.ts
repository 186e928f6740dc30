/** Small builders for the replies handlers give most often. */
import type { Reply } from './reply';
import { ok } from '../kit/result';
import type { HandlerContext, Outcome } from './intent-handler';

/** Answers, then asks "anything else?" and remembers that question for "yes" and "no". */
export function answerAndContinue(ctx: HandlerContext, answer: string): Outcome {
  ctx.conversation.awaiting = { kind: 'anything-else' };
  return ok({ type: 'ask', speech: `${answer} ${ctx.speech.anythingElse()}`, reprompt: ctx.speech.anythingElse() });
}

/** Asks a question, repeating it as the reprompt unless another is given. */
export function ask(speech: string, reprompt: string = speech, choices?: readonly string[]): Outcome {
  const reply: Reply = choices ? { type: 'ask', speech, reprompt, choices } : { type: 'ask', speech, reprompt };
  return ok(reply);
}

/** Says something and ends the conversation. */
export function tell(speech: string): Outcome {
  return ok({ type: 'tell', speech });
}
