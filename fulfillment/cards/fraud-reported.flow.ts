import type { IntentName } from '../pipeline/intent-catalog';
import { cardFact, knownCards } from './spoken-cards';
import { answerAndContinue, ask, askAgain, withFacts } from '../pipeline/reply-builders';
import type { Flow, ResumeReason } from '../pipeline/flow';
import type { Awaiting } from '../pipeline/awaiting';
import type { HandlerContext, Outcome } from '../pipeline/intent-handler';
import type { Locale } from '../kit/locale';
import type { SpokenCard } from './speech/catalog';
import { cardsSpeech } from './speech';
import { anythingElseFlow } from '../conversation/anything-else.flow';

/** The open question right after a fraud answer: the card of the purchase. */
type AfterFraudAnswer = Extract<Awaiting, { kind: 'fraud-reported' | 'fraud-genuine' }>;

/** A flow for either kind of that question: each takes its own kind of it. */
interface MindChangeFlow {
  intercept(ctx: HandlerContext, awaiting: AfterFraudAnswer): Promise<Outcome | undefined>;
  help(ctx: HandlerContext): string;
  resume(ctx: HandlerContext, awaiting: AfterFraudAnswer, after: ResumeReason): Promise<Outcome | undefined>;
}

/** What sets one change of mind about a fraud answer apart from the other. */
interface MindChange {
  /** The answer that takes the first one back: yes after a report, no after "genuine". */
  readonly answer: 'Yes' | 'No';
  /** Whether the card is offered to be locked (after "genuine") or unlocked (after a report). */
  readonly lock: boolean;
  readonly says: (locale: Locale, card: SpokenCard | undefined) => string;
  readonly help: (locale: Locale) => string;
  /**
   * A yes right after a report may answer "what would you like to do?": whether it takes the
   * report back is asked first (`asks`), and a no to that keeps it (`stands`). The card locked for
   * fraud is never offered to be unlocked on a yes that was not to that question.
   */
  readonly checkFirst?: { readonly asks: (locale: Locale) => string; readonly stands: (locale: Locale) => string };
}

/**
 * "Cancel", "undo that" right after the answer: a wish to take it back, asked about as the other
 * answer is (never a goodbye that leaves the answer standing unsaid).
 */
const TAKES_BACK: ReadonlySet<IntentName> = new Set(['Cancel', 'CancelTransfer']);

/** Whether the question after a report is "do you mean you made it after all?". */
const checking = (awaiting: AfterFraudAnswer) => awaiting.kind === 'fraud-reported' && awaiting.checking === true;

/**
 * The flow of the turn right after a fraud answer. The answer taken back is the bank's to change,
 * so the customer is told where to go; the card is offered to be put the other way (a card
 * already so is not), and the card-change flow takes the answer. A moment asked for, an answer
 * not understood, or help keeps that open; any other request moves on.
 */
function mindChangeFlow(change: MindChange): MindChangeFlow {
  return {
    async intercept(ctx, awaiting) {
      const session = ctx.session;
      const check = change.checkFirst;
      if (check && checking(awaiting) && ctx.turn.intent === 'No') {
        ctx.conversation.awaiting = undefined;
        return answerAndContinue(ctx, check.stands(ctx.turn.locale));
      }
      // The other answer is one to "Is there anything else?", which closes the fraud answer: a yes
      // asks what else, a no says goodbye.
      if (ctx.turn.intent === (change.answer === 'Yes' ? 'No' : 'Yes')) return anythingElseFlow.intercept(ctx, { kind: 'anything-else' });
      if (!session || !(ctx.turn.intent === change.answer || TAKES_BACK.has(ctx.turn.intent))) return undefined;
      if (check && awaiting.kind === 'fraud-reported' && !awaiting.checking) {
        ctx.conversation.awaiting = { ...awaiting, checking: true };
        return ask(check.asks(ctx.turn.locale));
      }
      ctx.conversation.awaiting = undefined;
      const cards = await knownCards({ ...ctx, session });
      if (!cards.ok) return cards;
      // A link that may only read never offers to unlock (scoped-bank.ts): the customer hears where to go.
      const mayChange = change.lock || !ctx.deps.bank.protectiveOnly;
      const card = mayChange ? cards.value.find((c) => c.card.id === awaiting.cardId && c.card.locked !== change.lock) : undefined;
      if (!card) return answerAndContinue(ctx, change.says(ctx.turn.locale, undefined));
      ctx.conversation.awaiting = { kind: 'card-change', cardIds: [card.card.id], lock: change.lock };
      return withFacts(ask(change.says(ctx.turn.locale, card.spoken)), { kind: 'cards', cards: [cardFact(card)], change: change.lock ? 'lock' : 'unlock', stage: 'asked' });
    },
    help: (ctx) => change.help(ctx.turn.locale),
    async resume(ctx, awaiting, after) {
      if (after === 'answered-in-passing') return undefined;
      ctx.conversation.awaiting = awaiting;
      const check = change.checkFirst;
      return askAgain(ctx, after, ask(check && checking(awaiting) ? check.asks(ctx.turn.locale) : ctx.speech.anythingElse()));
    },
  };
}

/**
 * Right after a purchase was reported as fraud, "actually, that was me" (a yes): the report is
 * the bank's to withdraw, so the customer is sent to its app, and the card locked for it is
 * offered to be unlocked.
 */
export const fraudReportedFlow: Flow<'fraud-reported'> = mindChangeFlow({
  answer: 'Yes',
  lock: false,
  says: (locale, card) => cardsSpeech(locale).fraudMindChanged(card),
  help: (locale) => cardsSpeech(locale).fraudReportedHelp(),
  checkFirst: { asks: (locale) => cardsSpeech(locale).fraudReportTakenBack(), stands: (locale) => cardsSpeech(locale).fraudReportStands() },
});

/**
 * Right after a purchase was marked genuine, "wait, no, that wasn't me" (a no): the bank holds
 * that answer, so the customer is told to call it about the purchase, and the card it was made
 * with is offered to be locked meanwhile.
 */
export const fraudGenuineFlow: Flow<'fraud-genuine'> = mindChangeFlow({
  answer: 'No',
  lock: true,
  says: (locale, card) => cardsSpeech(locale).genuineMindChanged(card),
  help: (locale) => cardsSpeech(locale).fraudGenuineHelp(),
});
