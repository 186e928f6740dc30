import { cardFact, cardsNamed, knownCards } from './spoken-cards';
import { linked, type LinkedHandler } from '../pipeline/intent-handler';
import { answerAndContinue, withFacts, sayThenAskWhatNext } from '../pipeline/reply-builders';
import { cardsSpeech } from './speech';

/** "Is my card locked?": the cards named, or every card, each said locked or not. Changes nothing. */
export const cardStatusHandler: LinkedHandler = linked(async (ctx) => {
  const cards = await knownCards(ctx);
  if (!cards.ok) return cards;
  const named = cardsNamed(ctx, cards.value);
  if (named === 'unknown') return sayThenAskWhatNext(ctx, cardsSpeech(ctx.turn.locale).noSuchCard());
  if (named.length === 0) return answerAndContinue(ctx, cardsSpeech(ctx.turn.locale).noSuchCard());
  // A card's fact is what the answer says of it: its kind, its digits, and whether it is locked.
  const facts = named.map(cardFact);
  return withFacts(answerAndContinue(ctx, cardsSpeech(ctx.turn.locale).cardStatus(facts)), { kind: 'card-status', cards: facts });
});
