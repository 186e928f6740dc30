import { ask, tell } from '../intents/replies';
import type { Flow } from './flow';

/** After "Is there anything else?": yes goes on, no says goodbye, anything else is a new request. */
export const anythingElseFlow: Flow<'anything-else'> = {
  async intercept(ctx) {
    if (ctx.turn.intent === 'Yes') {
      ctx.conversation.awaiting = undefined;
      return ask(ctx.speech.whatElse(), ctx.speech.whatNext());
    }
    if (ctx.turn.intent === 'No') {
      ctx.conversation.awaiting = undefined;
      return tell(ctx.speech.goodbye());
    }
    return undefined;
  },
};
