import { isoDay } from '../kit/clock';
import { err } from '../kit/result';
import { CARD_DETAIL_WORDS, detailMeant, type CardDetail } from './card-words';
import type { CardStatement } from '../banks/bank-types';
import { matchWords } from '../pipeline/word-match';
import { linked } from '../pipeline/intent-handler';
import { answerAndContinue, withFacts } from '../pipeline/reply-builders';
import type { StatementFact } from '../pipeline/facts';
import { cardsSpeech } from './speech';

/** The figures of a statement that an answer about one detail (or all of them) speaks. */
function statementFact(last4: string, s: CardStatement, detail: CardDetail | undefined): StatementFact {
  const all = detail === undefined;
  return {
    last4,
    dueDate: s.dueDate,
    // The due date is said with what is due.
    ...(all || detail === 'statement-balance' || detail === 'due-date' ? { statementBalance: s.statementBalance } : {}),
    ...(all || detail === 'minimum-payment' || detail === 'due-date' ? { minimumPayment: s.minimumPayment } : {}),
    ...(all || detail === 'available-credit' ? { availableCredit: s.availableCredit } : {}),
    ...(detail === 'available-credit' ? { creditLimit: s.creditLimit } : {}),
  };
}

/**
 * "What's my statement balance", "minimum payment", "when is my payment due" (the day, and what
 * is due), "available credit": one figure of every credit card statement, or all of them when none
 * is named.
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
  const facts: StatementFact[] = [];
  for (const account of creditCards) {
    const statement = await cards.statement(ctx.session, account.id);
    if (!statement.ok) return statement;
    const card = { kind: 'credit' as const, last4: account.last4, named: creditCards.length > 1 };
    const asked = detail.kind === 'matched' ? detailMeant(detail.id) : undefined;
    // All that is owed, when purchases since the statement make it more than the statement balance.
    const owed = account.balance;
    const owedNow = owed.currency === statement.value.statementBalance.currency && owed.minor > statement.value.statementBalance.minor ? { owedNow: owed } : {};
    answers.push(cardsSpeech(ctx.turn.locale).statement({ ...statement.value, card, ...owedNow }, asked, today));
    facts.push(statementFact(account.last4, statement.value, asked));
  }
  return withFacts(answerAndContinue(ctx, answers.join(' ')), { kind: 'statements', statements: facts });
});
