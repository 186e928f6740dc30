/**
 * Says core intents through either platform, by their model names, so one conversation test
 * runs on Alexa and on Dialogflow; and reads expected figures from the sandbox's seeded books.
 */
import type { Transaction } from '../../fulfillment/banks/bank-types';
import type { Books } from '../../fulfillment/banks/sandbox/state';
import type { IntentName } from '../../fulfillment/pipeline/intent-catalog';
import { absolute, sum, type Money } from '../../fulfillment/kit/money';
import type { Platform } from '../../fulfillment/kit/platform';
import { DIALOGFLOW_CX_EVENTS, dialogflowCxName, PLATFORM_NAMES } from '../../models/source/platform-names';
import type { Spoken, TestSkill } from './harness';
import type { RequestOptions } from './requests';

/** Says an intent with slots; Dialogflow may be given its own parameter shapes (date periods). */
export type Say = (intent: IntentName, slots?: Record<string, string>, dialogflowParameters?: Record<string, unknown>) => Promise<Spoken>;

/** A speaker for one platform, customer and locale. */
export function speaker(skill: TestSkill, platform: Platform, options: RequestOptions = { token: 'demo' }): Say {
  return async (intent, slots = {}, dialogflowParameters) => {
    const names = PLATFORM_NAMES[intent];
    if (platform === 'dialogflow') return skill.dialogflow(names.dialogflow, dialogflowParameters ?? slots, options);
    if (platform === 'dialogflow-cx') return skill.dialogflowCx(cxTag(intent), dialogflowParameters ?? slots, options);
    if (platform === 'mcp') throw new Error('an assistant calls tools: see test/support/mcp.ts');
    if (intent === 'Launch') return skill.alexa('launch', options);
    if (!names.alexa) throw new Error(`${intent} has no Alexa intent`);
    return skill.alexa({ intent: names.alexa, slots }, options);
  };
}

/** The fulfillment tag a CX flow sends for an intent: its route's, or the event's that stands for it. */
function cxTag(intent: IntentName): string {
  const event = Object.entries(DIALOGFLOW_CX_EVENTS).find(([, i]) => i === intent)?.[0];
  const tag = dialogflowCxName(intent) ?? event;
  if (!tag) throw new Error(`${intent} has no Dialogflow CX route`);
  return tag;
}

/** One seeded customer's books. */
export function booksOf(skill: TestSkill, token: string): Books {
  const books = skill.sandbox.control.books(token);
  if (!books) throw new Error(`no sandbox customer ${token}`);
  return books;
}

/** The size and number of some transactions, in one currency. */
export function totalOf(transactions: readonly Transaction[], currency: Money['currency']): { total: Money; count: number } {
  return { total: sum(transactions.map((t) => absolute(t.amount)), currency), count: transactions.length };
}

/** Transactions dated between two ISO dates, inclusive. */
export const between = (from: string, to: string) => (t: Transaction) => t.date >= from && t.date <= to;

/** What the skill counts as spending: money out, not moved between the customer's accounts. */
export const spending = (t: Transaction) => t.amount.minor < 0 && t.category !== 'transfers';
