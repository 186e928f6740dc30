/** The conversation scripts on Dialogflow ES, the second of two halves (scripts.ts runs them). */
import { runScripts } from './scripts';

runScripts('dialogflow', 1);
