import { cardFact, knownCards } from './spoken-cards';
import { answerAndContinue, ask, askAgain, withFacts } from '../pipeline/reply-builders';
import type { Flow } from '../pipeline/flow';
import { cardsSpeech } from './speech';

/**
 * Right after a purchase was reported as fraud, "actually, that was me" (a yes): the report is
 * the bank's to withdraw, so the customer is sent to its app; the card locked for it is offered
 * to be unlocked, and the card-change flow takes the answer. A moment asked for, an answer not
 * understood, or "what happens now?" (help) keeps that open; any other request moves on.
 */
export const fraudReportedFlow: Flow<'fraud-reported'> = {
  async intercept(ctx, awaiting) {
    const session = ctx.session;
    if (!session || ctx.turn.intent !== 'Yes') return undefined;
    ctx.conversation.awaiting = undefined;
    const cards = await knownCards({ ...ctx, session });
    if (!cards.ok) return cards;
    const card = cards.value.find((c) => c.card.id === awaiting.cardId && c.card.locked);
    const t = cardsSpeech(ctx.turn.locale);
    if (!card) return answerAndContinue(ctx, t.fraudMindChanged(undefined));
    ctx.conversation.awaiting = { kind: 'card-change', cardIds: [card.card.id], lock: false };
    return withFacts(ask(t.fraudMindChanged(card.spoken)), { kind: 'cards', cards: [cardFact(card)], change: 'unlock', stage: 'asked' });
  },
  help: (ctx) => cardsSpeech(ctx.turn.locale).fraudReportedHelp(),
  async resume(ctx, awaiting, after) {
    if (after === 'answered-in-passing') return undefined;
    ctx.conversation.awaiting = awaiting;
    return askAgain(ctx, after, ask(ctx.speech.whatNext()));
  },
};
