import { auditCardAction } from './card-audit';
import { resolveAlert, setCardLocked } from './card-set';
import { askToUndoLast } from '../transfers/undo';
import { askAboutAlert, fraudFacts, knownCardOf, spokenCardOf } from './fraud-question';
import type { HandlerContext, LinkedContext, Outcome } from '../pipeline/intent-handler';
import { answerAndContinue, ask, askAfter, askAgain, tell, withFacts } from '../pipeline/reply-builders';
import type { AlertId } from '../kit/ids';
import type { FraudAlert } from '../banks/bank-types';
import { err } from '../kit/result';
import type { Flow, ResumeReason } from '../pipeline/flow';
import type { Awaiting } from '../pipeline/awaiting';
import { cardsSpeech } from './speech';
import { anotherShopAnswered } from './suspicious-activity.handler';
import { carriesValue, VALUE_ONLY } from '../pipeline/empty-answer';
import { isHeard, type Turn } from '../pipeline/turn';

type FraudCheck = Extract<Awaiting, { kind: 'fraud-check' }>;

/** "Yes, that was me": the bank marks the purchase genuine. */
async function confirmGenuine(ctx: LinkedContext, alertId: AlertId): Promise<Outcome> {
  const alerts = ctx.deps.bank.alerts;
  if (!alerts) return err({ kind: 'unsupported' });
  // The card it was made with, for "wait, that wasn't me" right after; read before the alert is closed.
  const listed = await alerts.list(ctx.session);
  const cardId = listed.ok ? listed.value.find((a) => a.id === alertId)?.cardId : undefined;
  const resolved = await resolveAlert(ctx, alertId, 'genuine');
  await auditCardAction(ctx, 'fraud-confirmed-genuine', alertId, resolved);
  if (!resolved.ok) return resolved;
  if (cardId) ctx.conversation.awaiting = { kind: 'fraud-genuine', cardId };
  return withFacts(ask(`${cardsSpeech(ctx.turn.locale).fraudGenuine()} ${ctx.speech.anythingElse()}`, ctx.speech.anythingElse()), fraudFacts('genuine'));
}

/** "No, it wasn't me": lock the card first, then report the purchase as fraud. */
async function reportFraud(ctx: LinkedContext, alertId: AlertId): Promise<Outcome> {
  const { alerts, cards } = ctx.deps.bank;
  if (!alerts || !cards) return err({ kind: 'unsupported' });
  const listed = await alerts.list(ctx.session);
  if (!listed.ok) return listed;
  const alert = listed.value.find((a) => a.id === alertId);
  if (!alert) return err({ kind: 'not-found' });
  const card = await spokenCardOf(ctx, alert);
  const t = cardsSpeech(ctx.turn.locale);
  const locked = await setCardLocked(ctx, alert.cardId, true);
  // A lock the bank did not take is no reason to leave the purchase unreported: it is reported
  // all the same, and the customer hears what was done and what was not.
  const reported = await resolveAlert(ctx, alertId, 'fraud');
  await auditCardAction(ctx, 'fraud-reported', alertId, reported, alert.amount);
  if (locked.kind !== 'done') return reported.ok ? withFacts(tell(t.fraudReportedNotLocked(card)), fraudFacts('reported-not-locked')) : withFacts(tell(t.fraudNeitherDone(card)), fraudFacts('none'));
  if (!reported.ok) return withFacts(tell(t.fraudLockedNotReported(card)), fraudFacts('locked-not-reported'));
  // "Actually, that was me" may follow: the next turn can still take the card back.
  ctx.conversation.awaiting = { kind: 'fraud-reported', cardId: alert.cardId };
  return withFacts(ask(`${cardsSpeech(ctx.turn.locale).fraudReported(card, ctx.deps.bank.protectiveOnly)} ${ctx.speech.anythingElse()}`, ctx.speech.anythingElse()), fraudFacts('reported'));
}

/** How often the question is put again after answers in passing before it is left for later. */
const MOST_PASSES = 2;

/**
 * "Did you make this purchase?" put again, while the purchase is still unreviewed. After questions
 * the customer asked in passing it comes back twice; the third time it is left for later, said once
 * in a short sentence, where it would otherwise close every answer of the session.
 */
async function askAlertAgain(ctx: HandlerContext, awaiting: FraudCheck, after: ResumeReason): Promise<Outcome | undefined> {
  return askAboutAlertAgain(ctx, awaiting, after, await unreviewedAlertOf(ctx, awaiting));
}

/** The purchase the question asks about, while it is still unreviewed; undefined once it is not, or when the bank did not answer. */
async function unreviewedAlertOf(ctx: HandlerContext, awaiting: FraudCheck): Promise<FraudAlert | undefined> {
  const alerts = ctx.session ? await ctx.deps.bank.alerts?.list(ctx.session) : undefined;
  return alerts?.ok ? alerts.value.find((a) => a.id === awaiting.alertId && a.status === 'unreviewed') : undefined;
}

/** The question put again about an alert already looked up (askAlertAgain). */
async function askAboutAlertAgain(ctx: HandlerContext, awaiting: FraudCheck, after: ResumeReason, alert: FraudAlert | undefined): Promise<Outcome | undefined> {
  if (!ctx.session || !alert) return undefined;
  const passing = after === 'answered-in-passing' || after === 'thanked';
  const passed = (awaiting.passed ?? 0) + (passing ? 1 : 0);
  if (passing && passed > MOST_PASSES) {
    ctx.conversation.awaiting = undefined;
    const welcome = after === 'thanked' ? `${ctx.speech.youAreWelcome()} ` : '';
    return answerAndContinue(ctx, `${welcome}${cardsSpeech(ctx.turn.locale).fraudLeftForLater()}`);
  }
  return askAgain(ctx, after, await askAboutAlert({ ...ctx, session: ctx.session }, alert, false, false, passed));
}

/**
 * "Lock my card", "yes, lock it", "nein, sperr die Karte" to "did you make this purchase?": the
 * platform hears the lock request and drops any yes or no said with it, so nothing says whose the
 * purchase was. The skill offers to lock the card it was made with, that card alone, and asks
 * about the purchase again after; a purchase is never marked genuine or reported on such words.
 * Undefined when another card is named, which the request asks about as anywhere.
 */
async function lockAsked(ctx: LinkedContext, awaiting: FraudCheck): Promise<Outcome | undefined> {
  // "Lock both cards", "lock the debit card": the lock asked for, not the alert's card alone.
  const { card, last4, both } = ctx.turn.slots;
  if (isHeard(card) || isHeard(last4) || isHeard(both)) return undefined;
  const alerts = await ctx.deps.bank.alerts?.list(ctx.session);
  const alert = alerts?.ok ? alerts.value.find((a) => a.id === awaiting.alertId) : undefined;
  const known = alert ? await knownCardOf(ctx, alert) : undefined;
  if (!known || known.card.locked) return undefined;
  ctx.conversation.awaiting = { kind: 'card-change', cardIds: [known.card.id], lock: true };
  ctx.conversation.paused = awaiting;
  return ask(cardsSpeech(ctx.turn.locale).confirmCardChange([known.spoken], true));
}

/**
 * "What was that for?", "wofür war das?": a question about a charge that names no amount and no
 * shop, which at the fraud question can only be about the purchase it asks about.
 */
function chargeAskedBack(turn: Turn): boolean {
  return turn.intent === 'FindCharge' && !carriesValue(turn);
}

/** After "Did you make this purchase?": yes marks it genuine; no locks the card and reports it. */
export const fraudCheckFlow: Flow<'fraud-check'> = {
  async intercept(ctx, awaiting) {
    const session = ctx.session;
    // "I think someone used my card" is the request that asked this question, not an answer to
    // it: the question is put again with what each answer does, so a no reports, never a guess.
    // One that names another shop is told that shop is not the one flagged, before the question.
    if (session && ctx.turn.intent === 'SuspiciousActivity') {
      const alert = await unreviewedAlertOf(ctx, awaiting);
      const aside = alert ? await anotherShopAnswered({ ...ctx, session }, alert.merchant) : undefined;
      const again = await askAboutAlertAgain(ctx, awaiting, 'helped', alert);
      return again && askAfter(aside ?? cardsSpeech(ctx.turn.locale).fraudHelp(), again);
    }
    // "I'm not sure", "maybe my wife" (heard as a payee, or as nothing): neither yes nor no. The
    // customer hears what to do when unsure, and the question again; no transfer starts from it.
    if (session && (ctx.turn.intent === 'Fallback' || VALUE_ONLY.has(ctx.turn.intent))) {
      const again = await askAlertAgain(ctx, awaiting, 'helped');
      return again && askAfter(cardsSpeech(ctx.turn.locale).fraudUnsure(), again);
    }
    // "How much was it?", "which card is that?", "sorry?", "wie viel war das?": a question back
    // about the purchase, never a yes or a no. The purchase is said again from the alert (amount,
    // shop, card), and the question with it; nothing is counted as an answer missed.
    if (session && (ctx.turn.intent === 'Repeat' || chargeAskedBack(ctx.turn))) return askAlertAgain(ctx, awaiting, 'helped');
    if (session && ctx.turn.intent === 'LockCard') {
      const locking = await lockAsked({ ...ctx, session }, awaiting);
      if (locking) return locking;
    }
    // "Never mind that": the question is left, nothing changes, and the customer hears that the
    // purchase still waits; a transfer set aside for it comes back. Never a goodbye in silence.
    if (ctx.turn.intent === 'Cancel') {
      // A transfer that can still be undone (told "say cancel that transfer within 5 minutes"):
      // "cancel that" is most likely about it, and a "leave the purchase" would let the window run
      // out. Whether it is meant is asked; the purchase question comes back after.
      const asked = session ? await askToUndoLast({ ...ctx, session }) : undefined;
      if (asked) {
        ctx.conversation.paused = awaiting;
        return asked;
      }
      ctx.conversation.awaiting = undefined;
      return answerAndContinue(ctx, cardsSpeech(ctx.turn.locale).fraudLeftOpen());
    }
    if (!session || (ctx.turn.intent !== 'Yes' && ctx.turn.intent !== 'No')) return undefined;
    ctx.conversation.awaiting = undefined;
    // A link that may only read reports, never clears (scoped-bank.ts): the purchase stays flagged.
    if (ctx.turn.intent === 'Yes' && ctx.deps.bank.protectiveOnly) return answerAndContinue(ctx, cardsSpeech(ctx.turn.locale).genuineNotPermitted());
    const linkedCtx = { ...ctx, session };
    return ctx.turn.intent === 'Yes' ? confirmGenuine(linkedCtx, awaiting.alertId) : reportFraud(linkedCtx, awaiting.alertId);
  },
  help: (ctx) => cardsSpeech(ctx.turn.locale).fraudHelp(),
  resume: askAlertAgain,
};
