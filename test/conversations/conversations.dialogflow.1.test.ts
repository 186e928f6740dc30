/** The conversation scripts on Dialogflow ES, the first of two halves (scripts.ts runs them). */
import { runScripts } from './scripts';

runScripts('dialogflow', 0);
