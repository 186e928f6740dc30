/**
 * "And also send Maria a hundred dollars": a transfer besides the one being prepared, which the
 * platform hears in the second transfer's own slots (nextPayee, nextAmount). While a transfer is
 * prepared, its dialog keeps this one for after it; with none in preparation, it is simply the
 * transfer asked for.
 */
import type { Conversation } from '../pipeline/conversation-state';
import { isHeard, type Turn } from '../pipeline/turn';
import { saysAmount } from './amount';

/**
 * The turn as the request it is: an amount said with only a second payee ("also send Maria a
 * hundred dollars", where a platform put the amount in the first transfer's slot) is that payee's;
 * and with no transfer in preparation the second transfer's slots are the first's.
 */
export function alsoMeant(turn: Turn, conversation: Conversation): Turn {
  if (turn.intent !== 'Transfer') return turn;
  const { payee, amount, nextPayee, nextAmount, ...rest } = turn.slots;
  // An amount in the second's slot and no second payee: "forty or fifty" (two amounts, which the
  // dialog asks about) or, with no other amount, the amount itself.
  if (!isHeard(nextPayee) && isHeard(nextAmount)) return saysAmount(turn.slots) ? turn : { ...turn, slots: { ...rest, ...(payee ? { payee } : {}), amount: nextAmount } };
  if (isHeard(payee) || !isHeard(nextPayee)) return turn;
  const second = { payee: nextPayee, amount: isHeard(nextAmount) ? nextAmount : amount };
  const preparing = conversation.awaiting?.kind === 'transfer' || conversation.paused?.kind === 'transfer';
  // The currency and cents said go with the second transfer's amount, never into the first's.
  const { currency, cents, ...first } = rest;
  const said = currency?.id ?? currency?.value.trim();
  const withCurrency = second.amount && said && !second.amount.currency ? { ...second.amount, currency: said } : second.amount;
  const slots = preparing ? { ...first, nextPayee: second.payee, nextAmount: withCurrency, nextCents: cents } : { ...rest, payee: second.payee, amount: second.amount };
  return { ...turn, slots: Object.fromEntries(Object.entries(slots).filter(([, slot]) => slot !== undefined)) };
}
