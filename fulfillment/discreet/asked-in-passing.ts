/**
 * "Be discreet, what's my balance?": a question that carries the wish for discreet mode (its
 * `privately` slot) turns the mode on before it is answered, so the answer is already quiet.
 * Words heard in that slot count when they tell of privacy (`asksForPrivacy`): a wish half heard
 * is still kept, a date Alexa put there is not.
 */
import type { BankSession } from '../banks/bank-types';
import type { StateStore } from '../state/state-store';
import type { Turn } from '../pipeline/turn';
import { asksForPrivacy } from './privately-words';
import { isDiscreet, setDiscreet } from './discreet-mode';
import { discreetSpeech } from './speech';
import type { Reply } from '../pipeline/reply';

/** Turns discreet mode on when the turn asks for it in passing; returns what to say before the answer, if anything. */
export async function discreetAskedInPassing(store: StateStore, session: BankSession, turn: Turn): Promise<string | undefined> {
  if (!asksForPrivacy(turn.slots.privately, turn.locale)) return undefined;
  const customer = session.customer.id;
  if (await isDiscreet(store, customer)) return undefined;
  await setDiscreet(store, customer, true);
  return discreetSpeech(turn.locale).discreetInPassing();
}

/** The reply with words said before it; a reply that asks to link an account is left as it is. */
export function saidFirst(lead: string, reply: Reply): Reply {
  if (reply.type !== 'ask' && reply.type !== 'tell') return reply;
  return { ...reply, speech: `${lead} ${reply.speech}` };
}
