import { askAboutAlert, unreviewedAlert } from '../cards/fraud-question';
import { linked } from '../pipeline/intent-handler';
import { withPayeeEntities } from '../transfers/payee-entities';
import { ask } from '../pipeline/reply-builders';
import { conversationSpeech } from './speech';

/**
 * Opening the skill: greet the linked customer by first name and say what they can do; when
 * the bank reports an unreviewed suspicious purchase, ask about it first. A bank without
 * alerts, or one that does not answer, does not stand in the way of the greeting. The reply
 * carries the customer's payee names, so the platform hears them for the rest of the session.
 */
export const launchHandler = linked(async (ctx) => {
  const alert = await unreviewedAlert(ctx);
  if (alert.ok && alert.value) return withPayeeEntities(ctx, await askAboutAlert(ctx, alert.value, true));
  return withPayeeEntities(ctx, ask(conversationSpeech(ctx.turn.locale).welcome(ctx.session.customer.firstName), ctx.speech.whatNext()));
});
