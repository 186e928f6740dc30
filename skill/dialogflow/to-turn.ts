/** Dialogflow ES WebhookRequest -> Turn. */
import { randomUUID } from 'node:crypto';
import { resolveLocale } from '../../fulfillment/kit/locale';
import type { SlotValue, Turn } from '../../fulfillment/pipeline/turn';
import { parameterToSlot, withBareAmount } from '../dialogflow-values';
import { DIALOGFLOW_INTENTS } from './intent-names.generated';
import type { WebhookRequest } from './webhook.schema';

/** Channels that speak rather than show text. */
const VOICE_SOURCES = new Set(['google', 'telephony']);

/** Translates a webhook request into a turn. Unknown intents become the fallback. */
export function toTurn(request: WebhookRequest): Turn {
  const name = request.queryResult.intent?.displayName ?? '';
  const intent = DIALOGFLOW_INTENTS.get(name) ?? 'Fallback';
  const heard: Record<string, SlotValue | undefined> = {};
  if (intent !== 'Fallback') {
    for (const [key, raw] of Object.entries(request.queryResult.parameters ?? {})) heard[key] = parameterToSlot(raw);
  }
  const slots = withBareAmount(heard);
  const source = request.originalDetectIntentRequest?.source;
  const accessToken = request.originalDetectIntentRequest?.payload?.user?.accessToken;
  return {
    platform: 'dialogflow',
    locale: resolveLocale(request.queryResult.languageCode),
    requestId: request.responseId ?? randomUUID(),
    sessionKey: request.session,
    ...(accessToken ? { accessToken } : {}),
    intent,
    slots,
    channel: source && VOICE_SOURCES.has(source) ? 'voice' : 'text',
  };
}
