import { cardFact, cardsNamed, knownCards } from './spoken-cards';
import { linked, type LinkedHandler } from '../pipeline/intent-handler';
import { answerAndContinue, ask, withFacts } from '../pipeline/reply-builders';
import { cardsSpeech } from './speech';

/** "Is my card locked?": the cards named, or every card, each said locked or not. Changes nothing. */
export const cardStatusHandler: LinkedHandler = linked(async (ctx) => {
  const cards = await knownCards(ctx);
  if (!cards.ok) return cards;
  const named = cardsNamed(ctx, cards.value);
  if (named === 'unknown') return ask(cardsSpeech(ctx.turn.locale).noSuchCard(), ctx.speech.whatNext());
  if (named.length === 0) return answerAndContinue(ctx, cardsSpeech(ctx.turn.locale).noSuchCard());
  const answer = answerAndContinue(ctx, cardsSpeech(ctx.turn.locale).cardStatus(named.map((c) => ({ ...c.spoken, locked: c.card.locked }))));
  return withFacts(answer, { kind: 'card-status', cards: named.map(cardFact) });
});
