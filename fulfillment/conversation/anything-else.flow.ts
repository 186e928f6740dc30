import { ask, tell } from '../pipeline/reply-builders';
import type { Flow } from '../pipeline/flow';
import { conversationSpeech } from './speech';

/**
 * After "Is there anything else?": yes goes on, no says goodbye, anything else is a new request.
 * Right after a cancel, "actually, send it after all" reaches here as a yes: "Sure." would sound as
 * if the money were going after all, so the customer hears that the cancel stands.
 */
export const anythingElseFlow: Flow<'anything-else'> = {
  async intercept(ctx, awaiting) {
    if (ctx.turn.intent === 'Yes') {
      ctx.conversation.awaiting = undefined;
      const t = conversationSpeech(ctx.turn.locale);
      return ask(awaiting.afterUndo ? t.whatElseAfterUndo() : t.whatElse(), ctx.speech.whatNext());
    }
    if (ctx.turn.intent === 'No') {
      ctx.conversation.awaiting = undefined;
      return tell(conversationSpeech(ctx.turn.locale).goodbye());
    }
    return undefined;
  },
};
