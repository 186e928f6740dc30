import { askAboutAlert, fraudFacts, unreviewedAlert } from './fraud-question';
import { linked, type LinkedContext } from '../pipeline/intent-handler';
import { answerAndContinue, askAfter, withFacts } from '../pipeline/reply-builders';
import { latestSpendingAt, shopKey, shopNamed } from '../insights/history';
import { absolute, type Money } from '../kit/money';
import { isoDay } from '../kit/clock';
import { onSpokenRelativeDay } from '../speech/dates';
import { cardsSpeech } from './speech';

/**
 * "Any suspicious activity on my card?", "I don't recognise that ElectroMart charge": asks about
 * an unreviewed alert, or says there is none. A shop named that the alert is not from is said not
 * flagged first, so the customer never answers for a purchase they did not mean.
 */
export const suspiciousActivityHandler = linked(async (ctx) => {
  const alert = await unreviewedAlert(ctx);
  if (!alert.ok) return alert;
  const shop = shopNamed(ctx.turn.slots.merchant);
  const other = namesAnotherShop(shop, alert.value?.merchant);
  if (!alert.value) return withFacts(answerAndContinue(ctx, other ? await notFlaggedSaid(ctx, shop, false) : cardsSpeech(ctx.turn.locale).noSuspiciousActivity()), fraudFacts('none'));
  const question = await askAboutAlert(ctx, alert.value, false, true);
  return other ? askAfter(await notFlaggedSaid(ctx, shop, true), question) : question;
});

/** Whether a shop is named that is not the flagged purchase's (or any shop, when nothing is flagged). */
function namesAnotherShop(shop: string | undefined, flagged: string | undefined): shop is string {
  const wanted = shop === undefined ? '' : shopKey(shop);
  return wanted.length > 0 && !(flagged !== undefined && shopKey(flagged).includes(wanted));
}

/**
 * "I don't recognise the Safeway charge" while "did you make this purchase?" asks about another:
 * that shop is said not flagged, with its last payment, before the question comes again, so the
 * answer that follows is never taken for the wrong purchase. Undefined when no other shop is named.
 */
export async function anotherShopAnswered(ctx: LinkedContext, flagged: string): Promise<string | undefined> {
  const shop = shopNamed(ctx.turn.slots.merchant);
  if (!namesAnotherShop(shop, flagged)) return undefined;
  return notFlaggedSaid(ctx, shop, true);
}

/**
 * That a shop's payment is not flagged, with the latest payment there, named as the bank names
 * the shop ("Safeway", where Alexa hears "safeway"); `more` when another purchase is flagged.
 */
async function notFlaggedSaid(ctx: LinkedContext, shop: string, more: boolean): Promise<string> {
  const last = await lastPaymentAt(ctx, shop);
  return cardsSpeech(ctx.turn.locale).notFlagged(last?.shop ?? shop, more, last);
}

/** The latest payment at a shop in the history the bank keeps, with its day as spoken and the bank's name of the shop; undefined when none is found. */
async function lastPaymentAt(ctx: LinkedContext, shop: string): Promise<{ readonly amount: Money; readonly day: string; readonly shop?: string } | undefined> {
  const last = await latestSpendingAt(ctx, shop);
  if (!last) return undefined;
  const day = onSpokenRelativeDay(last.date, isoDay(ctx.deps.clock.now()), ctx.turn.locale);
  return { amount: absolute(last.amount), day, ...(last.merchant ? { shop: last.merchant } : {}) };
}
