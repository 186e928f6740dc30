/** The handlers that steer the conversation rather than the money: help, stop, yes, no... */
import { ok } from '../result';
import { open } from './handler';
import { ask, tell } from './replies';

/** "Help": what the skill can do, then listen. */
export const helpHandler = open(async (ctx) => {
  ctx.conversation.awaiting = undefined;
  return ask(ctx.speech.help(), ctx.speech.whatNext());
});

/** "Stop" and "cancel" with nothing pending: say goodbye. */
export const goodbyeHandler = open(async (ctx) => {
  ctx.conversation.awaiting = undefined;
  return tell(ctx.speech.goodbye());
});

/** Words the model matched to no intent. */
export const fallbackHandler = open(async (ctx) => ask(ctx.speech.fallback(), ctx.speech.whatNext()));

/** "Yes": to "anything else?" it means go on; with nothing pending it is explained. */
export const yesHandler = open(async (ctx) => {
  const wasAsked = ctx.conversation.awaiting === 'anything-else';
  ctx.conversation.awaiting = undefined;
  return wasAsked ? ask(ctx.speech.whatElse(), ctx.speech.whatNext()) : ask(ctx.speech.nothingToConfirm(), ctx.speech.whatNext());
});

/** "No": to "anything else?" it means goodbye; with nothing pending it is acknowledged. */
export const noHandler = open(async (ctx) => {
  const wasAsked = ctx.conversation.awaiting === 'anything-else';
  ctx.conversation.awaiting = undefined;
  return wasAsked ? tell(ctx.speech.goodbye()) : ask(ctx.speech.nothingToDecline(), ctx.speech.whatNext());
});

/** The platform ended the session: forget the conversation, say nothing. */
export const sessionEndHandler = open(async (ctx) => {
  ctx.conversation.awaiting = undefined;
  return ok({ type: 'end' });
});
