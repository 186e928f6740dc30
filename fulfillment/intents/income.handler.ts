import { isIncome, totalsOf, transactionsBetween } from '../insights/history';
import { isoDay } from '../insights/period';
import { linked } from './handler';
import { periodOfTurn } from './period-slots';
import { answerAndContinue, ask } from './replies';

/**
 * "When did my salary come in": the latest deposit; with a period ("last month"), what came
 * in during it.
 */
export const incomeHandler = linked(async (ctx) => {
  const period = periodOfTurn(ctx);
  if (period === 'unreadable') return ask(ctx.speech.periodNotUnderstood(), ctx.speech.whatNext());
  const history = await transactionsBetween(ctx, period?.from, period?.to);
  if (!history.ok) return history;
  const deposits = history.value.filter(isIncome);
  const [latest] = deposits;
  if (!latest) return answerAndContinue(ctx, ctx.speech.noIncome(period?.name));
  if (!period) return answerAndContinue(ctx, ctx.speech.lastDeposit(latest, isoDay(ctx.deps.clock.now())));
  return answerAndContinue(ctx, ctx.speech.income(totalsOf(deposits), deposits.length, period.name));
});
