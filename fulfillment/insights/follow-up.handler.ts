import { open } from '../pipeline/intent-handler';
import { answerAndContinue } from '../pipeline/reply-builders';
import { insightsSpeech } from './speech';

/**
 * "And in October?" that follows no question: the pipeline rewrites a follow-up into the last
 * question it changes (follow-up.ts), so this runs only when there was none. It is answered
 * like any question, so a transfer waiting on an answer is asked for it again after.
 */
export const followUpHandler = open(async (ctx) => answerAndContinue(ctx, insightsSpeech(ctx.turn.locale).nothingToFollow()));
