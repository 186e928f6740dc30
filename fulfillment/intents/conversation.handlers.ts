/** The handlers that steer the conversation rather than the money: help, stop, yes, no... */
import { ok } from '../result';
import { open } from './handler';
import { ask, tell } from './replies';

/** "Help": what the skill can do, then listen. */
export const helpHandler = open(async (ctx) => {
  const { bank } = ctx.deps;
  const can = { transactions: Boolean(bank.transactions), transfers: Boolean(bank.transfers), cards: Boolean(bank.cards), alerts: Boolean(bank.alerts) };
  return ask(ctx.speech.help(can), ctx.speech.whatNext());
});

/** "Stop" and "cancel" with nothing pending: say goodbye. */
export const goodbyeHandler = open(async (ctx) => tell(ctx.speech.goodbye()));

/** Words the model matched to no intent. */
export const fallbackHandler = open(async (ctx) => ask(ctx.speech.fallback(), ctx.speech.whatNext()));

/** "Yes" that no open question took: there is nothing to confirm. */
export const yesHandler = open(async (ctx) => ask(ctx.speech.nothingToConfirm(), ctx.speech.whatNext()));

/** "No" that no open question took: acknowledged, nothing changes. */
export const noHandler = open(async (ctx) => ask(ctx.speech.nothingToDecline(), ctx.speech.whatNext()));

/** The platform ended the session: forget the conversation, say nothing. */
export const sessionEndHandler = open(async () => ok({ type: 'end' }));
