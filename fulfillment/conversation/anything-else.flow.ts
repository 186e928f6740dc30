import { ask, tell } from '../pipeline/reply-builders';
import type { Flow } from '../pipeline/flow';
import { conversationSpeech } from './speech';

/** After "Is there anything else?": yes goes on, no says goodbye, anything else is a new request. */
export const anythingElseFlow: Flow<'anything-else'> = {
  async intercept(ctx) {
    if (ctx.turn.intent === 'Yes') {
      ctx.conversation.awaiting = undefined;
      return ask(conversationSpeech(ctx.turn.locale).whatElse(), ctx.speech.whatNext());
    }
    if (ctx.turn.intent === 'No') {
      ctx.conversation.awaiting = undefined;
      return tell(conversationSpeech(ctx.turn.locale).goodbye());
    }
    return undefined;
  },
};
