/**
 * "No, the one to Bob" right after "cancel that transfer" cancelled the last one, to Maria: the
 * customer meant Bob's transfer (as well; Maria's stays cancelled, the answer before said so). A
 * payee named with no amount there is the undo asked for that payee, never a new transfer to them.
 */
import type { Conversation } from '../pipeline/conversation-state';
import { isHeard, type Turn } from '../pipeline/turn';
import { carriesValue } from '../pipeline/empty-answer';

/**
 * Intents that carry a payee said alone ("no, the one to Bob", "nee, die an Jonas"). A transfer
 * asked for ("pay Bob") stays one: it may as well be the money sent again to someone else.
 */
const PAYEE_SAID: ReadonlySet<string> = new Set(['ProvidePayee', 'Choose']);

/** The turn as the undo of the named payee's transfer, where it answers an undo just done; otherwise as it was. */
export function undoCorrectionMeant(turn: Turn, conversation: Conversation): Turn {
  const awaiting = conversation.awaiting;
  if (awaiting?.kind !== 'anything-else' || !awaiting.afterUndo || !PAYEE_SAID.has(turn.intent)) return turn;
  const { payee, amount, number } = turn.slots;
  if (!isHeard(payee) || isHeard(amount) || isHeard(number)) return turn;
  return { ...turn, intent: 'CancelTransfer', slots: { payee } };
}

/** Words that name a transfer and nothing more ("no, the transfer", "nein, die Überweisung"), as a platform hears them. */
const TRANSFER_NAMED: ReadonlySet<string> = new Set(['Transfer', 'TransferOwn', 'TransferStatus']);

/**
 * "Cancel it" right after a card lock keeps the card locked; "no, the transfer" then says what the
 * cancel was for: the undo of a transfer, never a new transfer begun with nothing in it.
 */
export function transferCancelMeant(turn: Turn, conversation: Conversation): Turn {
  const awaiting = conversation.awaiting;
  if (awaiting?.kind !== 'anything-else' || !awaiting.afterCancel || !TRANSFER_NAMED.has(turn.intent) || carriesValue(turn)) return turn;
  return { ...turn, intent: 'CancelTransfer', slots: {} };
}
