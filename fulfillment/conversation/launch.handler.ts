import { askAboutAlert, unreviewedAlert } from '../cards/fraud-question';
import { linked } from '../pipeline/intent-handler';
import { withPayeeEntities } from '../transfers/payee-entities';
import { ask } from '../pipeline/reply-builders';
import { conversationSpeech } from './speech';
import { learnOutcomes } from '../transfers/unresolved';

/**
 * Opening the skill: greet the linked customer by first name and say what they can do; when
 * the bank reports an unreviewed suspicious purchase, ask about it first. A bank without
 * alerts, or one that does not answer, does not stand in the way of the greeting. The reply
 * carries the customer's payee names, so the platform hears them for the rest of the session.
 * A transfer the bank had not confirmed last time is looked up first, and its outcome said.
 */
export const launchHandler = linked(async (ctx) => {
  const { said } = await learnOutcomes(ctx);
  const alert = await unreviewedAlert(ctx);
  if (alert.ok && alert.value && said.length === 0) return withPayeeEntities(ctx, await askAboutAlert(ctx, alert.value, true));
  const welcome = conversationSpeech(ctx.turn.locale).welcome(ctx.session.customer.firstName);
  return withPayeeEntities(ctx, ask([...said, welcome].join(' '), ctx.speech.whatNext()));
});
