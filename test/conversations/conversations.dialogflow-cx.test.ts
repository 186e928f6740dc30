/** The conversation scripts on Dialogflow CX (scripts.ts runs them). */
import { runScripts } from './scripts';

runScripts('dialogflow-cx');
