/**
 * "Is there anything else?" right after the payees were read out: "pay the second one", "the one
 * ending in 7781", "send the first one ten dollars" start a transfer to that payee of the list.
 * Anything else is the anything-else question's.
 */
import type { Awaiting } from '../pipeline/awaiting';
import type { Flow } from '../pipeline/flow';
import type { LinkedContext, Outcome } from '../pipeline/intent-handler';
import { anythingElseFlow } from '../conversation/anything-else.flow';
import { ordinalOf, placeSaid, positionSlot } from '../pipeline/ordinal';
import { isHeard, type Turn } from '../pipeline/turn';
import { applyAnswer } from './apply-answer';
import { newDraft } from './draft';
import { loadView } from './transfer-view';
import { transferSpeech } from './speech';
import { answerAndContinue, ask, askAfter } from '../pipeline/reply-builders';

type PayeesListed = Extract<Awaiting, { kind: 'payees-listed' }>;

/** The most payees a draft keeps as the choices offered (its stored form holds no more). */
const MOST_CHOICES_KEPT = 20;

/**
 * The place on the list a turn names: "the second one" (a position), "the one ending in 7781"
 * (digits), or a transfer whose payee's words are a position ("send the first one ten dollars",
 * which an open payee slot may catch whole). Undefined when it names none.
 */
function placeNamed(turn: Turn, lastFours: readonly string[]): number | undefined {
  if (turn.intent === 'Choose') return placeSaid(turn.slots, lastFours);
  if (turn.intent === 'Transfer') return ordinalOf(positionSlot(turn.slots) ?? (isHeard(turn.slots.payee) ? turn.slots.payee : undefined), lastFours.length);
  // "To the second one", "to the one ending in 7781": the payee answer with a place in it.
  if (turn.intent === 'ProvidePayee') return placeSaid(turn.slots, lastFours);
  return undefined;
}

/** "The other one" alone, no one named beside it. */
function saysOtherOneAlone(turn: Turn): boolean {
  return turn.intent === 'ProvidePayee' && isHeard(turn.slots.otherOne) && !isHeard(turn.slots.payee) && !isHeard(turn.slots.otherPayee) && !isHeard(turn.slots.notPayee);
}

/** "The other one" right after the payees were read out: none was chosen yet, so which one is asked, naming them; the list stays open. */
function whichOfThem(ctx: LinkedContext, awaiting: PayeesListed, names: readonly string[]): Outcome {
  const t = transferSpeech(ctx.turn.locale);
  const question = t.choosePayee(names);
  ctx.conversation.awaiting = awaiting;
  return ask(`${t.noneChosen()} ${question}`, question);
}

/** Starts a transfer to the payee at a place on the list, keeping an amount said with it. */
async function payListed(ctx: LinkedContext, awaiting: PayeesListed): Promise<Outcome | undefined> {
  const view = await loadView(ctx);
  if (!view.ok) return view;
  const listed = awaiting.payeeIds.flatMap((id) => view.value.payees.filter((p) => p.id === id));
  const index = placeNamed(ctx.turn, listed.map((p) => p.last4));
  const payee = index === undefined ? undefined : listed[index];
  // "The fourth one" of three: the list is read again, and the question stays open for a place on it.
  if (!payee && ctx.turn.intent === 'Choose') {
    const t = transferSpeech(ctx.turn.locale);
    const again = answerAndContinue(ctx, `${t.didNotGet()} ${t.payeeList(listed)}`);
    ctx.conversation.awaiting = awaiting;
    return again;
  }
  if (!payee && saysOtherOneAlone(ctx.turn) && listed.length > 1) return whichOfThem(ctx, awaiting, listed.map((p) => p.name));
  if (!payee) return undefined;
  const draft = newDraft(ctx.session.customer.id, 'payee');
  draft.payeeId = payee.id;
  // "No, the first one" to the next question chooses again on the list read out, counted as it was.
  if (listed.length <= MOST_CHOICES_KEPT) draft.payeeChoices = listed.map((p) => p.id);
  // The amount said with the place ("send the first one ten dollars") stands; the place itself is no slot of the transfer.
  const { payee: _place, ordinal: _ordinal, position: _position, last4: _last4, ...rest } = ctx.turn.slots;
  const next = await applyAnswer(ctx, draft, view.value, rest);
  // The payee was named by a place: the name is said back, unless the next question says it.
  if (next.ok && next.value.type === 'ask' && next.value.speech.includes(payee.name)) return next;
  return askAfter(transferSpeech(ctx.turn.locale).changed({ toName: payee.name }), next);
}

/** The flow of the question after the payees were read out. */
export const payeesListedFlow: Flow<'payees-listed'> = {
  async intercept(ctx, awaiting) {
    const picked = ctx.session ? await payListed({ ...ctx, session: ctx.session }, awaiting) : undefined;
    return picked ?? anythingElseFlow.intercept(ctx, { kind: 'anything-else' });
  },
};
