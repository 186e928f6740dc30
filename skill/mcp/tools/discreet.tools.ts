/** The discreet-mode tool: whether amounts are said aloud. */
import * as z from '../../../fulfillment/kit/schema';
import { answerWith, resolved, say } from '../tool-kit';
import { READ_SCOPE } from '../access';
import { tool } from './tool';

/** "Turn on discreet mode", "is discreet mode on?". */
export const discreetMode = tool({
  name: 'discreet_mode',
  title: 'Discreet mode',
  description:
    "Turns discreet mode on or off, or tells whether it is on. While it is on, answers leave out every amount the bank knows (balances, spending, transactions) and the bank's app gets the figures instead; " +
    'use it when the customer does not want amounts said aloud. It is the same setting on every voice assistant the customer uses.',
  scope: READ_SCOPE,
  input: z.object({ on: z.optional(z.boolean().check(z.describe('true to turn it on, false to turn it off; leave out to ask whether it is on.'))) }),
  output: z.object({ on: z.boolean() }),
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  async run(args, call) {
    const state = args.on === undefined ? undefined : resolved(args.on ? 'on' : 'off');
    const { reply } = await say(call, 'DiscreetMode', { state });
    return answerWith(reply, 'discreet-mode', (facts) => ({ on: facts.on }));
  },
});
