/**
 * A typed conversation with the skill through a platform endpoint: understands each line
 * locally, sends the request the platform would send, and carries the session across turns.
 */
import { randomUUID } from 'node:crypto';
import type { Locale } from '../../fulfillment/kit/locale';
import type { Platform } from '../../fulfillment/kit/platform';
import { platformRequest, type SimulatedSession } from './platform-request';
import { spokenText } from './spoken';
import type { SlotTypes } from './entities';
import type { LocalUnderstanding } from './understand';

/** Posts a platform request to the skill and returns the response body. */
export type SendRequest = (platform: Platform, body: object) => Promise<Record<string, unknown>>;

/** One exchange: what was typed, what the platform sent and got back, and what was said. */
export interface Exchange {
  readonly text: string;
  readonly request: object;
  readonly response: Record<string, unknown>;
  readonly spoken: string;
  readonly endsSession: boolean;
}

/** Options for a conversation. */
export interface ConversationOptions {
  readonly platform: Platform;
  readonly locale: Locale;
  readonly token?: string;
  readonly understanding: LocalUnderstanding;
  readonly send: SendRequest;
  /** Slot types with the customer's own values (payees), when they are known. */
  readonly types?: SlotTypes;
}

/** A conversation whose session survives until the skill ends it. */
export class Conversation {
  private session: SimulatedSession;

  constructor(private readonly options: ConversationOptions) {
    this.session = this.freshSession();
  }

  /** Says one line and returns the exchange. */
  async say(text: string): Promise<Exchange> {
    const { platform, locale, understanding, send } = this.options;
    const { types } = this.options;
    const understood = await understanding.understand(text, locale, types);
    const request = platformRequest(platform, understood, text, locale, this.session, types);
    const response = await send(platform, request);
    const { spoken, endsSession } = spokenText(platform, response);
    this.session = endsSession ? this.freshSession() : this.next(response);
    return { text, request, response, spoken, endsSession };
  }

  private freshSession(): SimulatedSession {
    const id = this.options.platform === 'alexa' ? `amzn1.echo-api.session.${randomUUID()}` : randomUUID();
    return { id, isNew: true, ...(this.options.token ? { token: this.options.token } : {}) };
  }

  private next(response: Record<string, unknown>): SimulatedSession {
    const attributes = response['sessionAttributes'];
    const contexts = response['outputContexts'];
    return {
      ...this.session,
      isNew: false,
      ...(attributes && typeof attributes === 'object' ? { attributes: attributes as Record<string, unknown> } : {}),
      ...(Array.isArray(contexts) ? { contexts: contexts.filter((c: { lifespanCount?: number }) => (c.lifespanCount ?? 1) > 0) } : {}),
    };
  }
}
