/** The conversation scripts on Dialogflow CX, the first of two halves (scripts.ts runs them). */
import { runScripts } from './scripts';

runScripts('dialogflow-cx', 0);
