/** The platform-neutral request: what the customer said, and nothing more than the core needs. */
import type { IntentName } from './intent-catalog';
import type { AwaitingKind } from './awaiting';
import type { Locale } from '../kit/locale';
import type { Platform } from '../kit/platform';

/**
 * A slot as heard: the words, the entity id when the platform resolved one, and a currency
 * when the platform recognised an amount of money (Dialogflow's @sys.unit-currency).
 */
export interface SlotValue {
  readonly value: string;
  readonly id?: string;
  readonly currency?: string;
}

/** Whether a slot carries something heard: words, or an entity the platform resolved. */
export function isHeard(slot: SlotValue | undefined): slot is SlotValue {
  return Boolean(slot?.value.trim() || slot?.id);
}

/** Whether every slot heard is one of the names given ("the other one", and nothing else said). */
export function heardOnly(slots: Readonly<Record<string, SlotValue | undefined>>, names: ReadonlySet<string>): boolean {
  return Object.entries(slots).every(([name, slot]) => names.has(name) || !isHeard(slot));
}

/** One request from a platform, translated. */
export interface Turn {
  readonly platform: Platform;
  readonly locale: Locale;
  /** The platform's request id, for logs and replay protection. */
  readonly requestId: string;
  /** The platform's conversation id; the core keys its conversation state by it. */
  readonly sessionKey: string;
  /** The account-linking access token, when the customer linked the skill. */
  readonly accessToken?: string;
  readonly intent: IntentName;
  readonly slots: Readonly<Record<string, SlotValue | undefined>>;
  /**
   * Text channels can show quick-reply chips; speakers cannot. An assistant (an AI model between
   * the customer and the skill, through MCP) relays the conversation: it is never asked for a PIN.
   */
  readonly channel: 'voice' | 'text' | 'assistant';
  /** The caller answers no question the reply may ask: nothing is remembered after the turn. */
  readonly standalone?: boolean;
  /**
   * The kinds of question this turn may answer, when its caller named the conversation by an id
   * meant for one of them (an assistant's draft, page or alert id): a conversation waiting on a
   * question of another kind is left as it is, and the turn refused with nothing done.
   */
  readonly answers?: readonly AwaitingKind[];
}
