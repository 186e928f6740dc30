/** A question answered in passing is said before the open question is put again. */
import { answerThenResume } from '../../fulfillment/pipeline/reply-builders';

const resumed = { type: 'ask' as const, speech: 'Now, back to your transfer. How much?', reprompt: 'How much?' };
const spoken = (reply: ReturnType<typeof answerThenResume>) => ('speech' in reply ? reply.speech : '');

it('leaves out the answer\'s own closing question, which the resumed question replaces', () => {
  const answer = { type: 'ask' as const, speech: 'Your checking account has $10.00. Is there anything else?', reprompt: 'Is there anything else?' };
  expect(spoken(answerThenResume(answer, resumed))).toBe('Your checking account has $10.00. Now, back to your transfer. How much?');
});

it('says an answer that is its own question whole, rather than nothing', () => {
  const answer = { type: 'ask' as const, speech: "I couldn't find an account called brokerage. Which one would you like?", reprompt: "I couldn't find an account called brokerage. Which one would you like?" };
  expect(spoken(answerThenResume(answer, resumed))).toBe(`${answer.speech} Now, back to your transfer. How much?`);
});
