/**
 * A typed conversation with the skill through a platform endpoint: understands each line
 * locally, sends the request the platform would send, and carries the session across turns:
 * Alexa session attributes or Dialogflow contexts, and the slot values the skill taught.
 */
import { randomUUID } from 'node:crypto';
import type { Locale } from '../../fulfillment/kit/locale';
import type { SimulatedPlatform } from './understand';
import { taughtValues } from './dynamic-values';
import { platformRequest, type SimulatedSession } from './platform-request';
import { spokenText } from './spoken';
import type { LocalUnderstanding, Understanding } from './understand';
import type { CustomTypes } from './values/find-values';

/** Posts a platform request to the skill and returns the response body. */
export type SendRequest = (platform: SimulatedPlatform, body: object) => Promise<Record<string, unknown>>;

/** One exchange: what was typed, how it was understood, what the platform sent and got back, and what was said. */
export interface Exchange {
  readonly text: string;
  readonly understood: Understanding;
  readonly request: object;
  readonly response: Record<string, unknown>;
  readonly spoken: string;
  readonly endsSession: boolean;
}

/** Options for a conversation. */
export interface ConversationOptions {
  readonly platform: SimulatedPlatform;
  readonly locale: Locale;
  readonly token?: string;
  readonly understanding: LocalUnderstanding;
  readonly send: SendRequest;
  /** Session slot values known before the skill teaches any (the customer's payees, see payeeValues). */
  readonly session?: CustomTypes;
  /** The time dates are read against (the skill's clock in tests); now by default. */
  readonly now?: () => Date;
}

/** A conversation whose session survives until the skill ends it. */
export class Conversation {
  private session: SimulatedSession;
  private taught: CustomTypes;

  constructor(private readonly options: ConversationOptions) {
    this.session = this.freshSession();
    this.taught = options.session ?? {};
  }

  /** Says one line and returns the exchange. */
  async say(text: string): Promise<Exchange> {
    const { platform, locale, understanding, send } = this.options;
    const now = this.options.now?.() ?? new Date();
    const understood = await understanding.understand(text, platform, locale, { session: this.taught, now });
    const request = platformRequest(platform, understood, text, locale, this.session, now);
    const response = await send(platform, request);
    const { spoken, endsSession } = spokenText(platform, response);
    this.taught = { ...this.taught, ...taughtValues(platform, response) };
    this.session = endsSession ? this.freshSession() : this.next(response);
    return { text, understood, request, response, spoken, endsSession };
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
