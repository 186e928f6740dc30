/**
 * "What was that forty five dollar charge?": the payments of that amount in the last 90 days, or
 * in the period named ("last week", "in November"), each with the shop, the day and the account.
 * Said as whole units only ("forty five dollars"), a payment within those units ($45.12) is meant
 * as well, as people round a charge they half remember. A shop named ("at Trader Joe's") narrows
 * it to that shop; with none of that amount there, the last payment there is said. A shop named
 * with no amount ("did Amazon charge me?") is every payment there. An amount said as a floor
 * ("everything over a hundred dollars") is every payment larger than it. Many found are read a
 * few at a time (charges-read.ts).
 */
import type { Transaction } from '../banks/bank-types';
import { isoDay, isoDaysBefore } from '../kit/clock';
import { linked } from '../pipeline/intent-handler';
import { ask } from '../pipeline/reply-builders';
import { readCharges } from './charges-read';
import { amountFromSlots } from '../transfers/amount';
import { homeCurrency } from '../transfers/transfer-view';
import { merchantMatches, shopNamed, transactionsBetween } from './history';
import { matchWords } from '../pipeline/word-match';
import { ABOVE_WORDS } from './above-words';
import { insightsSpeech } from './speech';
import { isCountable, periodOfTurn, periodRefused } from './period-slots';

/** How far back a charge is looked for. */
const DAYS_BACK = 90;

/** Answers "what was that $45 charge?" and "did Amazon charge me?" from the customer's own history. */
export const findChargeHandler = linked(async (ctx) => {
  const t = insightsSpeech(ctx.turn.locale);
  const accounts = await ctx.deps.bank.accounts.list(ctx.session);
  if (!accounts.ok) return accounts;
  const heard = amountFromSlots(ctx.turn.slots, homeCurrency({ accounts: accounts.value }));
  const shop = shopNamed(ctx.turn.slots.merchant);
  const amount = heard.ok ? heard.value : undefined;
  if (!amount && !shop) return ask(t.whichCharge(), t.whichCharge());
  // "Last week", "in November": that period alone; otherwise the last 90 days.
  const period = periodOfTurn(ctx);
  if (!isCountable(period)) return periodRefused(ctx, period);
  const now = ctx.deps.clock.now();
  const today = isoDay(now);
  const since = period?.from ?? isoDaysBefore(now, DAYS_BACK);
  const history = await transactionsBetween(ctx, since, period?.to ?? today, accounts.value);
  if (!history.ok) return history;
  const out = history.value.filter((tx) => tx.amount.minor < 0 && (!amount || tx.amount.currency === amount.currency) && (!shop || merchantMatches(tx, shop)));
  // "Everything over a hundred dollars": every payment larger, never the one of a hundred.
  const above = amount !== undefined && matchWords(ctx.turn.slots.above, ABOVE_WORDS[ctx.turn.locale]).kind === 'matched';
  const found = amount ? (above ? out.filter((tx) => -tx.amount.minor > amount.minor) : ofAmount(out, amount.minor)) : out;
  const last = shop && found.length === 0 ? out[0] : undefined;
  // The shop as the bank writes it ("Trader Joe's" for "trader joes"), once a payment there is found.
  const named = (found[0] ?? out[0])?.merchant;
  const at = shop ? { shop: named ?? shop, ...(last ? { last } : {}) } : undefined;
  const asked = amount ? { money: amount, ...(above ? { above: true as const } : {}) } : undefined;
  return readCharges(ctx, found, accounts.value, 0, (page, quiet) => t.chargesFound(asked, page, found.length, today, period?.name ?? since, at, quiet));
});

/**
 * The payments of an amount in minor units: those of exactly it, or, said as whole units
 * ("forty five dollars") with none exact, those within those units ($45.12).
 */
function ofAmount(out: readonly Transaction[], minor: number): Transaction[] {
  const exact = out.filter((tx) => -tx.amount.minor === minor);
  if (exact.length > 0 || minor % 100 !== 0) return exact;
  return out.filter((tx) => Math.floor(-tx.amount.minor / 100) * 100 === minor);
}
