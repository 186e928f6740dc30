/**
 * Sends a confirmed transfer exactly once. The draft is taken out of the store atomically, so
 * of any number of concurrent or replayed "yes" answers only one reaches the bank, and the
 * bank gets the draft's idempotency key. After a timeout the bank is asked for the order's
 * status before anything is said; "done" is said only when the bank confirmed, and "not sent"
 * only when the bank itself answered that it did not take the order. Anything else is uncertain:
 * the customer hears the bank has not confirmed yet and not to send it again, the limits stay
 * reserved, and the outcome is learnt later by the key (unresolved.ts).
 */
import type { Account, Payee } from '../banks/bank-types';
import { mayStillLand } from '../banks/bank-error';
import type { TransferReceipt } from '../banks/transfer-types';
import type { Money } from '../kit/money';
import type { FinalTransfer } from '../pipeline/awaiting';
import type { LinkedContext, Outcome } from '../pipeline/intent-handler';
import { answerAndContinue, ask, tell } from '../pipeline/reply-builders';
import type { Destination } from './speech/catalog';
import { audit } from './transfer-audit';
import { claimDraft, UNREADABLE, type TransferDraft } from './draft';
import { waitingPayee } from './next-payee';
import { releaseLimits, reserveLimits } from './limits';
import { keepTaken, noteTransferMade } from './undo-records';
import { rememberLastTransfer } from './last-transfer';
import { transferSpeech } from './speech';
import { ended } from './transfer-facts';
import { rememberUnresolved, targetId } from './unresolved';

/** Executes the draft's order; the reply says what the bank confirmed. `payees` name a second transfer waiting after it. */
export async function executeTransfer(ctx: LinkedContext, draft: TransferDraft, from: Account, to: Destination, payees: readonly Payee[] = []): Promise<Outcome> {
  const { deps, session } = ctx;
  const t = transferSpeech(ctx.turn.locale);
  // An assistant's conversation is this one transfer: it stays on it, so that a confirmation
  // sent again is told the transfer was handled.
  if (ctx.turn.channel !== 'assistant') ctx.conversation.awaiting = undefined;
  const claimed = await claimDraft(deps.store, draft.id, session.customer.id, draft);
  const transfers = deps.bank.transfers;
  if (claimed === UNREADABLE) return ended(tell(t.lostTrack()), 'not-sent');
  if (!claimed || !claimed.amount) return ended(tell(t.alreadyHandled()), 'already-handled');
  if (!transfers) return ended(tell(ctx.speech.bankError({ kind: 'unsupported' })), 'not-sent');
  const amount = claimed.amount;
  const now = deps.clock.now();
  const breach = await reserveLimits(deps.store, deps.transferPolicy, session.customer.id, amount, now);
  if (breach) {
    await audit(ctx, claimed, 'transfer', `refused:limit-${breach}`);
    return ended(tell(t.overLimit(breach)), 'not-sent');
  }
  const order = {
    idempotencyKey: claimed.idempotencyKey,
    from: from.id,
    to: 'payee' in to ? { kind: 'payee' as const, payeeId: to.payee.id } : { kind: 'own-account' as const, accountId: to.account.id },
    amount,
    ...(claimed.approvalId ? { approvalId: claimed.approvalId } : {}),
  };
  let result = await transfers.submit(session, order);
  if (!result.ok && (result.error.kind === 'timeout' || result.error.kind === 'unavailable')) {
    // A submit the skill stopped waiting for, or one the bank failed on after receiving it, may
    // still land: "not found" then proves nothing.
    const inFlight = mayStillLand(result.error);
    const status = await transfers.status(session, order.idempotencyKey);
    if (status.ok) result = status;
    else if (status.error.kind !== 'not-found' || inFlight) {
      await rememberUnresolved(deps.store, session.customer.id, { idempotencyKey: order.idempotencyKey, amount, target: targetId(order.to), from: order.from, at: now.toISOString(), ...(claimed.payeeId ? { payeeId: claimed.payeeId } : {}) });
      // Made, perhaps: "cancel that transfer" now means this one, never an earlier one.
      await noteTransferMade(deps.store, session.customer.id, { key: order.idempotencyKey, amount, ...(claimed.payeeId ? { payeeId: claimed.payeeId } : {}) }).catch(() => undefined);
      await audit(ctx, claimed, 'transfer', 'uncertain');
      return ended(tell(t.uncertain()), 'uncertain');
    }
  }
  if (!result.ok || result.value.status === 'rejected' || result.value.status === 'cancelled') {
    await releaseLimits(deps.store, session.customer.id, amount, now);
    const reason = result.ok ? result.value.status : result.error.kind;
    await audit(ctx, claimed, 'transfer', `refused:${reason}`);
    if (!result.ok && result.error.kind === 'insufficient-funds') return ended(tell(t.insufficientFunds(from)), 'not-sent');
    if (!result.ok && (result.error.kind === 'timeout' || result.error.kind === 'unavailable')) return ended(tell(t.bankDownNothingSent()), 'not-sent');
    return ended(tell(t.bankRefused()), 'not-sent');
  }
  const undoMinutes = await settle(ctx, claimed, result.value, { amount, at: now });
  // "Twenty to Bob and thirty to Maria": with Bob's sent, Maria's is offered rather than left to be remembered.
  const next = ctx.turn.channel === 'assistant' ? undefined : await nextPayee(ctx, claimed, payees);
  const sent = t.sent(to, undoMinutes);
  const reply = next ? ask(`${sent} ${t.goOnWithNext(next.name)}`, t.goOnWithNext(next.name)) : answerAndContinue(ctx, sent);
  const done = ended(reply, 'sent', ['payee' in to ? [to.payee] : [], next ? [next] : []].flat());
  // "Cancel" now most likely means this transfer: the next turn is offered the undo, or told
  // why there is none, rather than a goodbye that sounds like the transfer was cancelled.
  if (ctx.turn.channel !== 'assistant') ctx.conversation.awaiting = { kind: 'after-transfer', ...(undoMinutes ? {} : { final: finalKind(to) }), ...(next ? { next: true as const } : {}) };
  // "Then ask me for the one to Bob": the second transfer said with this one waits to be taken up.
  ctx.conversation.nextTransfer = claimed.nextDraftId;
  return done;
}

/** The payee of the second transfer said with this one, when its draft still waits. */
async function nextPayee(ctx: LinkedContext, claimed: TransferDraft, payees: readonly Payee[]): Promise<Payee | undefined> {
  if (!claimed.nextDraftId) return undefined;
  // The money has moved: a store failure here costs the offer, never the "done".
  const payee = await waitingPayee(ctx, claimed.nextDraftId, payees).catch(() => undefined);
  return payee?.id === claimed.payeeId ? undefined : payee;
}

function finalKind(to: Destination): FinalTransfer {
  return 'payee' in to ? 'payee' : to.account.kind === 'credit-card' ? 'card' : 'account';
}

/**
 * Records what the bank took and keeps the undo window. The money has moved: a records or store
 * failure here is logged and costs the undo offer, never the "done" the customer must hear.
 */
async function settle(ctx: LinkedContext, claimed: TransferDraft, receipt: TransferReceipt, reserved: { readonly amount: Money; readonly at: Date }): Promise<number | undefined> {
  const failed = (step: string) => (error: unknown) => {
    ctx.deps.logger.error({ event: 'transfer-settle-failed', step, error: error instanceof Error ? error.name : 'unknown' }, 'a step after the bank took a transfer failed');
    return undefined;
  };
  await audit(ctx, claimed, 'transfer', receipt.status).catch(failed('audit'));
  const target = claimed.payeeId ?? claimed.toId;
  if (target) await rememberLastTransfer(ctx.deps.store, ctx.session.customer.id, { idempotencyKey: receipt.idempotencyKey, target, at: reserved.at.toISOString() }).catch(failed('last'));
  return rememberForUndo(ctx, receipt, reserved, claimed).catch(failed('undo'));
}

/**
 * Keeps the undo window of a transfer the bank still holds; any other is noted as made all the
 * same, so that "cancel that transfer" after it never reaches an earlier one.
 */
async function rememberForUndo(ctx: LinkedContext, receipt: TransferReceipt, reserved: { readonly amount: Money; readonly at: Date }, claimed: TransferDraft): Promise<number | undefined> {
  const { payeeId, fromId } = claimed;
  const taken = { amount: reserved.amount, at: reserved.at.toISOString(), ...(payeeId ? { payeeId } : {}), ...(fromId ? { fromId } : {}) };
  const seconds = await keepTaken(ctx.deps.store, ctx.session.customer.id, receipt, taken, ctx.deps.clock.now(), Boolean(ctx.deps.bank.transfers?.cancel));
  if (seconds <= 0) return undefined;
  // Whole minutes, never more than the bank gives; the moments this turn took (a five-minute window
  // left with 4:59) are not a minute less, so the same window is always said the same way.
  return Math.max(1, Math.floor((seconds + TURN_SLACK_SECONDS) / 60));
}

/** Seconds of a turn's own work that do not shorten the undo window as spoken. */
const TURN_SLACK_SECONDS = 5;
