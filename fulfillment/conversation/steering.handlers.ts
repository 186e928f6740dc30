/** The handlers that steer the conversation rather than the money: help, stop, yes, no, repeat, start over. */
import { ok } from '../kit/result';
import { open } from '../pipeline/intent-handler';
import { ask, tell, sayThenAskWhatNext } from '../pipeline/reply-builders';
import { conversationSpeech } from './speech';

/** "Help": what the skill can do, then listen. */
export const helpHandler = open(async (ctx) => {
  const { bank } = ctx.deps;
  const can = { transactions: Boolean(bank.transactions), transfers: Boolean(bank.transfers), undo: Boolean(bank.transfers?.cancel), cards: Boolean(bank.cards), alerts: Boolean(bank.alerts) };
  return ask(conversationSpeech(ctx.turn.locale).help(can), ctx.speech.whatNext());
});

/** "Stop" and "cancel" with nothing pending: say goodbye. */
export const goodbyeHandler = open(async (ctx) => tell(conversationSpeech(ctx.turn.locale).goodbye()));

/** Words the model matched to no intent. */
export const fallbackHandler = open(async (ctx) => sayThenAskWhatNext(ctx, conversationSpeech(ctx.turn.locale).fallback()));

/** "Yes" that no open question took: there is nothing to confirm. */
export const yesHandler = open(async (ctx) => sayThenAskWhatNext(ctx, conversationSpeech(ctx.turn.locale).nothingToConfirm()));

/** "The second one" that no open question took: there is no list to choose from. */
export const chooseHandler = open(async (ctx) => sayThenAskWhatNext(ctx, conversationSpeech(ctx.turn.locale).nothingToChoose()));

/**
 * "No" that no open question took: acknowledged, nothing changes. To "what would you like to
 * do?" it says there is nothing: a goodbye, never the same question again.
 */
export const noHandler = open(async (ctx) => {
  const t = conversationSpeech(ctx.turn.locale);
  const asked = ctx.conversation.lastSaid?.reprompt;
  if (asked === ctx.speech.whatNext() || asked === ctx.speech.whatNextAsked()) return tell(t.goodbye());
  return ask(t.nothingToDecline(), ctx.speech.whatNext());
});

/** The platform ended the session: forget the conversation, say nothing. */
export const sessionEndHandler = open(async () => ok({ type: 'end' }));

/** "Repeat that": the last question again, without the words that led into it ("Take your time."), which said again would answer nothing. */
export const repeatHandler = open(async (ctx) => {
  const last = ctx.conversation.lastSaid;
  if (!last) return ask(ctx.speech.whatNext());
  const leads = [ctx.speech.takeYourTime(), ctx.speech.stillHere(), ctx.speech.didNotGet()];
  const lead = leads.find((l) => last.speech.startsWith(`${l} `));
  return ask(lead ? last.speech.slice(lead.length + 1) : last.speech, last.reprompt);
});

/** "Hold on", "ähm": the last question again, after a word that there is time; nothing changes. */
export const waitHandler = open(async (ctx) => {
  const question = ctx.conversation.lastSaid?.reprompt ?? ctx.speech.whatNext();
  return ask(`${ctx.speech.takeYourTime()} ${question}`, question);
});

/** "Start over" with nothing under way. */
export const startOverHandler = open(async (ctx) => ask(ctx.speech.whatNext()));
