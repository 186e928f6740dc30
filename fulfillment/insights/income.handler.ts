import { isIncome, totalsOf, transactionsBetween } from './history';
import { isoDay } from '../kit/clock';
import { linked } from '../pipeline/intent-handler';
import { isCountable, periodOfTurn, periodRefused } from './period-slots';
import { answerAndContinue, withFacts } from '../pipeline/reply-builders';
import { foreign } from '../pipeline/facts';
import { insightsSpeech } from './speech';

/**
 * "When did my salary come in": the latest deposit; with a period ("last month"), what came
 * in during it.
 */
export const incomeHandler = linked(async (ctx) => {
  const period = periodOfTurn(ctx);
  if (!isCountable(period)) return periodRefused(ctx, period);
  const history = await transactionsBetween(ctx, period?.from, period?.to);
  if (!history.ok) return history;
  const deposits = history.value.filter(isIncome);
  const [latest] = deposits;
  const span = period ? { span: { from: period.from, to: period.to } } : {};
  if (!latest) return withFacts(answerAndContinue(ctx, insightsSpeech(ctx.turn.locale).noIncome(period?.name)), { kind: 'income', ...span, count: 0 });
  if (!period) {
    const facts = { kind: 'income' as const, count: 1, latest: { date: latest.date, amount: latest.amount, from: foreign(latest.merchant ?? latest.description), pending: latest.status === 'pending' } };
    return withFacts(answerAndContinue(ctx, insightsSpeech(ctx.turn.locale).lastDeposit(latest, isoDay(ctx.deps.clock.now()))), facts);
  }
  const totals = totalsOf(deposits);
  return withFacts(answerAndContinue(ctx, insightsSpeech(ctx.turn.locale).income(totals, deposits.length, period.name)), { kind: 'income', ...span, totals, count: deposits.length });
});
