import { askAboutAlert, unreviewedAlert } from '../cards/fraud-question';
import { linked } from './handler';
import { answerAndContinue } from './replies';

/** "Any suspicious activity on my card?": asks about an unreviewed alert, or says there is none. */
export const suspiciousActivityHandler = linked(async (ctx) => {
  const alert = await unreviewedAlert(ctx);
  if (!alert.ok) return alert;
  return alert.value ? askAboutAlert(ctx, alert.value, false) : answerAndContinue(ctx, ctx.speech.noSuspiciousActivity());
});
