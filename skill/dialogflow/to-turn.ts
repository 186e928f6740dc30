/** Dialogflow ES WebhookRequest -> Turn. */
import { randomUUID } from 'node:crypto';
import { resolveLocale } from '../../fulfillment/kit/locale';
import type { SlotValue, Turn } from '../../fulfillment/pipeline/turn';
import { DIALOGFLOW_INTENTS } from './intent-names.generated';
import type { WebhookRequest } from './webhook.schema';

/** Channels that speak rather than show text. */
const VOICE_SOURCES = new Set(['google', 'telephony']);

/**
 * A date period (@sys.date-period, or @sys.date-time when it heard a period) as the text
 * "start/end" of its two ISO date-times; @sys.date-time's {date_time} as its date-time.
 */
function periodText(value: object): string | undefined {
  const v = value as Record<string, unknown>;
  const text = (x: unknown) => (typeof x === 'string' && x.trim() ? x.trim() : undefined);
  const start = text(v.startDate) ?? text(v.startDateTime);
  const end = text(v.endDate) ?? text(v.endDateTime);
  if (start && end) return `${start}/${end}`;
  return text(v.date_time);
}

/**
 * A parameter as a slot. Numbers are written back as the decimal text JSON carried
 * (`String(12.5)` is "12.5"), so amounts reach the core as decimal strings, not floats.
 * Date periods arrive as "start/end" text for the core's period reader.
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
  if (typeof value === 'object' && value !== null) {
    const period = periodText(value);
    return period ? { value: period } : undefined;
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
