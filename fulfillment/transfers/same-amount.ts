/**
 * "Send Bob the same as last time": the amount of the last transfer to that payee, read from the
 * bank's history once the payee is known (after "which Anna?", if need be). The read-back that
 * follows says it like any amount, so nothing moves on an amount the customer did not hear.
 */
import type { LinkedContext } from '../pipeline/intent-handler';
import type { Turn } from '../pipeline/turn';
import { saysAmount } from './amount';
import { matchWords } from '../pipeline/word-match';
import { isoDay } from '../kit/clock';
import { absolute } from '../kit/money';
import { onSpokenRelativeDay } from '../speech/dates';
import { sentTo, transactionsBetween } from '../insights/history';
import { takeAmount, type TransferDraft } from './draft';
import { SAME_AMOUNT_WORDS } from './same-amount-words';
import { homeCurrency } from './transfer-view';
import type { TransferView } from './advance';
import { transferSpeech } from './speech';
import { lastTransfer } from './last-transfer';
import { paidLastAmong } from './paid-before';

/**
 * Which amount of an earlier transfer the turn asks for ("as last time": `same`; "same again":
 * `again`), when it names no amount of its own; undefined when it asks for none.
 */
export function sameAmountAsked(turn: Turn, slots: Turn['slots']): 'same' | 'again' | undefined {
  const said = matchWords(slots.sameAmount, SAME_AMOUNT_WORDS[turn.locale]);
  return said.kind === 'matched' && !saysAmount(slots) ? said.id : undefined;
}

/**
 * Fills the draft's amount from the last transfer to its payee when the customer asked for it,
 * and says what was found; undefined when nothing was asked or the payee is still to be chosen.
 */
export async function amountAsLastTime(ctx: LinkedContext, draft: TransferDraft, view: TransferView, slots: Turn['slots']): Promise<string | undefined> {
  // Asked for now, it replaces an amount said before ("no, the same as last time" at the read-back).
  const asked = sameAmountAsked(ctx.turn, slots);
  // Kept for this turn: with no earlier transfer to be found, the amount said before stays.
  const said = asked ? draft.amount : undefined;
  if (asked && draft.kind === 'payee') {
    draft.sameAsLast = true;
    draft.sameAsJustSent = asked === 'again' || undefined;
    draft.amount = undefined;
  }
  if (!draft.sameAsLast) return undefined;
  if (draft.kind !== 'payee' || draft.amount) {
    draft.sameAsLast = undefined;
    draft.sameAsJustSent = undefined;
    return undefined;
  }
  // "The same again", "and the same to Maria" right after a transfer: the amount just sent, and
  // with nobody named, to the same payee.
  const justPaid = draft.sameAsJustSent ? await payeeJustPaid(ctx, view) : undefined;
  if (justPaid && !draft.payeeId && !draft.candidates?.length) draft.payeeId = justPaid.id;
  // "Repeat my last transfer" long after it, with nobody named: the payee the history shows was paid last.
  if (draft.sameAsJustSent && !justPaid && !draft.payeeId && !draft.candidates?.length) draft.payeeId = (await paidLastAmong(ctx, view.payees))?.payee.id;
  const payee = view.payees.find((p) => p.id === draft.payeeId);
  const t = transferSpeech(ctx.turn.locale);
  const repeating = draft.sameAsJustSent === true;
  // A payee still to be asked for, or chosen among those offered: the amount waits for it.
  if (!payee && (!repeating || draft.candidates?.length)) return undefined;
  draft.sameAsLast = undefined;
  draft.sameAsJustSent = undefined;
  // Nobody paid before and nobody named: that is said, and the transfer is asked for from the start.
  if (!payee) return t.nothingToRepeat();
  const source = justPaid ?? payee;
  const history = await transactionsBetween(ctx, undefined, undefined);
  // The history comes newest first; only an amount in the account's currency is offered again.
  const last = history.ok ? sentTo(history.value, source.name).find((tx) => tx.amount.currency === homeCurrency(view)) : undefined;
  if (!last) {
    draft.amount = said;
    return t.noEarlierTransfer(source.name, said);
  }
  const amount = absolute(last.amount);
  takeAmount(draft, amount);
  draft.fromHistory = true;
  // "And the same to Maria" after Bob's: the amount is Bob's, and said as his, never as a history of Bob.
  if (justPaid && justPaid.id !== payee.id) return t.sameAsJustSent(justPaid.name, amount);
  return t.lastTimeAmount(source.name, amount, onSpokenRelativeDay(last.date, isoDay(ctx.deps.clock.now()), ctx.turn.locale));
}

/** How long after a voice transfer "the same" means its amount, rather than the last sent to the payee named. */
const JUST_MADE_MS = 15 * 60_000;

/** The payee of a voice transfer made in the last minutes, if it went to a payee. */
async function payeeJustPaid(ctx: LinkedContext, view: TransferView): Promise<TransferView['payees'][number] | undefined> {
  const last = await lastTransfer(ctx.deps.store, ctx.session.customer.id);
  const at = last ? Date.parse(last.at) : Number.NaN;
  if (!last || !(ctx.deps.clock.now().getTime() - at < JUST_MADE_MS)) return undefined;
  return view.payees.find((p) => p.id === last.target);
}
