/** Dialogflow ES WebhookRequest -> Turn. */
import { randomUUID } from 'node:crypto';
import { resolveLocale } from '../../fulfillment/locale';
import type { SlotValue, Turn } from '../../fulfillment/turn';
import { DIALOGFLOW_INTENTS } from '../../models/source/platform-names';
import type { WebhookRequest } from './webhook.schema';

/** Channels that speak rather than show text. */
const VOICE_SOURCES = new Set(['google', 'telephony']);

/**
 * A parameter as a slot. Numbers are written back as the decimal text JSON carried
 * (`String(12.5)` is "12.5"), so amounts reach the core as decimal strings, not floats.
 */
export function parameterToSlot(raw: unknown): SlotValue | undefined {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (typeof value === 'string') return value.trim() ? { value } : undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return { value: String(value) };
  if (typeof value === 'object' && value !== null && 'amount' in value) {
    const { amount, currency } = value as { amount?: unknown; currency?: unknown };
    if (typeof amount !== 'number' || !Number.isFinite(amount)) return undefined;
    return typeof currency === 'string' && currency ? { value: String(amount), currency } : { value: String(amount) };
  }
  return undefined;
}

/** Translates a webhook request into a turn. Unknown intents become the fallback. */
export function toTurn(request: WebhookRequest): Turn {
  const name = request.queryResult.intent?.displayName ?? '';
  const intent = DIALOGFLOW_INTENTS.get(name) ?? 'Fallback';
  const slots: Record<string, SlotValue | undefined> = {};
  if (intent !== 'Fallback') {
    for (const [key, raw] of Object.entries(request.queryResult.parameters ?? {})) slots[key] = parameterToSlot(raw);
  }
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
