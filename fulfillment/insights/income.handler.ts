import { isIncome, totalsOf, transactionsBetween } from './history';
import { isoDay } from '../kit/clock';
import { linked } from '../pipeline/intent-handler';
import { periodOfTurn } from './period-slots';
import { answerAndContinue, ask } from '../pipeline/reply-builders';
import { insightsSpeech } from './speech';

/**
 * "When did my salary come in": the latest deposit; with a period ("last month"), what came
 * in during it.
 */
export const incomeHandler = linked(async (ctx) => {
  const period = periodOfTurn(ctx);
  if (period === 'unreadable') return ask(insightsSpeech(ctx.turn.locale).periodNotUnderstood(), ctx.speech.whatNext());
  const history = await transactionsBetween(ctx, period?.from, period?.to);
  if (!history.ok) return history;
  const deposits = history.value.filter(isIncome);
  const [latest] = deposits;
  if (!latest) return answerAndContinue(ctx, insightsSpeech(ctx.turn.locale).noIncome(period?.name));
  if (!period) return answerAndContinue(ctx, insightsSpeech(ctx.turn.locale).lastDeposit(latest, isoDay(ctx.deps.clock.now())));
  return answerAndContinue(ctx, insightsSpeech(ctx.turn.locale).income(totalsOf(deposits), deposits.length, period.name));
});
