/** The conversation scripts on Alexa, the second of two halves (scripts.ts runs them). */
import { runScripts } from './scripts';

runScripts('alexa', 1);
