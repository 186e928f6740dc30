import { linked } from './handler';
import { ask } from './replies';

/** Opening the skill: greet the linked customer by first name and say what they can do. */
export const launchHandler = linked(async (ctx) =>
  ask(ctx.speech.welcome(ctx.session.customer.firstName), ctx.speech.whatNext()),
);
