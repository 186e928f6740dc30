import { open } from '../pipeline/intent-handler';
import { ask } from '../pipeline/reply-builders';
import { insightsSpeech } from './speech';

/**
 * "And in October?" that follows no question: the pipeline rewrites a follow-up into the last
 * question it changes (follow-up.ts), so this runs only when there was none.
 */
export const followUpHandler = open(async (ctx) => ask(insightsSpeech(ctx.turn.locale).nothingToFollow(), ctx.speech.whatNext()));
