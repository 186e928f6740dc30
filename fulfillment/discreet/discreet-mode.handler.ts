import { isDiscreet, setDiscreet } from './discreet-mode';
import { SWITCH_WORDS, type Switch } from './switch-words';
import { matchWords } from '../pipeline/word-match';
import { linked } from '../pipeline/intent-handler';
import type { Turn } from '../pipeline/turn';
import { answerAndContinue, withFacts } from '../pipeline/reply-builders';
import { discreetSpeech } from './speech';

/**
 * What the customer wants of discreet mode: on or off by the intent said ("be discreet", "say
 * the amounts again") or by the word for it ("turn discreet mode off"); undefined for a question
 * about it, or a word for on or off that was not heard.
 */
function wanted(turn: Turn): Switch | undefined {
  if (turn.intent === 'DiscreetModeOn') return 'on';
  if (turn.intent === 'DiscreetModeOff') return 'off';
  if (turn.intent !== 'DiscreetMode') return undefined;
  const said = matchWords(turn.slots.state, SWITCH_WORDS[turn.locale]);
  return said.kind === 'matched' ? said.id : undefined;
}

/** "Turn on discreet mode", "be discreet", "say the amounts again", "is discreet mode on?". */
export const discreetModeHandler = linked(async (ctx) => {
  const customer = ctx.session.customer.id;
  const was = await isDiscreet(ctx.deps.store, customer);
  const wish = wanted(ctx.turn);
  if (!wish) return withFacts(answerAndContinue(ctx, discreetSpeech(ctx.turn.locale).discreetMode(was ? 'on' : 'off', false)), { kind: 'discreet-mode', on: was });
  const on = wish === 'on';
  await setDiscreet(ctx.deps.store, customer, on);
  return withFacts(answerAndContinue(ctx, discreetSpeech(ctx.turn.locale).discreetMode(wish, on !== was)), { kind: 'discreet-mode', on });
});
