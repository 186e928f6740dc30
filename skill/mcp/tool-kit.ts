/**
 * How an MCP tool asks the core: each call is one or more turns of an assistant conversation
 * (platform "mcp", channel "assistant"), so every rule of the voice dialog applies as it is;
 * the answer is the sentence a speaker would hear, with foreign text marked, and the reply's
 * facts as structured content. A reply without the facts a tool expects is a refusal the model
 * can act on (link the account, the bank is down): a tool error with the sentence.
 */
import { randomUUID } from 'node:crypto';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { Core } from '../../fulfillment/core';
import type { Clock } from '../../fulfillment/kit/clock';
import type { Locale } from '../../fulfillment/kit/locale';
import { toDecimal, type Money } from '../../fulfillment/kit/money';
import { foreignTexts, type Facts, type FactsKind } from '../../fulfillment/pipeline/facts';
import type { IntentName } from '../../fulfillment/pipeline/intent-catalog';
import type { AwaitingKind } from '../../fulfillment/pipeline/awaiting';
import type { Reply } from '../../fulfillment/pipeline/reply';
import type { SlotValue } from '../../fulfillment/pipeline/turn';
import { markForeign } from './model-text';

/** What every tool call runs with: the core, the customer's link token (if any), the locale. */
export interface ToolCall {
  readonly core: Core;
  readonly clock: Clock;
  readonly locale: Locale;
  /** The account link's token; none for a service token, whose calls are asked to link first. */
  readonly linkToken?: string;
}

/** One turn said in a conversation: the reply, and the conversation's opaque id. */
export interface Said {
  readonly reply: Reply;
  readonly conversation: string;
}

/** Slots as a tool fills them. */
export type ToolSlots = Readonly<Record<string, SlotValue | undefined>>;

/**
 * A conversation a tool names: its id (a new one when none), whether to keep it for the tool's
 * next call, and the kinds of question an id given may answer. Every id a tool hands out is a
 * conversation's id, so a page id passed as a draft id would otherwise answer the transfer.
 */
export interface ToolConversation {
  readonly id?: string;
  readonly keep?: boolean;
  readonly answers?: readonly AwaitingKind[];
}

/** What a transfer's draft id may answer: the transfer, and the questions that follow it sent. */
export const TRANSFER_QUESTIONS: readonly AwaitingKind[] = ['transfer', 'after-transfer', 'undo-offer'];

/**
 * Says an intent to the core, in a new conversation or in the one whose id is given. Unless
 * told to keep it for the tool's next call, the conversation is forgotten after the turn.
 */
export async function say(call: ToolCall, intent: IntentName, slots: ToolSlots = {}, conversation?: ToolConversation): Promise<Said> {
  const id = conversation?.id ?? randomUUID();
  const reply = await call.core.handle({
    platform: 'mcp',
    locale: call.locale,
    requestId: randomUUID(),
    sessionKey: id,
    ...(call.linkToken ? { accessToken: call.linkToken } : {}),
    intent,
    slots,
    channel: 'assistant',
    ...(conversation?.keep ? {} : { standalone: true }),
    ...(conversation?.id && conversation.answers ? { answers: conversation.answers } : {}),
  });
  return { reply, conversation: id };
}

/** A slot the platform resolved: the words and the id alike. */
export const resolved = (id: string): SlotValue => ({ value: id, id });

/** Money as a tool answers it: a decimal string and the currency code. */
export const moneyOut = (money: Money) => ({ amount: toDecimal(money), currency: money.currency });

/** The sentence a model reads: what a speaker hears, with foreign text marked. */
export function sentenceOf(reply: Reply): string {
  if (reply.type === 'end') return '';
  return markForeign(reply.speech, 'facts' in reply && reply.facts ? foreignTexts(reply.facts) : []);
}

/** The facts of a reply, when they are of the kind a tool expects. */
export function factsOf<K extends FactsKind>(reply: Reply, kind: K): Extract<Facts, { kind: K }> | undefined {
  if (reply.type !== 'ask' && reply.type !== 'tell') return undefined;
  return reply.facts?.kind === kind ? (reply.facts as Extract<Facts, { kind: K }>) : undefined;
}

/** A refusal the model can act on: the sentence, as a tool error. */
export function refusal(reply: Reply): CallToolResult {
  return { isError: true, content: [{ type: 'text', text: sentenceOf(reply) }] };
}

/** An answer: the sentence, and the structured content built from the reply's facts (foreign text in it through plainText). */
export function answer(reply: Reply, structured: Record<string, unknown>): CallToolResult {
  return { content: [{ type: 'text', text: sentenceOf(reply) }], structuredContent: structured };
}

/** The answer of a tool that expects one kind of facts: built from them, or a refusal without them. */
export function answerWith<K extends FactsKind>(reply: Reply, kind: K, build: (facts: Extract<Facts, { kind: K }>) => Record<string, unknown>): CallToolResult {
  const facts = factsOf(reply, kind);
  return facts ? answer(reply, build(facts)) : refusal(reply);
}
