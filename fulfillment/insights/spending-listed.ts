/**
 * "List them", "which ones?", "lies sie vor" after a spending total: the payments behind it, a few
 * at a time with "would you like to hear more?", as a charge question reads them; in discreet mode
 * how many there are, as history is told there.
 */
import type { LastQuestion } from '../pipeline/conversation-state';
import type { LinkedContext, Outcome } from '../pipeline/intent-handler';
import { isHeard } from '../pipeline/turn';
import { matchWords } from '../pipeline/word-match';
import { ask } from '../pipeline/reply-builders';
import { accountsSpeech } from '../accounts/speech';
import { isoDay } from '../kit/clock';
import { CATEGORY_WORDS } from './category-words';
import { readCharges } from './charges-read';
import { spendingAsked, transactionsBetween } from './history';
import { namedPeriod } from './period';
import { isCountable, periodOfTurn, periodRefused } from './period-slots';
import { accountAsked, spendingAnswerOf } from './spending.handler';
import { insightsSpeech } from './speech';

/** Slots that make a spending question one about a single payment or about money sent, not a total. */
const NOT_A_TOTAL = ['largest', 'latest', 'payee', 'pronoun', 'sent'] as const;

/** Whether the last question asked was a spending total, whose payments "list them" reads. */
export function spendingTotalAsked(last: LastQuestion | undefined): last is LastQuestion {
  return last?.intent === 'Spending' && NOT_A_TOTAL.every((name) => !isHeard(last.slots[name]));
}

/** The payments behind the spending total `last` asked for: by its period, category (or shop), category left out and account. */
export async function spendingListed(base: LinkedContext, last: LastQuestion): Promise<Outcome> {
  const category = matchWords(last.slots.category, CATEGORY_WORDS[base.turn.locale]);
  // Words heard as a category that name none were a shop ("what about Trader Joe's").
  const shop = category.kind === 'unknown' ? { merchant: last.slots.category } : {};
  const ctx: LinkedContext = { ...base, turn: { ...base.turn, intent: 'Spending', slots: { ...last.slots, ...shop } } };
  const heardPeriod = periodOfTurn(ctx);
  if (!isCountable(heardPeriod)) return periodRefused(ctx, heardPeriod);
  const period = heardPeriod ?? namedPeriod('this-month', ctx.deps.clock.now(), ctx.turn.locale);
  const leftOut = category.kind === 'matched' ? undefined : matchWords(ctx.turn.slots.notCategory, CATEGORY_WORDS[ctx.turn.locale]);
  const without = leftOut?.kind === 'matched' ? leftOut.id : undefined;
  const accounts = await ctx.deps.bank.accounts.list(ctx.session);
  if (!accounts.ok) return accounts;
  const account = await accountAsked(ctx);
  if (account?.kind === 'unknown') return ask(accountsSpeech(ctx.turn.locale).noSuchAccount(account.heard, account.accounts), ctx.speech.whatNext());
  const history = await transactionsBetween(ctx, period.from, period.to, accounts.value);
  if (!history.ok) return history;
  const onAccount = account ? history.value.filter((t) => t.accountId === account.id) : history.value;
  const { spent, merchantName } = spendingAsked(ctx, onAccount, category.kind === 'matched' ? category.id : undefined, without);
  const answer = spendingAnswerOf(spent, period.name, { merchantName, category: category.kind === 'matched' ? category.id : undefined, without, account: account?.accountKind });
  const t = insightsSpeech(ctx.turn.locale);
  const today = isoDay(ctx.deps.clock.now());
  return readCharges(ctx, spent, accounts.value, 0, (page, quiet) => t.spendingList(answer, page, today, quiet));
}
