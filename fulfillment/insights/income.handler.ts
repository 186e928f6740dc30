import { isIncome, merchantMatches, totalsOf, transactionsBetween } from './history';
import { isHeard } from '../pipeline/turn';
import { BACK } from '../pipeline/conversation-state';
import { heardAsWords } from '../pipeline/word-match';
import { matchPayees } from '../transfers/payee-match';
import type { LinkedContext } from '../pipeline/intent-handler';
import { isoDay } from '../kit/clock';
import { linked } from '../pipeline/intent-handler';
import { isCountable, periodOfTurn, periodRefused } from './period-slots';
import { answerAndContinue, ask, withFacts } from '../pipeline/reply-builders';
import { foreign } from '../pipeline/facts';
import { insightsSpeech } from './speech';
import type { DepositSource } from './speech/catalog';
import { accountNamed } from '../accounts/account-named';
import { accountsSpeech } from '../accounts/speech';

/**
 * "When did my salary come in": the latest deposit, and after it "the one before that"; with a period ("last month"), what came
 * in during it. "How much came into my savings": that account's money in, where a move from
 * the customer's own checking counts too, as the account's own statement shows it; across all
 * accounts such a move is no income. "From Anna": every credit booked under her name.
 */
export const incomeHandler = linked(async (ctx) => {
  const period = periodOfTurn(ctx);
  if (!isCountable(period)) return periodRefused(ctx, period);
  const accounts = await ctx.deps.bank.accounts.list(ctx.session);
  if (!accounts.ok) return accounts;
  const named = await accountNamed(ctx, accounts.value);
  if (named.kind === 'unknown') return ask(accountsSpeech(ctx.turn.locale).noSuchAccount(named.heard, accounts.value));
  const into = named.kind === 'matched' ? named : undefined;
  const history = await transactionsBetween(ctx, period?.from, period?.to, accounts.value);
  if (!history.ok) return history;
  // "Did Anna send me money?": the money in from that payee, by the name the bank books it under;
  // a bank may book it as a transfer rather than as income, so every credit is looked at.
  const sender = await senderNamed(ctx);
  const inAtAll = (t: (typeof history.value)[number]) => t.amount.minor > 0 && (!into || into.accounts.some((a) => a.id === t.accountId));
  // "Did I get any interest?": the interest the bank paid, which is no income of the usual kind.
  const interest = isHeard(ctx.turn.slots.interest);
  const received = interest ? history.value.filter((t) => inAtAll(t) && t.category === 'interest') : into || sender ? history.value.filter(inAtAll) : history.value.filter(isIncome);
  const deposits = sender ? received.filter((t) => merchantMatches(t, sender)) : received;
  // "And the one before that?": as many deposits back as asked for, one more each time.
  const said = Number(ctx.turn.slots[BACK]?.value ?? '0');
  const back = !period && Number.isInteger(said) && said > 0 ? said : 0;
  const latest = deposits[back];
  const kind = into?.accountKind;
  const span = period ? { span: { from: period.from, to: period.to } } : {};
  const t = insightsSpeech(ctx.turn.locale);
  // Where the money came from, as the answer says it: the sender named, or the interest.
  const from: DepositSource | undefined = sender ? { sender } : interest ? 'interest' : undefined;
  if (!latest && back > 0) return withFacts(answerAndContinue(ctx, t.noEarlierDeposit(kind, from)), { kind: 'income', ...span, count: 0 });
  if (!latest) return withFacts(answerAndContinue(ctx, t.noIncome(period?.name, kind, from)), { kind: 'income', ...span, count: 0 });
  if (!period) {
    const facts = { kind: 'income' as const, count: 1, latest: { date: latest.date, amount: latest.amount, from: foreign(latest.merchant ?? latest.description), pending: latest.status === 'pending' } };
    const today = isoDay(ctx.deps.clock.now());
    const told = back > 0 ? t.depositBefore(latest, today, kind) : t.lastDeposit(latest, today, kind);
    return withFacts(answerAndContinue(ctx, told), facts, { said: told, instead: back > 0 ? t.depositBefore(latest, today, kind, true) : t.lastDeposit(latest, today, kind, true), history: true });
  }
  const totals = totalsOf(deposits);
  return withFacts(answerAndContinue(ctx, t.income(totals, deposits.length, period.name, kind, from)), { kind: 'income', ...span, totals, count: deposits.length });
});

/** The sender a question names ("from Anna"): the payee's name when the words fit one, else the words. */
async function senderNamed(ctx: LinkedContext): Promise<string | undefined> {
  const said = ctx.turn.slots.payee;
  if (!isHeard(said)) return undefined;
  const payees = await ctx.deps.bank.payees?.list(ctx.session);
  const matched = payees?.ok ? matchPayees(said.value, payees.value) : [];
  return matched.length === 1 && matched[0] ? matched[0].name : heardAsWords(said.value);
}
