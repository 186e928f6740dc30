/** "How much can I send today?": the voice channel's limits, answered in passing. */
import { linked } from '../pipeline/intent-handler';
import { answerAndContinue, withFacts } from '../pipeline/reply-builders';
import { limitsLeft } from './limits';
import { transferSpeech } from './speech';
import { homeCurrency, loadView } from './transfer-view';

/**
 * The most one voice transfer may carry, the daily limit and what is left of it today, and the
 * hourly count: in the currency the customer's transfers are heard in. A question asked in the
 * middle of a transfer is answered and the transfer's question comes back.
 */
export const transferLimitsHandler = linked(async (ctx) => {
  const view = await loadView(ctx);
  if (!view.ok) return view;
  const { store, transferPolicy, clock } = ctx.deps;
  const left = await limitsLeft(store, transferPolicy, ctx.session.customer.id, homeCurrency(view.value), clock.now());
  return withFacts(answerAndContinue(ctx, transferSpeech(ctx.turn.locale).limits(left)), { kind: 'limits', ...left });
});
