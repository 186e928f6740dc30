import { isoDay, isoDaysBefore } from '../kit/clock';
import { nameSpan, readPeriod, type Period } from './period';
import type { HandlerContext, Outcome } from '../pipeline/intent-handler';
import { answerAndContinue, sayThenAskWhatNext } from '../pipeline/reply-builders';
import { insightsSpeech } from './speech';

/** A period wholly before the first day the bank's history holds. */
export const BEFORE_HISTORY = 'before-history';

/**
 * The period a turn's `period` and `until` slots name, against the injected clock, within what
 * the bank keeps: a period that starts before the bank's history starts there ("in August" from
 * August 23 on), one that ends after today ends today ("this year" up to today), and one wholly
 * before the history is `before-history`, never a total of nothing.
 */
export function periodOfTurn(ctx: HandlerContext): Period | 'unreadable' | typeof BEFORE_HISTORY | undefined {
  const { period, until } = ctx.turn.slots;
  const now = ctx.deps.clock.now();
  const heard = readPeriod(period?.id ?? period?.value, until?.id ?? until?.value, now, ctx.turn.locale);
  if (!heard || heard === 'unreadable') return heard;
  const first = historyStart(ctx);
  if (first && heard.to < first) return BEFORE_HISTORY;
  const today = isoDay(now);
  const from = first && heard.from < first ? first : heard.from;
  // A named period ("this month") keeps its name; a range or a year is cut at today.
  const to = heard.name.kind === 'range' && heard.to > today ? today : heard.to;
  return from === heard.from && to === heard.to ? heard : nameSpan(from, to, now, ctx.turn.locale);
}

/** Whether a period can be counted: read, and not wholly before the bank's history (or none named). */
export const isCountable = (period: ReturnType<typeof periodOfTurn>): period is Period | undefined => period !== 'unreadable' && period !== BEFORE_HISTORY;

/**
 * The answer to a period that cannot be counted: dates not understood (asked again), or before
 * the bank's history, an answer like any other that ends by asking what else.
 */
export function periodRefused(ctx: HandlerContext, period: 'unreadable' | typeof BEFORE_HISTORY): Outcome {
  const t = insightsSpeech(ctx.turn.locale);
  if (period === 'unreadable') return sayThenAskWhatNext(ctx, t.periodNotUnderstood());
  return answerAndContinue(ctx, t.beforeHistory(historyStart(ctx) ?? ''));
}

/** The first day the bank's history holds, when the bank says how far back it goes. */
export function historyStart(ctx: HandlerContext): string | undefined {
  const days = ctx.deps.bank.transactions?.historyDays;
  return days ? isoDaysBefore(ctx.deps.clock.now(), days - 1) : undefined;
}
