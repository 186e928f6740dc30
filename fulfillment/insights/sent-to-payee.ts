/**
 * "How much did I send to Bob last month": the money that went out to a payee in a period, found
 * by the payee's name in each transaction's counterparty or description. A name several payees
 * share ("Anna") is answered for each of them, never summed into one.
 */
import type { LinkedContext, Outcome } from '../pipeline/intent-handler';
import { answerAndContinue, ask } from '../pipeline/reply-builders';
import { ok } from '../kit/result';
import { matchPayees } from '../transfers/payee-match';
import { heardAsWords } from '../pipeline/word-match';
import { transferSpeech } from '../transfers/speech';
import { merchantMatches, totalsOf, transactionsBetween } from './history';
import type { Period } from './period';
import { insightsSpeech } from './speech';

/** What was sent to the payees a heard name fits, in a period. */
export async function sentToPayee(ctx: LinkedContext, heard: string, period: Period): Promise<Outcome> {
  const payees = await ctx.deps.bank.payees?.list(ctx.session);
  if (!payees) return ok({ type: 'tell', speech: ctx.speech.bankError({ kind: 'unsupported' }) });
  if (!payees.ok) return payees;
  const matched = matchPayees(heard, payees.value);
  if (matched.length === 0) {
    return ask(transferSpeech(ctx.turn.locale).noSuchPayee(heardAsWords(heard), payees.value.map((p) => p.name)), ctx.speech.whatNext());
  }
  const history = await transactionsBetween(ctx, period.from, period.to);
  if (!history.ok) return history;
  const answers = matched.map((payee) => {
    const sent = history.value.filter((t) => t.amount.minor < 0 && merchantMatches(t, payee.name));
    return { payee: payee.name, totals: totalsOf(sent), count: sent.length, period: period.name };
  });
  return answerAndContinue(ctx, insightsSpeech(ctx.turn.locale).sent(answers));
}
