import { setCardLocked } from './card-set';
import { cardFact, cardsNamed, knownCards, type KnownCard } from './spoken-cards';
import type { HandlerContext, LinkedContext, Outcome } from '../pipeline/intent-handler';
import { answerAndContinue, ask, askAfter, askAgain, markAnythingElse, withFacts } from '../pipeline/reply-builders';
import type { CardFact } from '../pipeline/facts';
import { err } from '../kit/result';
import type { SpokenCard } from './speech/catalog';
import type { Awaiting } from '../pipeline/awaiting';
import type { Flow, ResumeReason } from '../pipeline/flow';
import { cardsSpeech } from './speech';
import { anythingElseFlow } from '../conversation/anything-else.flow';
import { placeSaid } from '../pipeline/ordinal';
import { matchWords, type WordMatch } from '../pipeline/word-match';
import { CARD_KIND_WORDS, type CardKind } from './card-words';
import { isHeard, type SlotValue } from '../pipeline/turn';
import type { CardId } from '../kit/ids';
import { carriesValue, onlyTakesBack } from '../pipeline/empty-answer';
import type { IntentName } from '../pipeline/intent-catalog';
import { DEBIT_CARD } from '../accounts/account-words';
import { unlockRefused } from '../pipeline/scoped-bank';

type CardChange = Extract<Awaiting, { kind: 'card-change' }>;

/** Answers that name another card right after a change, as a correction: "no, the credit card" (heard as an account), "the other one". */
const CORRECTING: ReadonlySet<IntentName> = new Set(['Choose', 'ProvideAccount', 'PayCard']);

/** Answers that may name one of the cards asked about: a position, a card, or "the credit card" heard as an account. */
const NARROWING: ReadonlySet<IntentName> = new Set(['Choose', 'LockCard', 'UnlockCard', 'ProvideAccount']);

/** "Do you want me to lock your debit card ending in 5530?", about these cards. */
const confirmQuestion = (ctx: HandlerContext, cards: readonly { readonly spoken: SpokenCard }[], lock: boolean): Outcome =>
  ask(cardsSpeech(ctx.turn.locale).confirmCardChange(cards.map((c) => c.spoken), lock));

/** The kind of card an account slot names: "the credit card", "the debit card" (their words, or Dialogflow's ids). */
function cardOfAccount(ctx: LinkedContext, slot: SlotValue | undefined): WordMatch<CardKind> {
  if (slot?.id === 'credit-card' || slot?.value === 'credit-card') return { kind: 'matched', id: 'credit' };
  if (slot?.id === DEBIT_CARD || slot?.value === DEBIT_CARD) return { kind: 'matched', id: 'debit' };
  return matchWords(slot, CARD_KIND_WORDS[ctx.turn.locale]);
}

/**
 * The kind of card a turn names: "just the credit card" (a card), "the credit card" (heard as an
 * account, which it also names, in either of the account answer's slots: "just the debit card"
 * fits "just from savings" too), or as paying the credit card with nothing said about what to pay.
 */
function cardKindNamed(ctx: LinkedContext): WordMatch<CardKind> {
  const { card, account, from } = ctx.turn.slots;
  if (card) return matchWords(card, CARD_KIND_WORDS[ctx.turn.locale]);
  return ctx.turn.intent === 'PayCard' ? { kind: 'matched', id: 'credit' } : cardOfAccount(ctx, isHeard(account) ? account : from);
}

/**
 * "The second one", "just the debit card" or "not the credit card" to "lock your debit card and
 * your credit card?": the question is asked again about the cards meant alone, so a card is
 * never changed on a position or a kind misheard. A kind of card the question left out ("no,
 * the credit card" to "lock your debit card?") turns the question to that card. Undefined when
 * the turn names none of the customer's cards.
 */
async function narrow(ctx: LinkedContext, awaiting: CardChange): Promise<Outcome | undefined> {
  const cards = await knownCards(ctx);
  if (!cards.ok) return cards;
  // The cards of these ids, in the order the question named them.
  const inOrder = (ids: readonly CardId[]) => ids.flatMap((id) => cards.value.filter((c) => c.card.id === id));
  const asked = inOrder(awaiting.cardIds);
  let chosen: typeof asked;
  if (ctx.turn.intent === 'Choose') {
    // "The second one", then "no, the first one": a position counts in the cards the question
    // first named, so the first choice can be taken back, never the position ignored.
    const list = awaiting.offered ? inOrder(awaiting.offered) : asked;
    const index = placeSaid(ctx.turn.slots, list.map((c) => c.spoken.last4));
    // A position the question did not have: the same question again.
    if (index === undefined) return askAgain(ctx, 'not-understood', confirmQuestion(ctx, asked, awaiting.lock));
    chosen = list.slice(index, index + 1);
  } else {
    const named = cardKindNamed(ctx);
    // "Not the credit card": the cards asked about but that one.
    const takenBack = cardOfAccount(ctx, ctx.turn.slots.notAccount);
    if (named.kind === 'matched') {
      chosen = asked.filter((c) => c.spoken.kind === named.id);
      // "No wait, the credit card" when asked about the debit card alone: the question turns to
      // the card named, unless it is already as asked (locked, for a lock).
      const others = chosen.length === 0 ? cards.value.filter((c) => c.spoken.kind === named.id) : [];
      chosen = chosen.length > 0 ? chosen : others.filter((c) => c.card.locked !== awaiting.lock);
      if (others.length > 0 && chosen.length === 0) return nothingToChange(ctx, others, awaiting.lock);
      // "No, the debit card" from a customer with no debit card: there is none, and the question
      // is put again; never the balance of the account such a card would draw on.
      if (chosen.length === 0 && !cards.value.some((c) => c.spoken.kind === named.id)) return askAfter(cardsSpeech(ctx.turn.locale).noSuchCard(), confirmQuestion(ctx, asked, awaiting.lock));
    } else if (takenBack.kind === 'matched') chosen = asked.filter((c) => c.spoken.kind !== takenBack.id);
    else chosen = [];
  }
  if (chosen.length === 0) return undefined;
  return askAbout(ctx, awaiting, chosen);
}

/**
 * "Yes, lock it", "lock it", "lock my card" again, to "lock your credit card?": the change asked
 * about, with no card named, is the yes. Alexa's yes takes no slot, so "yes, lock it" is the
 * platform's card request, which would otherwise ask the same question again. To a question
 * about several cards it is no yes: "no, just the one card" reaches the same intent, and the "no"
 * is not heard, so the customer is asked whether all cards are meant or one (allOrOne).
 */
function saysTheChange(ctx: HandlerContext, awaiting: CardChange): boolean {
  const { card, last4 } = ctx.turn.slots;
  return ctx.turn.intent === (awaiting.lock ? 'LockCard' : 'UnlockCard') && !isHeard(card) && !isHeard(last4);
}

/** Whether a turn names cards, and every card it names is locked. */
async function namesLockedCards(ctx: LinkedContext): Promise<boolean> {
  if (!isHeard(ctx.turn.slots.card) && !isHeard(ctx.turn.slots.last4)) return false;
  const cards = await knownCards(ctx);
  if (!cards.ok) return false;
  const named = cardsNamed(ctx, cards.value);
  return named !== 'unknown' && named.length > 0 && named.every((c) => c.card.locked);
}

/** Locks or unlocks the confirmed cards, writing an audit record for each. */
async function changeCards(ctx: LinkedContext, awaiting: CardChange): Promise<Outcome> {
  const cardsApi = ctx.deps.bank.cards;
  if (!cardsApi) return err({ kind: 'unsupported' });
  const cards = await knownCards(ctx);
  if (!cards.ok) return cards;
  const confirmed = cards.value.filter((c) => awaiting.cardIds.includes(c.card.id));
  if (confirmed.length === 0) return err({ kind: 'not-found' });
  const changed: SpokenCard[] = [];
  const facts: CardFact[] = [];
  const change = awaiting.lock ? ('lock' as const) : ('unlock' as const);
  for (const { card, spoken } of confirmed) {
    const result = await setCardLocked(ctx, card.id, awaiting.lock);
    if (result.kind !== 'done') {
      const t = cardsSpeech(ctx.turn.locale);
      const done = changed.length > 0 ? `${t.cardsChanged(changed, awaiting.lock)} ` : '';
      const failed = result.kind === 'unknown' ? t.cardChangeUnsure([spoken], awaiting.lock) : ctx.speech.bankError(result.error);
      return withFacts(answerAndContinue(ctx, `${done}${failed}`), { kind: 'cards', cards: facts, change, stage: 'done' });
    }
    changed.push(spoken);
    facts.push(cardFact({ card: result.card, spoken }));
  }
  const done = answerAndContinue(ctx, cardsSpeech(ctx.turn.locale).cardsChanged(changed, awaiting.lock));
  // "Undo that" may follow: the next turn can still put the cards back as they were.
  if (ctx.turn.channel !== 'assistant') ctx.conversation.awaiting = { kind: 'card-changed', cardIds: confirmed.map((c) => c.card.id), lock: awaiting.lock };
  return withFacts(done, { kind: 'cards', cards: facts, change, stage: 'done' });
}

/**
 * "No, the other card" to "lock your credit card?": the question turns to the cards it left out,
 * those not already as asked; with none, the question is put again.
 */
async function otherCards(ctx: LinkedContext, awaiting: CardChange): Promise<Outcome | undefined> {
  const cards = await knownCards(ctx);
  if (!cards.ok) return cards;
  const others = cards.value.filter((c) => !awaiting.cardIds.includes(c.card.id));
  // "The other one" to "lock both of them?": no card was chosen yet, and the customer hears so.
  if (others.length === 0 && awaiting.cardIds.length > 1) return askAllOrOne(ctx, awaiting, cardsSpeech(ctx.turn.locale).noneChosen());
  if (others.length === 0) return askAboutCards(ctx, awaiting, 'not-understood');
  const changeable = others.filter((c) => c.card.locked !== awaiting.lock);
  return changeable.length === 0 ? nothingToChange(ctx, others, awaiting.lock) : askAbout(ctx, awaiting, changeable);
}

/** The question turned to these cards, and kept open for them. */
function askAbout(ctx: LinkedContext, awaiting: CardChange, cards: readonly KnownCard[]): Outcome {
  const offered = awaiting.offered ?? (awaiting.cardIds.length > 1 ? awaiting.cardIds : undefined);
  ctx.conversation.awaiting = { ...awaiting, cardIds: cards.map((c) => c.card.id), ...(offered ? { offered } : {}) };
  return confirmQuestion(ctx, cards, awaiting.lock);
}

/** "Your debit card is already locked": the cards meant are all as asked, and the question is closed. */
function nothingToChange(ctx: LinkedContext, cards: readonly KnownCard[], lock: boolean): Outcome {
  ctx.conversation.awaiting = undefined;
  return answerAndContinue(ctx, cardsSpeech(ctx.turn.locale).noCardToChange(cards.map((c) => c.spoken), lock));
}

/**
 * "Both" to "lock your debit card?" or to "lock both of them, or one?": every card not already as
 * asked. Asked about already, they are changed; otherwise the question turns to them all.
 */
async function allCards(ctx: LinkedContext, awaiting: CardChange): Promise<Outcome> {
  const cards = await knownCards(ctx);
  if (!cards.ok) return cards;
  const changeable = cards.value.filter((c) => c.card.locked !== awaiting.lock);
  if (changeable.length === 0) return nothingToChange(ctx, cards.value, awaiting.lock);
  if (!changeable.every((c) => awaiting.cardIds.includes(c.card.id))) return askAbout(ctx, awaiting, changeable);
  ctx.conversation.awaiting = undefined;
  return changeCards(ctx, { ...awaiting, cardIds: changeable.map((c) => c.card.id) });
}

/** "All of them, or one?", about the cards of the open question, after what `before` says; the question stays open. */
async function askAllOrOne(ctx: LinkedContext, awaiting: CardChange, before?: string): Promise<Outcome> {
  const cards = await knownCards(ctx);
  if (!cards.ok) return cards;
  const asked = cards.value.filter((c) => awaiting.cardIds.includes(c.card.id));
  const question = cardsSpeech(ctx.turn.locale).allOrOne(asked.map((c) => c.spoken), awaiting.lock);
  return ask(before ? `${before} ${question}` : question, question);
}

/** The open question about the cards, put again; undefined when none of its cards is left. */
async function askAboutCards(ctx: HandlerContext, awaiting: CardChange, after: ResumeReason): Promise<Outcome | undefined> {
  if (!ctx.session) return undefined;
  const cards = await knownCards({ ...ctx, session: ctx.session });
  const asked = cards.ok ? cards.value.filter((c) => awaiting.cardIds.includes(c.card.id)) : [];
  if (asked.length === 0) return undefined;
  ctx.conversation.awaiting = awaiting;
  return askAgain(ctx, after, confirmQuestion(ctx, asked, awaiting.lock));
}

/**
 * After "Do you want me to lock your debit card ending in 5530?": yes acts, no leaves the cards
 * as they are, and "the second one" or "just the debit card" narrows the question to that card.
 */
export const cardChangeFlow: Flow<'card-change'> = {
  async intercept(ctx, awaiting) {
    const session = ctx.session;
    if (!session) return undefined;
    // "Both", "lock both", "beide": every card, whatever the question was about.
    const change = awaiting.lock ? 'LockCard' : 'UnlockCard';
    if (isHeard(ctx.turn.slots.both) && (ctx.turn.intent === 'Choose' || ctx.turn.intent === change)) return allCards({ ...ctx, session }, awaiting);
    // "Probably", "I think so": a card changes on a clear yes alone (pipeline/hedged-yes.ts).
    if (ctx.turn.intent === 'ProbablyYes') {
      const again = await askAboutCards(ctx, awaiting, 'helped');
      return again ? askAfter(ctx.speech.clearYes(), again) : undefined;
    }
    const saidAgain = saysTheChange(ctx, awaiting);
    if (ctx.turn.intent === 'Yes' || (saidAgain && awaiting.cardIds.length === 1)) {
      ctx.conversation.awaiting = undefined;
      return changeCards({ ...ctx, session }, awaiting);
    }
    if (saidAgain) return askAllOrOne({ ...ctx, session }, awaiting);
    if (isHeard(ctx.turn.slots.otherOne)) return otherCards({ ...ctx, session }, awaiting);
    // "Die Kreditkarte" alone may reach a platform's card payment intent, with nothing to pay in it.
    const namesCreditCard = ctx.turn.intent === 'PayCard' && !carriesValue(ctx.turn);
    // "Unlock my debit card" to "lock your credit card?" asks for the other change: it is answered
    // as asked, never taken as the card to lock.
    // A card named alone ("die Girokarte") is heard as a lock request, whose samples narrow a
    // question: to "unlock both cards?" it names the card to unlock when that card is locked.
    const namesCardToUnlock = !awaiting.lock && (await namesLockedCards({ ...ctx, session }));
    const otherChange = ctx.turn.intent === (awaiting.lock ? 'UnlockCard' : 'LockCard') && !namesCardToUnlock;
    if ((NARROWING.has(ctx.turn.intent) && !otherChange) || namesCreditCard) {
      const narrowed = await narrow({ ...ctx, session }, awaiting);
      if (narrowed) return narrowed;
      // "Not the savings account": nothing asked about was taken back.
      if (onlyTakesBack(ctx.turn)) return askAboutCards(ctx, awaiting, 'not-understood');
    }
    // "Never mind" leaves the cards as they are, as "no" does; "stop" ends the conversation. A
    // no to several cards may be a no to one of them: how to ask for one alone is said.
    if (ctx.turn.intent === 'No' || ctx.turn.intent === 'Cancel') {
      ctx.conversation.awaiting = undefined;
      return withFacts(answerAndContinue(ctx, cardsSpeech(ctx.turn.locale).cardsUnchanged(awaiting.lock, ctx.turn.intent === 'No' && awaiting.cardIds.length > 1)), { kind: 'cards', cards: [], change: awaiting.lock ? 'lock' : 'unlock', stage: 'unchanged' });
    }
    return undefined;
  },
  resume: askAboutCards,
  help: (ctx, awaiting) => cardsSpeech(ctx.turn.locale).cardChangeHelp(awaiting.lock, awaiting.cardIds.length > 1),
};

/**
 * The kind of card a turn names as another card than those just changed: "no, the credit card"
 * (a kind), or "the other one too", "die andere auch" (`other`: every card not changed), which a
 * platform may hear in any intent with an `otherOne` slot, "cancel the other one too" among them.
 */
function anotherCardNamed(ctx: LinkedContext): CardKind | 'other' | undefined {
  if (isHeard(ctx.turn.slots.otherOne)) return 'other';
  // "Lock my debit card" is a request of its own; "no, the credit card" corrects.
  if (!CORRECTING.has(ctx.turn.intent)) return undefined;
  if (ctx.turn.intent === 'PayCard' && carriesValue(ctx.turn)) return undefined;
  const named = cardKindNamed(ctx);
  return named.kind === 'matched' ? named.id : undefined;
}

/**
 * The card a turn names right after a change, when it is another card than those changed and not
 * already as they now are ("no, the credit card", "the other one too" after the debit card was
 * locked): the same change is asked about for it, after saying the changed cards stay as they
 * are. Undefined otherwise.
 */
async function otherCardMeant(ctx: LinkedContext, awaiting: Extract<Awaiting, { kind: 'card-changed' }>): Promise<Outcome | undefined> {
  const named = anotherCardNamed(ctx);
  if (!named) return undefined;
  const cards = await knownCards(ctx);
  if (!cards.ok) return cards;
  const changed = cards.value.filter((c) => awaiting.cardIds.includes(c.card.id));
  const others = cards.value.filter((c) => (named === 'other' || c.spoken.kind === named) && !awaiting.cardIds.includes(c.card.id));
  if (changed.length === 0 || others.length === 0 || changed.some((c) => c.spoken.kind === named)) return undefined;
  const stay = cardsSpeech(ctx.turn.locale).cardsStay(changed.map((c) => c.spoken), awaiting.lock);
  const changeable = others.filter((c) => c.card.locked !== awaiting.lock);
  if (changeable.length === 0) return withFacts(answerAndContinue(ctx, `${stay} ${cardsSpeech(ctx.turn.locale).noCardToChange(others.map((c) => c.spoken), awaiting.lock)}`), { kind: 'cards', cards: [], change: awaiting.lock ? 'lock' : 'unlock', stage: 'unchanged' });
  const refused = awaiting.lock ? undefined : unlockRefused(ctx);
  if (refused) return refused;
  ctx.conversation.awaiting = { kind: 'card-change', cardIds: changeable.map((c) => c.card.id), lock: awaiting.lock };
  return ask(`${stay} ${cardsSpeech(ctx.turn.locale).confirmCardChange(changeable.map((c) => c.spoken), awaiting.lock)}`);
}

/**
 * Right after cards were locked or unlocked, "Is there anything else?" works as everywhere,
 * except that "undo that" or "cancel that" means the change just made: the skill asks whether to
 * put the cards back, and changes nothing before a yes.
 */
export const cardChangedFlow: Flow<'card-changed'> = {
  async intercept(ctx, awaiting) {
    const intent = ctx.turn.intent;
    if (!ctx.session) return anythingElseFlow.intercept(ctx, { kind: 'anything-else' });
    // "Wait, I meant the credit card" right after the debit card was locked: the same change is
    // offered for the card named, and the card just changed stays as it is (a lock is never undone
    // on a correction: the customer hears it stays locked, and can unlock it in words of their own).
    const other = await otherCardMeant({ ...ctx, session: ctx.session }, awaiting);
    if (other) return other;
    if (intent !== 'Cancel' && intent !== 'CancelTransfer') return anythingElseFlow.intercept(ctx, { kind: 'anything-else' });
    const cards = await knownCards({ ...ctx, session: ctx.session });
    if (!cards.ok) return cards;
    const changed = cards.value.filter((c) => awaiting.cardIds.includes(c.card.id));
    // "Forget it", "never mind" right after a lock: the lock stays. Undoing a protection takes
    // words that ask for it ("undo that", "unlock it"), never a reflexive yes to an offer.
    // What else it may have meant is a transfer ("no, the transfer"): that is read as the cancel of one.
    if (intent === 'Cancel' && awaiting.lock) {
      ctx.conversation.awaiting = undefined;
      const stays = answerAndContinue(ctx, cardsSpeech(ctx.turn.locale).cardsStay(changed.map((c) => c.spoken), true));
      markAnythingElse(ctx, { afterCancel: true });
      return stays;
    }
    const back = changed.filter((c) => c.card.locked === awaiting.lock);
    if (back.length === 0) return answerAndContinue(ctx, cardsSpeech(ctx.turn.locale).noCardToChange(changed.map((c) => c.spoken), !awaiting.lock));
    const refused = awaiting.lock ? unlockRefused(ctx) : undefined;
    if (refused) return refused;
    ctx.conversation.awaiting = { kind: 'card-change', cardIds: back.map((c) => c.card.id), lock: !awaiting.lock };
    return confirmQuestion(ctx, back, !awaiting.lock);
  },
};
