/**
 * "One two three four, and then lock my debit card" to the PIN prompt of a transfer: the PIN and
 * another request in one breath, heard as that request with the digits in its `pin` slot. The
 * digits go to the transfer first, as a PIN said alone would, with every rule of the PIN step
 * (digits unheard are asked again and never counted, a wrong PIN counts and is never said back).
 * Only once the transfer is settled is the request taken up: the lock is offered, the balance
 * told, after the transfer's own words. A PIN not accepted leaves the request unanswered, for the
 * customer to ask again; the digits never reach the request, not even as a card's last four.
 */
import { interceptByFlow } from './flow-table';
import { HANDLERS } from './handler-table';
import type { HandlerContext, Outcome } from './pipeline/intent-handler';
import { answerThenResume } from './pipeline/reply-builders';
import { isHeard } from './pipeline/turn';
import { spokenDigits } from './transfers/pin';
import { ok } from './kit/result';
import { loadDraft, UNREADABLE } from './transfers/draft';

/** Takes the PIN said before a request at a transfer's PIN prompt, then the request; undefined for any other turn. */
export async function requestAfterPin(ctx: HandlerContext): Promise<Outcome | undefined> {
  const { turn, conversation, session } = ctx;
  const awaiting = conversation.awaiting;
  if (turn.intent === 'Pin' || !isHeard(turn.slots.pin) || awaiting?.kind !== 'transfer' || !session) return undefined;
  const draft = await loadDraft(ctx.deps.store, awaiting.draftId, session.customer.id);
  if (!draft || draft === UNREADABLE || draft.step !== 'pin') return undefined;
  const { pin, last4, ...rest } = turn.slots;
  const paid = await interceptByFlow({ ...ctx, turn: { ...turn, intent: 'Pin', slots: { pin } } });
  // Asked again, wrong, or the transfer still waiting (an approval in the app): the request waits for the customer.
  if (!paid?.ok || paid.value.type !== 'ask' || conversation.awaiting?.kind === 'transfer') return paid;
  const keptLast4 = last4 && spokenDigits(last4) !== spokenDigits(pin) ? { last4 } : {};
  const handler = HANDLERS[turn.intent];
  const then = await handler.handle({ ...ctx, session, turn: { ...turn, slots: { ...rest, ...keptLast4 } } });
  if (!then.ok) return paid;
  const facts = paid.value.facts;
  return ok({ ...answerThenResume(paid.value, then.value), ...(facts ? { facts } : {}) });
}
