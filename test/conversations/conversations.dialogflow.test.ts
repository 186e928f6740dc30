/** The conversation scripts on Dialogflow ES (scripts.ts runs them). */
import { runScripts } from './scripts';

runScripts('dialogflow');
