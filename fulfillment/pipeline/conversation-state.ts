/**
 * What the skill remembers about one conversation, kept in the StateStore (never in session
 * attributes or contexts), keyed by customer and a hash of the platform's session id.
 */
import { hash } from 'node:crypto';
import type { StateStore } from '../state/state-store';
import type { SlotValue, Turn } from './turn';
import type { CustomerId } from '../kit/ids';
import * as z from '../kit/schema';
import { readStored } from '../kit/stored';
import { awaitingSchema, type Awaiting } from './awaiting';
import { INTENT_SLOTS, type IntentName, type SlotName } from './intent-catalog';

/** The conversation's memory. Handlers change it in place; the pipeline saves it. */
export interface Conversation {
  /** The open question the last reply asked; its flow sees the next turn first. */
  awaiting?: Awaiting;
  /**
   * An open question set aside while another was asked ("lock my card" in the middle of a
   * transfer); it is put again once the other is answered.
   */
  paused?: Awaiting;
  /**
   * "Twenty to Anna and thirty to Bob": the opaque id of the second transfer's draft, kept once the
   * first is sent, until it is taken up ("now the one to Bob") or the conversation ends.
   */
  nextTransfer?: string;
  /** A yes-or-no question the last turn declined with a plain no, which "actually, yes" takes back. */
  declined?: Awaiting;
  /** The open question was put again after such a yes: a second no to it is final. */
  askedAgain?: boolean;
  /**
   * The last reply answered a question in passing and then put the open one again ("You spent
   * $84.20 last week. Now, back to your transfer..."): "list them" next is about that answer.
   */
  answeredInPassing?: boolean;
  /** The last question asked, for "repeat". */
  lastSaid?: { readonly speech: string; readonly reprompt: string };
  /** The last insight asked for, which a follow-up ("and in October?") asks again changed. */
  lastQuestion?: LastQuestion;
  /**
   * The last of those that takes a period (spending, history, income): "and the month before?"
   * after a balance asked in between follows it, never the balance, which has no period.
   */
  periodQuestion?: LastQuestion;
}

/**
 * A question a follow-up can change: its intent and the words of its slots (a period, a
 * category, a merchant, an account kind), never what the answer said.
 */
export interface LastQuestion {
  readonly intent: (typeof FOLLOWED)[number];
  readonly slots: Readonly<Record<string, SlotValue>>;
}

/** The questions a follow-up can follow, in the order one is picked for slots the last one lacks. */
export const FOLLOWED = ['Spending', 'Income', 'Balance', 'RecentTransactions', 'FindCharge'] as const satisfies readonly IntentName[];

/** The slot a follow-up adds for "the one before that": how many payments back from the latest one said. */
export const BACK = 'back' as const;

/** Every slot of those questions, from the intent catalog: a slot added there is remembered, never a reason to drop the conversation. */
const FOLLOWED_SLOTS = [...new Set([...FOLLOWED.flatMap((intent): readonly (SlotName<(typeof FOLLOWED)[number]> | typeof BACK)[] => INTENT_SLOTS[intent]), BACK])];

const slotSchema = z.object({ value: z.string().check(z.maxLength(60)), id: z.optional(z.string().check(z.maxLength(60))) });

const lastQuestionSchema = z.object({
  intent: z.enum(FOLLOWED),
  slots: z.partialRecord(z.enum(FOLLOWED_SLOTS), slotSchema),
});

const conversationSchema: z.ZodMiniType<Conversation> = z.object({
  awaiting: z.optional(awaitingSchema),
  paused: z.optional(awaitingSchema),
  nextTransfer: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  declined: z.optional(awaitingSchema),
  askedAgain: z.optional(z.boolean()),
  answeredInPassing: z.optional(z.boolean()),
  lastSaid: z.optional(z.object({ speech: z.string(), reprompt: z.string() })),
  lastQuestion: z.optional(lastQuestionSchema),
  periodQuestion: z.optional(lastQuestionSchema),
});

/** How long an idle conversation is remembered. */
export const CONVERSATION_TTL_SECONDS = 15 * 60;

/** The store key of a turn's conversation. The platform's session id is hashed, not stored. */
export function conversationKey(turn: Turn, customer: CustomerId | undefined): string {
  const session = hash('sha256', `${turn.platform}\0${turn.sessionKey}`, 'base64url');
  return `conv:${customer ?? 'anonymous'}:${session}`;
}

/**
 * Loads a conversation, parsed and checked; a fresh one when none is stored, or when the stored
 * one does not parse (the turn is then answered as the start of a conversation).
 */
export async function loadConversation(store: StateStore, key: string): Promise<Conversation> {
  const raw = await store.get(key);
  if (!raw) return {};
  return readStored(raw, conversationSchema) ?? {};
}

/** Saves a conversation, or forgets it when there is nothing left to remember. */
export async function saveConversation(store: StateStore, key: string, c: Conversation): Promise<void> {
  if (Object.values(c).every((v) => v === undefined)) {
    await store.delete(key);
    return;
  }
  await store.set(key, JSON.stringify(c), CONVERSATION_TTL_SECONDS);
}

/**
 * Whether the last reply was a complete answer that only asked "is there anything else?" (also
 * after a fraud answer): a question set aside, a transfer waiting, say, is then put again.
 */
export function answeredCompletely(conversation: Conversation): boolean {
  const awaiting = conversation.awaiting;
  // "Do you mean you made that purchase after all?" is a question of its own.
  if (awaiting?.kind === 'fraud-reported') return awaiting.checking !== true;
  const kind = awaiting?.kind;
  return kind === 'anything-else' || kind === 'after-transfer' || kind === 'card-changed' || kind === 'payees-listed' || kind === 'fraud-genuine';
}
