import { largestOf, paymentFact, spendingAsked, totalsOf, transactionsBetween } from './history';
import { LARGEST_WORDS } from './largest-words';
import { isoDay } from '../kit/clock';
import { namedPeriod } from './period';
import { CATEGORY_WORDS } from './category-words';
import { matchWords } from '../pipeline/word-match';
import { linked } from '../pipeline/intent-handler';
import { periodOfTurn } from './period-slots';
import { answerAndContinue, ask, withFacts } from '../pipeline/reply-builders';
import { foreign } from '../pipeline/facts';
import { insightsSpeech } from './speech';
import { lastSentToPayee, sentToPayee } from './sent-to-payee';
import { latestPayment } from './latest-payment';
import { LATEST_WORDS } from './latest-words';

/**
 * "How much did I spend at Starbucks last month", "on groceries this week", "yesterday":
 * money going out, by merchant, category and period (this month when none is named); "how much
 * did I send to Bob" is what went to that payee; "what was my biggest purchase" its largest payment.
 */
export const spendingHandler = linked(async (ctx) => {
  const heardPeriod = periodOfTurn(ctx);
  if (heardPeriod === 'unreadable') return ask(insightsSpeech(ctx.turn.locale).periodNotUnderstood(), ctx.speech.whatNext());
  const category = matchWords(ctx.turn.slots.category, CATEGORY_WORDS[ctx.turn.locale]);
  if (category.kind === 'unknown') return ask(insightsSpeech(ctx.turn.locale).unknownCategory(category.heard), ctx.speech.whatNext());
  // "When was I last at Starbucks": the most recent payment, in all the history the bank keeps
  // unless a period is named.
  const askedLatest = matchWords(ctx.turn.slots.latest, LATEST_WORDS[ctx.turn.locale]).kind === 'matched';
  const period = heardPeriod ?? namedPeriod('this-month', ctx.deps.clock.now(), ctx.turn.locale);
  // "How much did I send to Bob": transfers to a payee, which spending leaves out.
  const payee = ctx.turn.slots.payee?.value.trim();
  if (payee) return askedLatest ? lastSentToPayee(ctx, payee, heardPeriod) : sentToPayee(ctx, payee, period);
  if (askedLatest) return latestPayment(ctx, heardPeriod, category.kind === 'matched' ? category.id : undefined);
  const history = await transactionsBetween(ctx, period.from, period.to);
  if (!history.ok) return history;
  const { spent, merchantName } = spendingAsked(ctx, history.value, category.kind === 'matched' ? category.id : undefined);
  const totals = totalsOf(spent);
  // "What was my biggest purchase last month": the largest single payment of that spending.
  const askedLargest = matchWords(ctx.turn.slots.largest, LARGEST_WORDS[ctx.turn.locale]).kind === 'matched';
  const largest = askedLargest ? largestOf(spent) : undefined;
  const facts = {
    kind: 'spending' as const,
    span: { from: period.from, to: period.to },
    ...(totals.length > 0 ? { totals } : {}),
    count: spent.length,
    ...(merchantName ? { merchant: foreign(merchantName) } : {}),
    ...(category.kind === 'matched' ? { category: category.id } : {}),
    ...(largest ? { largest: paymentFact(largest) } : {}),
  };
  const asked = {
    totals,
    count: spent.length,
    period: period.name,
    ...(merchantName ? { merchant: merchantName } : {}),
    ...(category.kind === 'matched' ? { category: category.id } : {}),
  };
  const speech = insightsSpeech(ctx.turn.locale);
  const said = askedLargest ? speech.largestPayment(asked, largest, isoDay(ctx.deps.clock.now())) : speech.spending(asked);
  return withFacts(answerAndContinue(ctx, said), facts);
});
