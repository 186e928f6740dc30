import { askAboutAlert, fraudFacts, unreviewedAlert } from './fraud-question';
import { linked } from '../pipeline/intent-handler';
import { answerAndContinue, askAfter, withFacts } from '../pipeline/reply-builders';
import { isHeard } from '../pipeline/turn';
import { heardAsWords, normaliseHeard } from '../pipeline/word-match';
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
  const squash = (s: string) => normaliseHeard(s).replace(/[\s'-]/g, '');
  const other = shop !== undefined && squash(shop).length > 0 && !(alert.value && squash(alert.value.merchant).includes(squash(shop)));
  if (!alert.value) return withFacts(answerAndContinue(ctx, other && shop ? t.notFlagged(shop, false) : t.noSuspiciousActivity()), fraudFacts('none'));
  const question = await askAboutAlert(ctx, alert.value, false, true);
  return other && shop ? askAfter(t.notFlagged(shop, true), question) : question;
});
