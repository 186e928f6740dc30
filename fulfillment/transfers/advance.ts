/**
 * The transfer dialog's one rule: after every answer, ask for the first thing still missing,
 * in this order: amount, destination, source account, then the checks (funds, limits), the
 * extra amount check, the read-back, the PIN and the app approval; when nothing is missing,
 * send. Asking again without a change repeats the same question, which makes repeat and help
 * free.
 */
import type { Account, Payee } from '../banks/bank-types';
import type { LinkedContext, Outcome } from '../pipeline/intent-handler';
import { ask, tell } from '../pipeline/reply-builders';
import { compare, parseDecimal } from '../kit/money';
import { ok } from '../kit/result';
import type { Destination } from './speech/catalog';
import { isConfusable } from './confusable';
import { dropDraft, saveDraft, type TransferDraft, type TransferStep } from './draft';
import { executeTransfer } from './execute';
import { checkLimits } from './limits';
import { audit } from './transfer-audit';
import { checkPin, pinLocked, pinTriesLeft } from './pin';
import { needsApp, needsPin } from '../pipeline/transfer-policy';
import { transferSpeech } from './speech';
import type { ReadBackFact } from '../pipeline/facts';
import { ended, readBackOf, waiting } from './transfer-facts';

/** What the dialog knows about the customer this turn. */
export interface TransferView {
  readonly accounts: readonly Account[];
  readonly payees: readonly Payee[];
}

async function question(ctx: LinkedContext, view: TransferView, draft: TransferDraft, step: TransferStep, speech: string, choices?: readonly string[], readBack?: ReadBackFact): Promise<Outcome> {
  draft.step = step;
  await saveDraft(ctx.deps.store, draft, ctx.deps.transferPolicy.pendingTtlSeconds);
  ctx.conversation.awaiting = { kind: 'transfer', draftId: draft.id };
  return waiting(ask(speech, speech, ctx.turn.channel === 'text' ? choices : undefined), { step, payees: view.payees, ...(readBack ? { readBack } : {}), ...(choices ? { choices } : {}) });
}

async function stop(ctx: LinkedContext, view: TransferView, draft: TransferDraft, speech: string): Promise<Outcome> {
  await dropDraft(ctx.deps.store, draft.id);
  ctx.conversation.awaiting = undefined;
  return ended(tell(speech), 'not-sent', view.payees);
}

function destination(draft: TransferDraft, view: TransferView): Destination | undefined {
  const payee = view.payees.find((p) => p.id === draft.payeeId);
  if (payee) return { payee };
  const account = view.accounts.find((a) => a.id === draft.toId);
  return account ? { account } : undefined;
}

/** Asks the next question of the transfer dialog, or sends the transfer when all is settled. */
export async function advance(ctx: LinkedContext, draft: TransferDraft, view: TransferView, prefix = ''): Promise<Outcome> {
  const t = transferSpeech(ctx.turn.locale);
  const say = (s: string) => (prefix ? `${prefix} ${s}` : s);
  const { deps } = ctx;
  const sources = view.accounts.filter((a) => a.kind !== 'credit-card');
  if (sources.length === 0) return stop(ctx, view, draft, t.noTransferAccount());

  if (!draft.amount && draft.kind === 'card' && draft.cardOption && draft.toId) {
    const statement = await deps.bank.cards?.statement(ctx.session, draft.toId);
    if (!statement) return ok({ type: 'tell', speech: ctx.speech.bankError({ kind: 'unsupported' }) });
    if (!statement.ok) return statement;
    draft.amount = draft.cardOption === 'statement' ? statement.value.statementBalance : statement.value.minimumPayment;
  }
  if (!draft.amount && draft.kind === 'card' && draft.toId) {
    const statement = await deps.bank.cards?.statement(ctx.session, draft.toId);
    if (statement?.ok) {
      return question(ctx, view, draft, 'card-option', say(t.askCardOption(statement.value.statementBalance, statement.value.minimumPayment)), ['Statement balance', 'Minimum payment']);
    }
  }
  if (!draft.amount) return question(ctx, view, draft, 'amount', say(t.askAmount(destination(draft, view))));

  const to = destination(draft, view);
  if (!to) {
    if (draft.kind === 'payee' && draft.candidates?.length) {
      const names = view.payees.filter((p) => draft.candidates?.includes(p.id)).map((p) => p.name);
      return question(ctx, view, draft, 'choose-payee', say(t.choosePayee(names)), names);
    }
    if (draft.kind === 'payee') return question(ctx, view, draft, 'payee', say(t.askPayee()), view.payees.map((p) => p.name));
    const targets = view.accounts.filter((a) => a.id !== draft.fromId);
    return question(ctx, view, draft, 'target', say(t.askTarget(targets)));
  }

  const from = view.accounts.find((a) => a.id === draft.fromId) ?? (sources.length === 1 ? sources[0] : undefined);
  if (!from) return question(ctx, view, draft, 'source', say(t.askSource(sources)));
  draft.fromId = from.id;
  if (draft.amount.currency !== from.balance.currency) {
    draft.amount = undefined;
    return question(ctx, view, draft, 'amount', say(t.otherCurrency(from)));
  }

  if (compare(from.available ?? from.balance, draft.amount) < 0) return stop(ctx, view, draft, say(t.insufficientFunds(from)));
  const breach = await checkLimits(deps.store, deps.transferPolicy, ctx.session.customer.id, draft.amount, deps.clock.now());
  if (breach) return stop(ctx, view, draft, say(t.overLimit(breach)));

  const above = parseDecimal(deps.transferPolicy.confirmAbove, draft.amount.currency);
  const large = above.ok && compare(draft.amount, above.value) > 0;
  if (!draft.amountChecked && (large || isConfusable(draft.amount))) {
    return question(ctx, view, draft, 'check-amount', say(large ? t.checkLarge(draft.amount) : t.checkAmount(draft.amount)), ['Yes', 'No'], { amount: draft.amount });
  }
  const readBack = readBackOf(draft.amount, to, from);
  if (!draft.confirmed) return question(ctx, view, draft, 'confirm', say(t.confirm(draft.amount, to, from)), ['Yes', 'No'], readBack);

  if (needsPin(deps.transferPolicy) && !draft.pinVerified) {
    if (await pinLocked(deps.store, ctx.session.customer.id)) return stop(ctx, view, draft, say(t.pinLocked()));
    if (!(await deps.pins.hashFor(ctx.session.customer.id))) return stop(ctx, view, draft, say(t.pinNotEnrolled()));
    return question(ctx, view, draft, 'pin', say(t.askPin()));
  }
  if (needsApp(deps.transferPolicy)) {
    const approvals = deps.bank.approvals;
    if (!approvals) return stop(ctx, view, draft, ctx.speech.bankError({ kind: 'unsupported' }));
    if (!draft.approvalId) {
      const started = await approvals.start(ctx.session, { from: from.id, to: 'payee' in to ? { kind: 'payee', payeeId: to.payee.id } : { kind: 'own-account', accountId: to.account.id }, amount: draft.amount });
      if (!started.ok) return started;
      draft.approvalId = started.value.approvalId;
      return question(ctx, view, draft, 'approval', say(t.approvalSent()), ['Continue', 'Cancel'], readBack);
    }
    const status = await approvals.status(ctx.session, draft.approvalId);
    if (!status.ok) return status;
    if (status.value.status === 'pending') return question(ctx, view, draft, 'approval', say(t.approvalPending()), ['Continue', 'Cancel'], readBack);
    if (status.value.status !== 'approved') return stop(ctx, view, draft, say(t.approvalRefused()));
  }
  return executeTransfer(ctx, draft, from, to);
}

/** Checks a spoken PIN for the draft, then carries on or explains. */
export async function answerPin(ctx: LinkedContext, draft: TransferDraft, view: TransferView, spoken: string): Promise<Outcome> {
  const t = transferSpeech(ctx.turn.locale);
  const result = await checkPin(ctx.deps.store, ctx.deps.pins, ctx.session.customer.id, spoken);
  if (result === 'correct') {
    draft.pinVerified = true;
    return advance(ctx, draft, view);
  }
  if (result === 'wrong') {
    await audit(ctx, draft, 'pin-failed', 'wrong');
    return question(ctx, view, draft, 'pin', t.wrongPin(await pinTriesLeft(ctx.deps.store, ctx.session.customer.id)));
  }
  await audit(ctx, draft, 'pin-locked', result);
  return stop(ctx, view, draft, result === 'locked' ? t.pinLocked() : t.pinNotEnrolled());
}
