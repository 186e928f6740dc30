/**
 * "How much will I have left?", "wie viel bleibt mir dann?" while a transfer waits: the balance
 * of the account it comes from once it is sent, worked out in minor units, then the transfer's
 * question again. Nothing is sent or changed.
 */
import { subtract } from '../kit/money';
import type { LinkedContext, Outcome } from '../pipeline/intent-handler';
import { matchWords } from '../pipeline/word-match';
import { AFTERWARDS_WORDS } from '../accounts/afterwards-words';
import { isDiscreet } from '../discreet/discreet-mode';
import { advance, type TransferView } from './advance';
import type { TransferDraft } from './draft';
import { transferSpeech } from './speech';

/**
 * The answer and the transfer's question again; undefined when the turn asks no such thing, the
 * transfer has no amount or source account yet, the currencies differ, the question waiting is not
 * one the read-back asks again, or discreet mode is on (the balance is then answered, quietly, in passing).
 */
export async function leftAfterTransfer(ctx: LinkedContext, draft: TransferDraft, view: TransferView): Promise<Outcome | undefined> {
  if (ctx.turn.intent !== 'Balance' || matchWords(ctx.turn.slots.afterwards, AFTERWARDS_WORDS[ctx.turn.locale]).kind !== 'matched') return undefined;
  if (draft.step === 'approval' || draft.step === 'change') return undefined;
  const from = view.accounts.find((a) => a.id === draft.fromId);
  if (!draft.amount || !from || from.balance.currency !== draft.amount.currency) return undefined;
  if (await isDiscreet(ctx.deps.store, ctx.session.customer.id)) return undefined;
  const t = transferSpeech(ctx.turn.locale);
  return advance(ctx, draft, view, `${t.leftAfter(draft.kind, from.kind, subtract(from.balance, draft.amount))} ${t.backToTransfer(draft.kind)}`);
}
