/**
 * Right after a transfer, "Is there anything else?" works as everywhere, except that a plain
 * "cancel" most likely means the transfer just made. Where the bank still lets the customer
 * cancel it, the skill asks whether to; where it does not (a move between own accounts, a card
 * payment, a bank without an undo window), it says so. Never a goodbye with the money on its way.
 */
import { conversationSpeech } from '../conversation/speech';
import type { Awaiting } from '../pipeline/awaiting';
import type { Flow } from '../pipeline/flow';
import type { LinkedContext, Outcome } from '../pipeline/intent-handler';
import { answerAndContinue, ask, askAfter, askAgain, tell } from '../pipeline/reply-builders';
import { transferSpeech } from './speech';
import { namesATransfer, undone, undoOffer, undoQuestion } from './undo';
import { goOnInstead, prepareInstead } from './corrected-after-sent';
import { undoRecordOf } from './undo-records';
import { isHeard } from '../pipeline/turn';
import { ok } from '../kit/result';
import { payCardHandler, transferHandler } from './transfer.handlers';
import { lastTransfer } from './last-transfer';
import { destinationOf } from './unresolved';
import { matchPayees } from './payee-match';
import { dropDraft } from './draft';
import { waitingPayee } from './next-payee';
import { takeUpNextTransfer } from './next-transfer-taken-up';
import { loadView } from './transfer-view';
import { carriesValue } from '../pipeline/empty-answer';
import { anythingElseFlow } from '../conversation/anything-else.flow';
import { sameAmountAsked } from './same-amount';
import { saysAmount } from './amount';
import { cancelNamedThenAskAboutLast } from './no-and-cancel';

/** After "Done... Is there anything else?" that ends a transfer. */
export const afterTransferFlow: Flow<'after-transfer'> = {
  async intercept(ctx, awaiting) {
    const intent = ctx.turn.intent;
    const t = transferSpeech(ctx.turn.locale);
    // "Actually no, and cancel the one to Bob too": Bob's is undone, and the one just made is offered.
    const both = ctx.session ? await cancelNamedThenAskAboutLast({ ...ctx, session: ctx.session }) : undefined;
    if (both) return both;
    // "Shall we do the one to Maria now?": yes takes it up, no leaves it and says nothing went to her.
    if (awaiting.next && ctx.session && (intent === 'Yes' || intent === 'No')) {
      const answered = await answerGoOn({ ...ctx, session: ctx.session }, intent === 'Yes');
      if (answered) return answered;
    }
    // "Now the other one" after the first of two transfers asked for at once: the second, taken up.
    // So is "yes, but make it forty" to "Shall we do the one to Maria now?", with that amount:
    // never a correction of the transfer just sent.
    const amountForNext = awaiting.next && intent === 'ProvideAmount' && saysAmount(ctx.turn.slots);
    if (ctx.conversation.nextTransfer && ctx.session && ((intent === 'ProvidePayee' && !carriesValue(ctx.turn)) || amountForNext)) {
      const view = await loadView({ ...ctx, session: ctx.session });
      if (!view.ok) return view;
      const next = await takeUpNextTransfer({ ...ctx, session: ctx.session }, view.value, amountForNext);
      if (next) return next;
    }
    // "And the same to the other Anna": a new transfer of the amount just sent, to the Anna not paid.
    if (intent === 'ProvidePayee' && isHeard(ctx.turn.slots.sameAmount) && ctx.session) return sameToTheOther({ ...ctx, session: ctx.session });
    // "Oops, wrong amount", "no, make it sixty", "to the other Anna": a correction of the
    // transfer just made. It is never a new transfer, which would send the money twice.
    // An account named alone ("my savings") stays the balance question it is everywhere else.
    // "Send her the same again" is a new transfer of the amount just sent, which the transfer's
    // own dialog reads back.
    const sameAgain = intent === 'ProvideAmount' && sameAmountAsked(ctx.turn, ctx.turn.slots) !== undefined;
    const correction = isCorrection(ctx.turn, sameAgain);
    if (awaiting.final && (intent === 'Cancel' || intent === 'CancelTransfer' || correction)) {
      return answerAndContinue(ctx, t.cannotUndo(awaiting.final));
    }
    // "No, the statement balance" right after a card payment: what to pay, said as a correction of the
    // payment just made. A new payment begins, with the word that the one made stays made.
    if (awaiting.final === 'card' && intent === 'PayCard' && isHeard(ctx.turn.slots.option) && ctx.session) {
      const started = await payCardHandler.handle({ ...ctx, session: ctx.session });
      return started.ok && started.value.type === 'ask' ? ok({ ...started.value, speech: `${t.cannotUndo(awaiting.final)} ${started.value.speech}` }) : started;
    }
    if (intent === 'Cancel' || correction) {
      const linkedCtx = ctx.session ? { ...ctx, session: ctx.session } : undefined;
      const offer = linkedCtx ? await undoOffer(linkedCtx) : undefined;
      // Past the time the bank allows a cancel: said at once, with no offer it could not keep.
      if (linkedCtx?.deps.bank.transfers?.cancel && !offer?.transferIds?.length) return (await undone(linkedCtx)).outcome;
      // "No, make it twenty": the transfer meant is prepared, and taken up once the cancel is done.
      const sentId = offer?.transferIds?.[0];
      const prepared = correction && linkedCtx && sentId ? await prepareInstead(linkedCtx, sentId) : undefined;
      // "No, make it two thousand" past the voice limit: no cancel is offered for a transfer that cannot be made.
      if (typeof prepared === 'object') return answerAndContinue(ctx, `${t.alreadySent()} ${t.overLimitKept(prepared.overLimit)}`);
      const instead = prepared;
      ctx.conversation.awaiting = offer ? { ...offer, ...(instead ? { instead } : {}) } : { kind: 'undo-offer' };
      const question = instead ? t.offerUndoInstead() : t.offerUndo();
      return ask(correction ? `${t.alreadySent()} ${question}` : question, question);
    }
    // "No, forty to Bob instead" is heard as a new transfer as often as "and forty to Bob": it
    // is one, so the customer hears that the transfer just made has gone and stays, before the
    // new one's first question.
    // A second transfer asked for at once and taken up now, or another to the same payee, needs no word.
    if (intent === 'Transfer' && ctx.session && ctx.turn.channel !== 'assistant' && !awaiting.next && !ctx.conversation.nextTransfer) {
      return anotherTransfer({ ...ctx, session: ctx.session });
    }
    return anythingElseFlow.intercept(ctx, { kind: 'anything-else' });
  },
  /**
   * After a question in passing: "Shall we do the one to Maria now?" is put again while her
   * transfer waits, so a yes is never taken for "anything else?". Else nothing is put again.
   */
  async resume(ctx, awaiting, after) {
    const id = ctx.conversation.nextTransfer;
    if (!awaiting.next || !id || !ctx.session) return undefined;
    const view = await loadView({ ...ctx, session: ctx.session });
    const payee = view.ok ? await waitingPayee({ ...ctx, session: ctx.session }, id, view.value.payees) : undefined;
    if (!payee) return undefined;
    ctx.conversation.awaiting = awaiting;
    const question = transferSpeech(ctx.turn.locale).goOnWithNext(payee.name);
    return askAgain(ctx, after, ask(question));
  },
};

/**
 * Whether the turn corrects the transfer just made: an amount, a payee, or an account said as the
 * source ("from savings instead"). An account named alone ("my savings") is the balance question.
 */
function isCorrection(turn: LinkedContext['turn'], sameAgain = false): boolean {
  const { intent } = turn;
  return (intent === 'ProvideAmount' && !sameAgain) || intent === 'ProvidePayee' || (intent === 'ProvideAccount' && (!carriesValue(turn) || isHeard(turn.slots.from)));
}

/**
 * "And the same to the other Anna", "und das Gleiche an die andere Anna": a transfer of the amount
 * just sent, as "the same to Maria" is, to the payees of that name less the one just paid ("which
 * one?" when more than one is left).
 */
async function sameToTheOther(ctx: LinkedContext): Promise<Outcome> {
  const { slots } = ctx.turn;
  const said = slots.otherPayee ?? slots.payee;
  const last = await lastTransfer(ctx.deps.store, ctx.session.customer.id);
  const view = isHeard(said) ? await loadView(ctx) : undefined;
  if (view && !view.ok) return view;
  const others = said && view?.ok ? matchPayees(said.value, view.value.payees).filter((p) => p.id !== last?.target) : [];
  const payee = others.length === 1 && others[0] ? { value: others[0].name } : said;
  const turn = { ...ctx.turn, intent: 'Transfer' as const, slots: { sameAmount: slots.sameAmount, ...(payee ? { payee } : {}) } };
  return anotherTransfer({ ...ctx, turn });
}

/**
 * A new transfer to another payee right after one was sent, begun with a word that the one sent
 * stays sent; `declined`, asked for instead of a yes to cancelling the one sent, says that it was
 * not cancelled, whoever the new one is to.
 */
async function anotherTransfer(ctx: LinkedContext, declined = false): Promise<Outcome> {
  const started = await transferHandler.handle(ctx);
  const last = await lastTransfer(ctx.deps.store, ctx.session.customer.id);
  const view = last && started.ok && started.value.type === 'ask' ? await loadView(ctx) : undefined;
  const to = view?.ok && last ? destinationOf(view.value, last) : undefined;
  const named = ctx.turn.slots.payee;
  const samePayee = !isHeard(named) || (view?.ok === true && matchPayees(named.value, view.value.payees).some((p) => p.id === last?.target));
  if (!to || (samePayee && !declined) || !started.ok || started.value.type !== 'ask') return started;
  const t = transferSpeech(ctx.turn.locale);
  return ok({ ...started.value, speech: `${declined ? t.notCancelledNew(to) : t.anotherTransfer(to)} ${started.value.speech}` });
}

/** Yes or no to going on with the second transfer; undefined when it no longer waits. */
async function answerGoOn(ctx: LinkedContext, yes: boolean): Promise<Outcome | undefined> {
  const view = await loadView(ctx);
  if (!view.ok) return view;
  if (yes) return takeUpNextTransfer(ctx, view.value);
  const id = ctx.conversation.nextTransfer;
  const payee = id ? await waitingPayee(ctx, id, view.value.payees) : undefined;
  ctx.conversation.nextTransfer = undefined;
  if (id) await dropDraft(ctx.deps.store, id);
  return payee ? answerAndContinue(ctx, transferSpeech(ctx.turn.locale).nextLeft(payee.name)) : undefined;
}

/** Closes the cancel offer: no question waits, and the transfer prepared beside it, if any, is dropped. */
async function closeOffer(ctx: LinkedContext, instead: string | undefined): Promise<void> {
  ctx.conversation.awaiting = undefined;
  if (instead) await dropDraft(ctx.deps.store, instead);
}

/**
 * "No, make it twenty five dollars" again, the amount after "oops, wrong amount", or "send Bob
 * twenty five dollars instead" said to the cancel offer: the wish to cancel, with the transfer
 * meant as said now. Never a new transfer beside the one still on its way; the one meant is read
 * back and confirmed as ever. Undefined when the turn is no correction.
 */
async function correctionAnswered(ctx: LinkedContext, ids: readonly string[] | undefined, instead: string | undefined): Promise<Outcome | undefined> {
  // A whole request answers only the offer made for a correction ("cancel it, and then set up the
  // transfer you meant?"); to a plain "cancel the transfer you just made?" it is a new request.
  if (!((isCorrection(ctx.turn) || (ctx.turn.intent === 'Transfer' && instead)) && carriesValue(ctx.turn))) return undefined;
  const sentId = ids?.length === 1 ? ids[0] : undefined;
  const meant = sentId ? await prepareInstead(ctx, sentId) : undefined;
  // Past the voice limit: the transfer sent is never cancelled for one that cannot be made.
  if (typeof meant === 'object') {
    await closeOffer(ctx, instead);
    return answerAndContinue(ctx, transferSpeech(ctx.turn.locale).overLimitKept(meant.overLimit));
  }
  if (meant) {
    await closeOffer(ctx, instead);
    const { outcome, cancelled } = await undone(ctx, ids);
    return goOnInstead(ctx, meant, cancelled, outcome);
  }
  // No transfer left to cancel (its time ran out): said so, never a new transfer begun beside it.
  if (!sentId || !(await undoRecordOf(ctx.deps.store, ctx.session.customer.id, sentId))) {
    await closeOffer(ctx, instead);
    return (await undone(ctx)).outcome;
  }
  // A correction that changes nothing ("twenty dollars" again): the question again.
  return askAgain(ctx, 'not-understood', ask(await undoQuestion(ctx, ids)));
}

/**
 * The answer to "Do you want me to cancel the transfer you just made?" (or the ones it named). A
 * cancel that names a transfer of its own ("no, the one to Bob") chooses again.
 */
async function decide(ctx: LinkedContext, offer: Extract<Awaiting, { kind: 'undo-offer' }>): Promise<Outcome | undefined> {
  const { transferIds: ids, instead } = offer;
  const intent = ctx.turn.intent;
  const corrected = await correctionAnswered(ctx, ids, instead);
  if (corrected) return corrected;
  // "Send fifty dollars to Anna Lee" to "do you want me to cancel the transfer you just made?": no
  // yes. Nothing is cancelled without one; the customer hears so, and the new transfer begins.
  if (intent === 'Transfer' && carriesValue(ctx.turn) && ctx.turn.channel !== 'assistant') {
    await closeOffer(ctx, instead);
    return anotherTransfer(ctx, true);
  }
  // "Cancel it" said again may be the yes, "never mind" or "schon gut" the opposite, and the
  // platform hears both as its cancel; "probably", "no, that's right", "okay", "it's fine" and
  // "passt" are no clear yes, nor is a mistake asked about again ("was that the wrong Anna?"). The
  // question comes again, asking for a clear yes or no; a cancel said to that is the yes.
  const cancelAgain = intent === 'Cancel' && offer.clearAsked === true;
  const askedAgain = intent === 'CancelTransfer' && isHeard(ctx.turn.slots.asked);
  if ((intent === 'Cancel' && !cancelAgain) || intent === 'ProbablyYes' || intent === 'Okay' || askedAgain) {
    ctx.conversation.awaiting = { ...offer, clearAsked: true };
    return askAfter(ctx.speech.clearYes(), ask(await undoQuestion(ctx, ids)));
  }
  if (intent === 'Yes' || intent === 'CancelTransfer' || cancelAgain) {
    ctx.conversation.awaiting = undefined;
    const chosenAgain = intent === 'CancelTransfer' && namesATransfer(ctx.turn.slots);
    const { outcome, cancelled } = await undone(ctx, chosenAgain ? undefined : ids);
    return instead && !chosenAgain ? goOnInstead(ctx, instead, cancelled, outcome) : outcome;
  }
  if (intent === 'No' || intent === 'Stop') {
    await closeOffer(ctx, instead);
    // "No, I'm good", "all good" are heard as a stop: the customer still hears that the transfer stays.
    const kept = transferSpeech(ctx.turn.locale).undoKept();
    return intent === 'Stop' ? tell(`${kept} ${conversationSpeech(ctx.turn.locale).goodbye()}`) : answerAndContinue(ctx, kept);
  }
  return undefined;
}

/** After "Do you want me to cancel the transfer you just made?": yes undoes it, no keeps it. */
export const undoOfferFlow: Flow<'undo-offer'> = {
  async intercept(ctx, awaiting) {
    return ctx.session ? decide({ ...ctx, session: ctx.session }, awaiting) : undefined;
  },
  help: (ctx) => transferSpeech(ctx.turn.locale).undoHelp(),
  async resume(ctx, awaiting, after) {
    ctx.conversation.awaiting = awaiting;
    const question = ctx.session ? await undoQuestion({ ...ctx, session: ctx.session }, awaiting.transferIds) : transferSpeech(ctx.turn.locale).offerUndo();
    return askAgain(ctx, after, ask(question));
  },
};
