import { isoDay } from '../kit/clock';
import { err } from '../kit/result';
import { CARD_DETAIL_WORDS } from './card-words';
import { matchWords } from '../pipeline/word-match';
import { linked } from '../pipeline/intent-handler';
import { answerAndContinue } from '../pipeline/reply-builders';
import { cardsSpeech } from './speech';

/**
 * "What's my statement balance", "minimum payment", "when is my payment due", "available
 * credit": one figure of every credit card statement, or all of them when none is named.
 */
export const cardDetailsHandler = linked(async (ctx) => {
  const cards = ctx.deps.bank.cards;
  if (!cards) return err({ kind: 'unsupported' });
  const accounts = await ctx.deps.bank.accounts.list(ctx.session);
  if (!accounts.ok) return accounts;
  const creditCards = accounts.value.filter((a) => a.kind === 'credit-card');
  if (creditCards.length === 0) return answerAndContinue(ctx, cardsSpeech(ctx.turn.locale).noCreditCard());
  const detail = matchWords(ctx.turn.slots.detail, CARD_DETAIL_WORDS[ctx.turn.locale]);
  const today = isoDay(ctx.deps.clock.now());
  const answers: string[] = [];
  for (const account of creditCards) {
    const statement = await cards.statement(ctx.session, account.id);
    if (!statement.ok) return statement;
    const card = { kind: 'credit' as const, last4: account.last4, named: creditCards.length > 1 };
    answers.push(cardsSpeech(ctx.turn.locale).statement({ ...statement.value, card }, detail.kind === 'matched' ? detail.id : undefined, today));
  }
  return answerAndContinue(ctx, answers.join(' '));
});
