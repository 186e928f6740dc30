/**
 * "What was that forty five dollar charge?": the payments of that amount in the last 90 days, each
 * with the shop, the day and the account. Said as whole units only ("forty five dollars"), a payment
 * within those units ($45.12) is meant as well, as people round a charge they half remember. A
 * shop named ("at Trader Joe's") narrows it to that shop; with none of that amount there, the last
 * payment there is said. A shop named with no amount ("did Amazon charge me?") is every payment there.
 * Many found are read a few at a time (charges-read.ts).
 */
import type { Transaction } from '../banks/bank-types';
import { isoDay, isoDaysBefore } from '../kit/clock';
import { linked } from '../pipeline/intent-handler';
import { ask } from '../pipeline/reply-builders';
import { readCharges } from './charges-read';
import { amountFromSlots } from '../transfers/amount';
import { homeCurrency } from '../transfers/transfer-view';
import { merchantMatches, transactionsBetween } from './history';
import { isHeard } from '../pipeline/turn';
import { heardAsWords } from '../pipeline/word-match';
import { insightsSpeech } from './speech';

/** How far back a charge is looked for. */
const DAYS_BACK = 90;

/** Answers "what was that $45 charge?" and "did Amazon charge me?" from the customer's own history. */
export const findChargeHandler = linked(async (ctx) => {
  const t = insightsSpeech(ctx.turn.locale);
  const accounts = await ctx.deps.bank.accounts.list(ctx.session);
  if (!accounts.ok) return accounts;
  const heard = amountFromSlots(ctx.turn.slots, homeCurrency({ accounts: accounts.value }));
  const said = ctx.turn.slots.merchant;
  const shop = isHeard(said) ? heardAsWords(said.value) : undefined;
  const amount = heard.ok ? heard.value : undefined;
  if (!amount && !shop) return ask(t.whichCharge(), t.whichCharge());
  const now = ctx.deps.clock.now();
  const today = isoDay(now);
  const since = isoDaysBefore(now, DAYS_BACK);
  const history = await transactionsBetween(ctx, since, today, accounts.value);
  if (!history.ok) return history;
  const out = history.value.filter((tx) => tx.amount.minor < 0 && (!amount || tx.amount.currency === amount.currency) && (!shop || merchantMatches(tx, shop)));
  const found = amount ? ofAmount(out, amount.minor) : out;
  const last = shop && found.length === 0 ? out[0] : undefined;
  // The shop as the bank writes it ("Trader Joe's" for "trader joes"), once a payment there is found.
  const named = (found[0] ?? out[0])?.merchant;
  const at = shop ? { shop: named ?? shop, ...(last ? { last } : {}) } : undefined;
  return readCharges(ctx, found, accounts.value, 0, (page, quiet) => t.chargesFound(amount, page, found.length, today, since, at, quiet));
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
