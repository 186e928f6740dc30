import { askAboutAlert, fraudFacts, unreviewedAlert } from './fraud-question';
import { linked } from '../pipeline/intent-handler';
import { answerAndContinue, withFacts } from '../pipeline/reply-builders';
import { cardsSpeech } from './speech';

/** "Any suspicious activity on my card?": asks about an unreviewed alert, or says there is none. */
export const suspiciousActivityHandler = linked(async (ctx) => {
  const alert = await unreviewedAlert(ctx);
  if (!alert.ok) return alert;
  return alert.value ? askAboutAlert(ctx, alert.value, false) : withFacts(answerAndContinue(ctx, cardsSpeech(ctx.turn.locale).noSuspiciousActivity()), fraudFacts('none'));
});
