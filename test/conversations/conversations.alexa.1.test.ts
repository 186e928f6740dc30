/** The conversation scripts on Alexa, the first of two halves (scripts.ts runs them). */
import { runScripts, scripts } from './scripts';

it('finds the conversation scripts', () => {
  expect(scripts.length).toBeGreaterThanOrEqual(100);
});

runScripts('alexa', 0);
