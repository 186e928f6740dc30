/**
 * "Könntest du bitte zweihundert Euro vom Sparkonto aufs Girokonto überweisen": said politely, the
 * platform may hear a transfer to a payee, with the account the money goes to in the slot for a
 * payee's account ("auf Annas Girokonto") and no payee at all. With the source said and no one
 * named, the account is the customer's own: the turn is a move between their accounts, so the customer is never asked
 * "who to?" for money that goes to their own Girokonto.
 */
import { isHeard, type Turn } from '../pipeline/turn';

/** The turn, with a transfer that names no payee but an account to pay into made a move between own accounts. */
export function ownAccountMeant(turn: Turn): Turn {
  if (turn.intent !== 'Transfer') return turn;
  const { payeeAccount, account, payee, pronoun, nextPayee, ...rest } = turn.slots;
  // Both accounts said, and no one: "to Charlie's savings" with a name the platform did not hear
  // names no source, and stays a transfer whose payee is asked for.
  if (!isHeard(payeeAccount) || !isHeard(account) || isHeard(payee) || isHeard(pronoun) || isHeard(nextPayee)) return turn;
  return { ...turn, intent: 'TransferOwn', slots: { ...rest, from: account, to: payeeAccount } };
}
