/**
 * "What was that forty five dollar charge?": the payments of that amount in the last 90 days, each
 * with the shop, the day and the account. Said as whole units only ("forty five dollars"), a payment
 * within those units ($45.12) is meant as well, as people round a charge they half remember. A
 * shop named ("at Trader Joe's") narrows it to that shop; with none of that amount there, the last
 * payment there is said.
 */
import type { Transaction } from '../banks/bank-types';
import { isoDay, isoDaysBefore } from '../kit/clock';
import { linked } from '../pipeline/intent-handler';
import { answerAndContinue, ask } from '../pipeline/reply-builders';
import { amountFromSlots } from '../transfers/amount';
import { homeCurrency } from '../transfers/transfer-view';
import { merchantMatches, transactionsBetween } from './history';
import { isHeard } from '../pipeline/turn';
import { heardAsWords } from '../pipeline/word-match';
import { insightsSpeech } from './speech';

/** How far back a charge is looked for. */
const DAYS_BACK = 90;
/** The most charges read out: few enough to follow by ear. */
const MOST_READ = 3;

/** Answers "what was that $45 charge?" from the customer's own history. */
export const findChargeHandler = linked(async (ctx) => {
  const t = insightsSpeech(ctx.turn.locale);
  const accounts = await ctx.deps.bank.accounts.list(ctx.session);
  if (!accounts.ok) return accounts;
  const heard = amountFromSlots(ctx.turn.slots, homeCurrency({ accounts: accounts.value }));
  if (!heard.ok || !heard.value) return ask(t.whichCharge(), t.whichCharge());
  const amount = heard.value;
  const now = ctx.deps.clock.now();
  const today = isoDay(now);
  const since = isoDaysBefore(now, DAYS_BACK);
  const history = await transactionsBetween(ctx, since, today, accounts.value);
  if (!history.ok) return history;
  const said = ctx.turn.slots.merchant;
  const shop = isHeard(said) ? heardAsWords(said.value) : undefined;
  const out = history.value.filter((tx) => tx.amount.minor < 0 && tx.amount.currency === amount.currency && (!shop || merchantMatches(tx, shop)));
  const exact = out.filter((tx) => -tx.amount.minor === amount.minor);
  const wholeUnits = amount.minor % 100 === 0;
  const within = (tx: Transaction) => Math.floor(-tx.amount.minor / 100) * 100 === amount.minor;
  const found = exact.length > 0 || !wholeUnits ? exact : out.filter(within);
  const kinds = new Map(accounts.value.map((a) => [a.id, a.kind]));
  const charges = found.slice(0, MOST_READ).map((tx) => ({ tx, account: kinds.get(tx.accountId) }));
  const last = shop && found.length === 0 ? out[0] : undefined;
  return answerAndContinue(ctx, t.chargesFound(amount, charges, found.length, today, since, shop ? { shop, ...(last ? { last } : {}) } : undefined));
});
