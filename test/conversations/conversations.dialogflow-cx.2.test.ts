/** The conversation scripts on Dialogflow CX, the second of two halves (scripts.ts runs them). */
import { runScripts } from './scripts';

runScripts('dialogflow-cx', 1);
