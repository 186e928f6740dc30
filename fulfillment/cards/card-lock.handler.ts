import { cardFact, cardsNamed, knownCards } from './spoken-cards';
import { linked, type LinkedHandler } from '../pipeline/intent-handler';
import { answerAndContinue, ask, withFacts } from '../pipeline/reply-builders';
import { cardsSpeech } from './speech';
import { unlockRefused } from '../pipeline/scoped-bank';

/**
 * "Lock my card", "I lost my card", "unlock my debit card": names the cards it would change
 * and asks first; the card-change flow acts on the answer.
 */
function cardChangeHandler(lock: boolean): LinkedHandler {
  return linked(async (ctx) => {
    const refused = lock ? undefined : unlockRefused(ctx);
    if (refused) return refused;
    const cards = await knownCards(ctx);
    if (!cards.ok) return cards;
    // "Lock my cards": every card, as when no card is named.
    const named = cardsNamed(ctx, cards.value);
    // "I lost my debit card" with no debit card, "block my Barclaycard": the cards there are are
    // offered instead, since the customer may call a card by another name; a card lost is never
    // left at "not found".
    const missing = named === 'unknown' || named.length === 0;
    const changing = (named === 'unknown' || missing ? cards.value : named).filter((c) => c.card.locked !== lock);
    if (missing && changing.length === 0) return answerAndContinue(ctx, cardsSpeech(ctx.turn.locale).noSuchCard());
    if (changing.length === 0 && named !== 'unknown') return answerAndContinue(ctx, cardsSpeech(ctx.turn.locale).noCardToChange(named.map((c) => c.spoken), lock));
    ctx.conversation.awaiting = { kind: 'card-change', cardIds: changing.map((c) => c.card.id), lock };
    const facts = { kind: 'cards' as const, cards: changing.map(cardFact), change: lock ? ('lock' as const) : ('unlock' as const), stage: 'asked' as const };
    const question = cardsSpeech(ctx.turn.locale).confirmCardChange(changing.map((c) => c.spoken), lock);
    return withFacts(ask(missing ? `${cardsSpeech(ctx.turn.locale).noSuchCard()} ${question}` : question, question), facts);
  });
}

/** "Lock my card", "I lost my card". */
export const lockCardHandler = cardChangeHandler(true);

/** "Unlock my card". */
export const unlockCardHandler = cardChangeHandler(false);
