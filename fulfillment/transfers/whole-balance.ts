/**
 * "Move everything from savings to checking", "send Bob all of it": the whole balance of the
 * account the money comes from (what it has available, where the bank says). Looked up once the
 * source is known, so "everything" asks "from which account?" first; a source changed later
 * changes the amount with it. The amount is said before anything else, and the limits, the
 * large-amount check and the read-back follow as for any amount: nothing moves on a figure the
 * customer did not hear. In discreet mode the balance is not looked up: the customer is asked
 * for an amount. To the card payment's question, "everything" is the statement balance.
 * "Half of it" is half the balance, rounded down to the cent, and goes the same way.
 */
import type { LinkedContext } from '../pipeline/intent-handler';
import { isDiscreet } from '../discreet/discreet-mode';
import { isHeard, type Turn } from '../pipeline/turn';
import { matchWords } from '../pipeline/word-match';
import { sameMoney } from '../kit/money';
import { forgetBalanceShare, takeAmount, type TransferDraft } from './draft';
import { saysAmount } from './amount';
import { WHOLE_BALANCE_WORDS } from './whole-balance-words';
import { CARD_OPTION_WORDS } from './card-option-words';
import { sourceOf, type TransferView } from './advance';
import { transferSpeech } from './speech';

/** Whether the turn says an amount of its own, or the amount of last time: either replaces "everything". */
const namesOtherAmount = (slots: Turn['slots']) => saysAmount(slots) || isHeard(slots.sameAmount);

/**
 * Marks the draft for the whole balance when the turn asks for it, and fills the amount once the
 * source is known; returns what to say about it, or undefined when there is nothing to say.
 */
export async function amountOfWholeBalance(ctx: LinkedContext, draft: TransferDraft, view: TransferView, slots: Turn['slots']): Promise<string | undefined> {
  const locale = ctx.turn.locale;
  // "Everything", "the full balance" heard as the card payment's option ("all of it", the statement
  // balance, the card's whole balance) in any other transfer: the whole balance of its source.
  const option = matchWords(slots.option, CARD_OPTION_WORDS[locale]);
  const share = matchWords(slots.wholeBalance, WHOLE_BALANCE_WORDS[locale]);
  const heard = share.kind === 'matched' || (draft.kind !== 'card' && option.kind === 'matched' && (option.id === 'statement' || option.id === 'balance'));
  const asked = heard && !namesOtherAmount(slots);
  if (asked) {
    draft.wholeBalance = true;
    draft.halfBalance = share.kind === 'matched' && share.id === 'half' ? true : undefined;
    draft.sameAsLast = undefined;
    draft.sameAsJustSent = undefined;
    draft.amount = undefined;
  } else if (namesOtherAmount(slots) || draft.sameAsLast) {
    forgetBalanceShare(draft);
  }
  if (!draft.wholeBalance) return undefined;
  if (draft.kind === 'card') {
    // Half the card's balance is no option the card offers: the options are asked for again.
    // "The whole balance" heard as the whole of an account is, on a card, its whole balance owed.
    const named = matchWords(slots.wholeBalance, CARD_OPTION_WORDS[locale]);
    if (!draft.halfBalance) draft.cardOption = named.kind === 'matched' ? named.id : 'statement';
    forgetBalanceShare(draft);
    return undefined;
  }
  const from = sourceOf(draft, view);
  if (!from) return undefined;
  const balance = from.available ?? from.balance;
  // Half of an odd number of cents is rounded down: never more than half leaves the account.
  const whole = draft.halfBalance ? { ...balance, minor: Math.floor(balance.minor / 2) } : balance;
  if (draft.amount && sameMoney(draft.amount, whole)) return undefined;
  const t = transferSpeech(ctx.turn.locale);
  // The read-back would say the balance aloud: in discreet mode the customer names an amount instead.
  if (await isDiscreet(ctx.deps.store, ctx.session.customer.id)) {
    forgetBalanceShare(draft);
    draft.amount = undefined;
    return t.wholeBalanceDiscreet();
  }
  if (whole.minor <= 0) {
    forgetBalanceShare(draft);
    draft.amount = undefined;
    return t.nothingToMove(from);
  }
  takeAmount(draft, whole);
  return draft.halfBalance ? t.halfBalance(from, whole) : t.wholeBalance(from, whole);
}
