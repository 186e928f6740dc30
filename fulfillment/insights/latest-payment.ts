/**
 * "When was I last at Starbucks", "what was my last grocery purchase": the most recent payment,
 * at a merchant or in a category, in a period or in all the history the bank keeps.
 */
import type { CategoryId } from './category-words';
import type { LinkedContext, Outcome } from '../pipeline/intent-handler';
import { answerAndContinue, withFacts } from '../pipeline/reply-builders';
import { foreign } from '../pipeline/facts';
import { isoDay } from '../kit/clock';
import { paymentFact, spendingAsked, transactionsBetween } from './history';
import type { Period } from './period';
import { insightsSpeech } from './speech';
import { BACK } from '../pipeline/conversation-state';

/** The most recent payment asked about (on one account, when one is named), said with its amount and day. */
export async function latestPayment(ctx: LinkedContext, period: Period | undefined, category: CategoryId | undefined, accountId?: string): Promise<Outcome> {
  const history = await transactionsBetween(ctx, period?.from, period?.to);
  if (!history.ok) return history;
  // The history comes newest first; "on my credit card" is that account's alone.
  const onAccount = accountId ? history.value.filter((t) => t.accountId === accountId) : history.value;
  const { spent, merchantName } = spendingAsked(ctx, onAccount, category);
  // "And the one before that?": as many payments back as asked for, one more each time.
  const said = Number(ctx.turn.slots[BACK]?.value ?? '0');
  const back = Number.isInteger(said) && said > 0 ? said : 0;
  const latest = spent[back];
  const today = isoDay(ctx.deps.clock.now());
  const facts = {
    kind: 'spending' as const,
    span: period ? { from: period.from, to: period.to } : { from: history.value.at(-1)?.date ?? today, to: today },
    count: spent.length,
    ...(merchantName ? { merchant: foreign(merchantName) } : {}),
    ...(category ? { category } : {}),
    ...(latest ? { latest: paymentFact(latest) } : {}),
  };
  const asked = { ...(period ? { period: period.name } : {}), ...(merchantName ? { merchant: merchantName } : {}), ...(category ? { category } : {}), ...(back > 0 ? { earlier: true } : {}) };
  const t = insightsSpeech(ctx.turn.locale);
  const told = t.latestPayment(asked, latest, today);
  return withFacts(answerAndContinue(ctx, told), facts, { said: told, instead: t.latestPayment(asked, latest, today, true), history: true });
}
