/**
 * Record mode (`npm start -- --record DIR`): every platform request and response, redacted,
 * saved as a fixture that `npm run test:fixtures` replays. One file per conversation.
 *
 * Only conversations with the sandbox's seeded demo customers are recorded: their names,
 * payees and amounts are invented, so the spoken text can stay as it is and the replay can
 * check every word. An exchange with any other token is not written at all (a warning says
 * so), because its speech would carry a real customer's money.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SEED_CUSTOMERS } from '../../fulfillment/banks/sandbox/seed';
import type { Logger } from '../../fulfillment/kit/logger';
import type { PlatformExchange } from '../platform-unit';
import { Redactor } from './redact';

/** A recorded conversation. */
export interface RecordedConversation {
  /** The platform unit's name, which is also its path ("alexa" is posted to /alexa). */
  readonly platform: string;
  /** The demo token the redacted token stands for when the fixture is replayed. */
  readonly replayToken: string;
  readonly exchanges: { request: unknown; response: unknown }[];
}

const DEMO_TOKENS = new Set(SEED_CUSTOMERS.map((c) => c.accessToken));

/** Drops what differs between runs but says nothing about behaviour (the SDK's user agent). */
export function withoutUserAgent(response: unknown): unknown {
  if (!response || typeof response !== 'object') return response;
  const { userAgent: _ignored, ...rest } = response as Record<string, unknown>;
  return rest;
}

/** Returns the exchange listener that records into a folder. */
export function createRecorder(dir: string, logger: Logger): (exchange: PlatformExchange) => void {
  mkdirSync(dir, { recursive: true });
  const conversations = new Map<string, { file: string; redactor: Redactor; recorded: RecordedConversation }>();
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  return ({ platform, accessToken: token, sessionId, request, response }) => {
    if (token !== undefined && !DEMO_TOKENS.has(token)) {
      logger.warn({ platform }, 'not recorded: only conversations with the demo customers are recorded');
      return;
    }
    const key = `${platform}:${sessionId ?? 'no-session'}`;
    let conversation = conversations.get(key);
    if (!conversation) {
      const file = path.join(dir, `${stamp}-${platform}-${conversations.size + 1}.json`);
      conversation = { file, redactor: new Redactor(), recorded: { platform, replayToken: token ?? 'demo', exchanges: [] } };
      conversations.set(key, conversation);
    }
    conversation.recorded.exchanges.push(conversation.redactor.redact(request, withoutUserAgent(response)) as { request: unknown; response: unknown });
    writeFileSync(conversation.file, `${JSON.stringify(conversation.recorded, null, 2)}\n`);
  };
}
