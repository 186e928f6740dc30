/**
 * "How much did I send to Bob last month": the money that went out to a payee in a period, found
 * by the payee's name in each transaction's counterparty or description. A name several payees
 * share ("Anna") is answered for each of them, never summed into one.
 */
import type { LinkedContext, Outcome } from '../pipeline/intent-handler';
import { answerAndContinue, withHistory, sayThenAskWhatNext } from '../pipeline/reply-builders';
import { ok } from '../kit/result';
import { isoDay } from '../kit/clock';
import type { Payee, Transaction } from '../banks/bank-types';
import { matchPayees } from '../transfers/payee-match';
import { heardAsWords } from '../pipeline/word-match';
import { transferSpeech } from '../transfers/speech';
import { sentTo, totalsOf, transactionsBetween } from './history';
import type { Period } from './period';
import { insightsSpeech } from './speech';

/** The payees a heard name fits, with what went out to each, newest first; or the reply when there is none to answer for. */
type SentToEach = { readonly kind: 'found'; readonly each: readonly { payee: Payee; sent: Transaction[] }[] } | { readonly kind: 'reply'; readonly reply: Outcome };

/** What went out to each payee a heard name fits, in a period (all the history read without one). */
async function sentToEach(ctx: LinkedContext, heard: string, period: Period | undefined): Promise<SentToEach> {
  const payees = await ctx.deps.bank.payees?.list(ctx.session);
  if (!payees) return { kind: 'reply', reply: ok({ type: 'tell', speech: ctx.speech.bankError({ kind: 'unsupported' }) }) };
  if (!payees.ok) return { kind: 'reply', reply: payees };
  const matched = matchPayees(heard, payees.value);
  if (matched.length === 0) {
    return { kind: 'reply', reply: sayThenAskWhatNext(ctx, transferSpeech(ctx.turn.locale).noSuchPayee(heardAsWords(heard), payees.value.map((p) => p.name))) };
  }
  const history = await transactionsBetween(ctx, period?.from, period?.to);
  if (!history.ok) return { kind: 'reply', reply: history };
  return { kind: 'found', each: matched.map((payee) => ({ payee, sent: sentTo(history.value, payee.name) })) };
}

/** What was sent to the payees a heard name fits, in a period. */
export async function sentToPayee(ctx: LinkedContext, heard: string, period: Period): Promise<Outcome> {
  const found = await sentToEach(ctx, heard, period);
  if (found.kind === 'reply') return found.reply;
  const answers = found.each.map(({ payee, sent }) => ({ payee: payee.name, totals: totalsOf(sent), count: sent.length, period: period.name }));
  return answerAndContinue(ctx, insightsSpeech(ctx.turn.locale).sent(answers));
}

/** "How much did I send Bob last time": the most recent transfer to each payee the name fits. */
export async function lastSentToPayee(ctx: LinkedContext, heard: string, period: Period | undefined): Promise<Outcome> {
  const found = await sentToEach(ctx, heard, period);
  if (found.kind === 'reply') return found.reply;
  // The history comes newest first.
  const answers = found.each.map(({ payee, sent }) => ({ payee: payee.name, ...(sent[0] ? { latest: sent[0] } : {}), ...(period ? { period: period.name } : {}) }));
  const t = insightsSpeech(ctx.turn.locale);
  const today = isoDay(ctx.deps.clock.now());
  const said = t.lastSent(answers, today);
  return withHistory(answerAndContinue(ctx, said), said, t.lastSent(answers, today, true));
}
