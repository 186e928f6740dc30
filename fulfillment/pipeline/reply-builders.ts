/** Small builders for the replies handlers give most often. */
import type { Facts } from './facts';
import type { Quietly, Reply } from './reply';
import { ok } from '../kit/result';
import type { ResumeReason } from './flow';
import type { HandlerContext, Outcome } from './intent-handler';

/**
 * Answers, then asks "anything else?" and remembers that question for "yes" and "no". An
 * assistant keeps the conversation going itself: it gets the answer alone, and nothing is asked.
 */
export function answerAndContinue(ctx: HandlerContext, answer: string): Outcome {
  if (ctx.turn.channel === 'assistant') return ok({ type: 'ask', speech: answer, reprompt: answer });
  ctx.conversation.awaiting = { kind: 'anything-else' };
  return ok({ type: 'ask', speech: `${answer} ${ctx.speech.anythingElse()}`, reprompt: ctx.speech.anythingElse() });
}

/**
 * Marks the "is there anything else?" just asked with what came right before it (a transfer
 * undone, a cancel taken as about a card lock), for the next turn's readings (undo-correction.ts);
 * any other question just asked is left as it is.
 */
export function markAnythingElse(ctx: HandlerContext, mark: { readonly afterUndo: true } | { readonly afterCancel: true }): void {
  if (ctx.conversation.awaiting?.kind === 'anything-else') ctx.conversation.awaiting = { kind: 'anything-else', ...mark };
}

/**
 * Says something that asks nothing ("That transfer has already been handled.") and then asks what
 * next, so the customer hears a question before the silence, not only in the reprompt.
 */
export function sayThenAskWhatNext(ctx: HandlerContext, said: string): Outcome {
  // The question alone is the reprompt: an answer in passing gives it up for the question it returns to.
  return ask(`${said} ${ctx.speech.whatNextAsked()}`, ctx.speech.whatNextAsked());
}

/** Asks a question, repeating it as the reprompt unless another is given. */
export function ask(speech: string, reprompt: string = speech, choices?: readonly string[]): Outcome {
  const reply: Reply = choices ? { type: 'ask', speech, reprompt, choices } : { type: 'ask', speech, reprompt };
  return ok(reply);
}

/** Says something and ends the conversation. */
export function tell(speech: string): Outcome {
  return ok({ type: 'tell', speech });
}

/** The same outcome with the facts its speech told (and how to say its amounts' words without them); a failure or an ending without speech stays as it is. */
export function withFacts(outcome: Outcome, facts: Facts, quietly?: Quietly): Outcome {
  if (!outcome.ok || (outcome.value.type !== 'ask' && outcome.value.type !== 'tell')) return outcome;
  return ok({ ...outcome.value, facts, ...(quietly ? { quietly } : {}) });
}

/** The same outcome with how to say its history in discreet mode (`instead` of `said`: how many were found). */
export function withHistory(outcome: Outcome, said: string, instead: string): Outcome {
  if (!outcome.ok || (outcome.value.type !== 'ask' && outcome.value.type !== 'tell')) return outcome;
  return ok({ ...outcome.value, quietly: { said, instead, history: true } });
}

/**
 * One reply that answers a question asked in passing and then puts the open question again:
 * the answer's own closing question ("Is there anything else?") gives way to the resumed one.
 */
export function answerThenResume(answer: Reply, resumed: Reply, closesWithAnythingElse = false): Reply {
  if (answer.type !== 'ask' || resumed.type !== 'ask') return answer;
  const closing = answer.reprompt;
  // "No" to "would you like to hear more?" says nothing but "anything else?": the question taken up again is the answer.
  if (closesWithAnythingElse && closing === answer.speech) return resumed;
  // An answer that is its own question ("You don't have an account called brokerage...") is said whole.
  const said = closing && closing !== answer.speech && answer.speech.endsWith(closing) ? answer.speech.slice(0, -closing.length).trim() : answer.speech;
  return { ...resumed, speech: `${said} ${resumed.speech}`, ...(answer.quietly ? { quietly: answer.quietly } : {}) };
}

/** The words that lead into a question put again, for why it is put again. */
export function resumeLead(ctx: HandlerContext, after: ResumeReason): string {
  // The help with the question is said before it by the pipeline.
  if (after === 'helped') return '';
  if (after === 'waited') return ctx.speech.takeYourTime();
  if (after === 'greeted') return ctx.speech.stillHere();
  if (after === 'reconsidered') return ctx.speech.askingAgain();
  if (after === 'thanked') return ctx.speech.youAreWelcome();
  if (after === 'started-over') return ctx.speech.startingAgain();
  return after === 'not-understood' ? ctx.speech.didNotGet() : ctx.speech.backToQuestion();
}

/** Puts a question again after its lead-in; the question alone is the reprompt. */
export function askAgain(ctx: HandlerContext, after: ResumeReason, question: Outcome): Outcome {
  return askAfter(resumeLead(ctx, after), question);
}

/** A question with words said before it (help with it, why it is put again); anything but a question is left as it is. */
export function askAfter(lead: string, question: Outcome): Outcome {
  if (!question.ok || question.value.type !== 'ask') return question;
  return ok({ ...question.value, speech: [lead, question.value.speech].filter(Boolean).join(' ') });
}
