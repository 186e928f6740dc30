import { isDiscreet, setDiscreet } from './discreet-mode';
import { SWITCH_WORDS } from './switch-words';
import { matchWords } from '../pipeline/word-match';
import { linked } from '../pipeline/intent-handler';
import { answerAndContinue, withFacts } from '../pipeline/reply-builders';
import { discreetSpeech } from './speech';

/** "Turn on discreet mode", "turn it off", "is discreet mode on?". */
export const discreetModeHandler = linked(async (ctx) => {
  const customer = ctx.session.customer.id;
  const was = await isDiscreet(ctx.deps.store, customer);
  const wanted = matchWords(ctx.turn.slots.state, SWITCH_WORDS[ctx.turn.locale]);
  if (wanted.kind !== 'matched') return withFacts(answerAndContinue(ctx, discreetSpeech(ctx.turn.locale).discreetMode(was ? 'on' : 'off', false)), { kind: 'discreet-mode', on: was });
  const on = wanted.id === 'on';
  await setDiscreet(ctx.deps.store, customer, on);
  return withFacts(answerAndContinue(ctx, discreetSpeech(ctx.turn.locale).discreetMode(wanted.id, on !== was)), { kind: 'discreet-mode', on });
});
