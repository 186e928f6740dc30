/** Finds the fraud alert the customer has not reviewed yet, and asks about it. */
import type { BankError } from '../banks/bank-error';
import type { FraudAlert } from '../banks/bank-types';
import type { LinkedContext, Outcome } from '../pipeline/intent-handler';
import { ask, withFacts } from '../pipeline/reply-builders';
import { foreign, type Facts } from '../pipeline/facts';
import { isoDay } from '../kit/clock';
import { err, ok, type Result } from '../kit/result';
import type { SpokenCard } from './speech/catalog';
import { knownCards, type KnownCard } from './spoken-cards';
import { compareCodeUnits } from '../kit/compare';
import { cardsSpeech } from './speech';

/** The oldest unreviewed alert, or undefined; `unsupported` when the bank reports no alerts. */
export async function unreviewedAlert(ctx: LinkedContext): Promise<Result<FraudAlert | undefined, BankError>> {
  const alerts = ctx.deps.bank.alerts;
  if (!alerts) return err({ kind: 'unsupported' });
  const listed = await alerts.list(ctx.session);
  if (!listed.ok) return listed;
  const open = listed.value.filter((a) => a.status === 'unreviewed').sort((a, b) => compareCodeUnits(a.at, b.at));
  return ok(open[0]);
}

/** The card an alert is on, with how it is spoken, when the bank lists cards. */
export async function knownCardOf(ctx: LinkedContext, alert: FraudAlert): Promise<KnownCard | undefined> {
  const cards = await knownCards(ctx);
  return cards.ok ? cards.value.find((c) => c.card.id === alert.cardId) : undefined;
}

/** How the card an alert is on is spoken, when the bank lists cards. */
export async function spokenCardOf(ctx: LinkedContext, alert: FraudAlert): Promise<SpokenCard | undefined> {
  return (await knownCardOf(ctx, alert))?.spoken;
}

/**
 * Asks "did you make this purchase?" and remembers only the alert's opaque id; on launch the
 * question follows a greeting by first name; `asked`, it answers a customer who asked about fraud.
 */
export async function askAboutAlert(ctx: LinkedContext, alert: FraudAlert, onLaunch: boolean, asked = false, passed?: number): Promise<Outcome> {
  const card = await spokenCardOf(ctx, alert);
  ctx.conversation.awaiting = { kind: 'fraud-check', alertId: alert.id, ...(passed ? { passed } : {}) };
  const today = isoDay(ctx.deps.clock.now());
  const question = ask(
    cardsSpeech(ctx.turn.locale).fraudQuestion(alert, card, today, onLaunch ? ctx.session.customer.firstName : undefined, asked),
    cardsSpeech(ctx.turn.locale).fraudReprompt(alert),
  );
  return withFacts(question, fraudFacts('asked', alert, card));
}

/** A fraud check as facts: where it stands, and the purchase as the question names it. */
export function fraudFacts(stage: Extract<Facts, { kind: 'fraud-alert' }>['stage'], alert?: FraudAlert, card?: SpokenCard): Facts {
  if (!alert) return { kind: 'fraud-alert', stage };
  return { kind: 'fraud-alert', stage, alert: { merchant: foreign(alert.merchant), amount: alert.amount, at: alert.at, ...(card ? { card: { kind: card.kind, last4: card.last4 } } : {}) } };
}
