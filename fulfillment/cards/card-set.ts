/**
 * Locking or unlocking one card, or giving a verdict on a flagged purchase, and what became of it
 * where the bank did not answer: a change the bank may have made all the same (its answer lost in
 * a timeout) is read back from the card or the alert, so a card locked is never reported as "try
 * again", and one the bank cannot say about is said to be unknown rather than unchanged.
 */
import { mayHaveActed, type BankError } from '../banks/bank-error';
import type { Card, FraudAlert } from '../banks/bank-types';
import type { AlertId, CardId } from '../kit/ids';
import type { AuditAction } from '../records/audit-log';
import type { LinkedContext } from '../pipeline/intent-handler';
import { ok, err, type Result } from '../kit/result';
import { auditCardAction } from './card-audit';

/** What became of a lock or unlock: made, not made (the bank said so, or the card shows it), or unknown. */
export type CardSet =
  | { readonly kind: 'done'; readonly card: Card }
  | { readonly kind: 'not-done'; readonly error: BankError }
  | { readonly kind: 'unknown'; readonly error: BankError };

/** Locks or unlocks a card, audits what the bank did, and reads the card back after an answer lost. */
export async function setCardLocked(ctx: LinkedContext, cardId: CardId, locked: boolean, action: AuditAction = locked ? 'card-lock' : 'card-unlock'): Promise<CardSet> {
  const cards = ctx.deps.bank.cards;
  if (!cards) return { kind: 'not-done', error: { kind: 'unsupported' } };
  const result = await cards.setLocked(ctx.session, cardId, locked);
  if (result.ok || !mayHaveActed(result.error)) {
    await auditCardAction(ctx, action, cardId, result);
    return result.ok ? { kind: 'done', card: result.value } : { kind: 'not-done', error: result.error };
  }
  const listed = await cards.list(ctx.session);
  const card = listed.ok ? listed.value.find((c) => c.id === cardId) : undefined;
  const set: CardSet = card?.locked === locked ? { kind: 'done', card } : card ? { kind: 'not-done', error: result.error } : { kind: 'unknown', error: result.error };
  await auditCardAction(ctx, action, cardId, set.kind === 'done' ? ok(set.card) : err(result.error));
  return set;
}

/** The status a verdict leaves an alert in. */
const VERDICT_STATUS = { genuine: 'confirmed-genuine', fraud: 'reported-fraud' } as const;

/**
 * Gives the bank the customer's verdict on a flagged purchase. A verdict whose answer was lost
 * is read back from the alert, so a purchase reported is never said to be unreported, nor one
 * cleared said to need another try.
 */
export async function resolveAlert(ctx: LinkedContext, alertId: AlertId, verdict: 'genuine' | 'fraud'): Promise<Result<FraudAlert, BankError>> {
  const alerts = ctx.deps.bank.alerts;
  if (!alerts) return err({ kind: 'unsupported' });
  const result = await alerts.resolve(ctx.session, alertId, verdict);
  if (result.ok || !mayHaveActed(result.error)) return result;
  const listed = await alerts.list(ctx.session);
  const alert = listed.ok ? listed.value.find((a) => a.id === alertId) : undefined;
  return alert?.status === VERDICT_STATUS[verdict] ? ok(alert) : result;
}
