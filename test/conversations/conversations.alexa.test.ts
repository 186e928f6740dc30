/** The conversation scripts on Alexa (scripts.ts runs them). */
import { runScripts, scripts } from './scripts';

it('finds the conversation scripts', () => {
  expect(scripts.length).toBeGreaterThanOrEqual(100);
});

runScripts('alexa');
