/**
 * "The Schmidt one", "the savings one" to "which one?": the "one" is a pronoun, but a platform's
 * number type may hear it as the number 1, and the transfer would become $1.00. While a payee or
 * an account is being chosen, a bare 1 (no currency said) beside the name or account it goes
 * with is no amount. "Make it one dollar" says its currency and stays an amount, as do "one
 * fifty" (Alexa's cents slot beside the 1) and "one grand" (an amount word beside it).
 */
import { isHeard, type Turn } from '../pipeline/turn';
import type { TransferDraft } from './draft';

/** The steps whose question asks for a payee or an account out of several. */
const CHOOSING: ReadonlySet<TransferDraft['step']> = new Set(['choose-payee', 'payee', 'source', 'target']);

const isBareOne = (slot: Turn['slots'][string]) => isHeard(slot) && slot.value.trim() === '1' && !slot.currency;

/** The turn without the 1 of "the Schmidt one", when it is that; otherwise the turn as it was. */
export function withoutPronounOne(turn: Turn, step: TransferDraft['step']): Turn {
  const { amount, number, currency, cents, amountWord, payee, account, from, to } = turn.slots;
  const names = [payee, account, from, to].some(isHeard);
  const one = [amount, number].filter(isBareOne);
  if (!CHOOSING.has(step) || !names || one.length === 0 || [currency, cents, amountWord].some(isHeard)) return turn;
  const slots = Object.fromEntries(Object.entries(turn.slots).filter(([name, value]) => !((name === 'amount' || name === 'number') && isBareOne(value))));
  return { ...turn, slots };
}
