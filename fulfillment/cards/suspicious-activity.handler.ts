import { askAboutAlert, fraudFacts, unreviewedAlert } from './fraud-question';
import { linked, type LinkedContext } from '../pipeline/intent-handler';
import { answerAndContinue, askAfter, withFacts } from '../pipeline/reply-builders';
import { isHeard } from '../pipeline/turn';
import { heardAsWords } from '../pipeline/word-match';
import { isSpending, merchantMatches, shopKey, transactionsBetween } from '../insights/history';
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
  const t = cardsSpeech(ctx.turn.locale);
  const said = ctx.turn.slots.merchant;
  const shop = isHeard(said) ? heardAsWords(said.value) : undefined;
  const wanted = shop === undefined ? '' : shopKey(shop);
  const other = wanted.length > 0 && !(alert.value && shopKey(alert.value.merchant).includes(wanted));
  const last = other && shop ? await lastPaymentAt(ctx, shop) : undefined;
  if (!alert.value) return withFacts(answerAndContinue(ctx, other && shop ? t.notFlagged(shop, false, last) : t.noSuspiciousActivity()), fraudFacts('none'));
  const question = await askAboutAlert(ctx, alert.value, false, true);
  return other && shop ? askAfter(t.notFlagged(shop, true, last), question) : question;
});

/** The latest payment at a shop in the history the bank keeps, with its day as spoken; undefined when none is found. */
async function lastPaymentAt(ctx: LinkedContext, shop: string): Promise<{ readonly amount: Money; readonly day: string } | undefined> {
  const history = await transactionsBetween(ctx, undefined, undefined);
  // The history comes newest first.
  const last = history.ok ? history.value.find((tx) => isSpending(tx) && merchantMatches(tx, shop)) : undefined;
  return last ? { amount: absolute(last.amount), day: onSpokenRelativeDay(last.date, isoDay(ctx.deps.clock.now()), ctx.turn.locale) } : undefined;
}
