import { isDiscreet, setDiscreet } from '../insights/discreet-mode';
import { SWITCH_WORDS } from '../speech/insights/switch-words';
import { matchWords } from '../speech/insights/word-match';
import { linked } from './handler';
import { answerAndContinue } from './replies';

/** "Turn on discreet mode", "turn it off", "is discreet mode on?". */
export const discreetModeHandler = linked(async (ctx) => {
  const customer = ctx.session.customer.id;
  const was = await isDiscreet(ctx.deps.store, customer);
  const wanted = matchWords(ctx.turn.slots.state, SWITCH_WORDS[ctx.turn.locale]);
  if (wanted.kind !== 'matched') return answerAndContinue(ctx, ctx.speech.discreetMode(was ? 'on' : 'off', false));
  const on = wanted.id === 'on';
  await setDiscreet(ctx.deps.store, customer, on);
  return answerAndContinue(ctx, ctx.speech.discreetMode(wanted.id, on !== was));
});
