/** Alexa RequestEnvelope -> Turn. */
import type { IntentRequest, RequestEnvelope, Slot } from 'ask-sdk-model';
import type { IntentName } from '../../fulfillment/pipeline/intent-catalog';
import { resolveLocale } from '../../fulfillment/kit/locale';
import type { SlotValue, Turn } from '../../fulfillment/pipeline/turn';
import { ALEXA_INTENTS } from '../../models/source/platform-names';

function slotValue(slot: Slot): SlotValue | undefined {
  const match = slot.resolutions?.resolutionsPerAuthority?.find((r) => r.status?.code === 'ER_SUCCESS_MATCH');
  const id = match?.values?.[0]?.value?.id;
  const value = typeof slot.value === 'string' ? slot.value : '';
  if (!value && !id) return undefined;
  return id ? { value, id } : { value };
}

function slotsOf(request: IntentRequest): Record<string, SlotValue | undefined> {
  const slots: Record<string, SlotValue | undefined> = {};
  for (const [name, slot] of Object.entries(request.intent.slots ?? {})) slots[name] = slotValue(slot);
  return slots;
}

/**
 * Translates the request types the skill answers; returns undefined for the others
 * (AudioPlayer events, display events...), which get an empty response.
 */
export function toTurn(envelope: RequestEnvelope): Turn | undefined {
  const request = envelope.request;
  let intent: IntentName;
  let slots: Record<string, SlotValue | undefined> = {};
  if (request.type === 'LaunchRequest') intent = 'Launch';
  else if (request.type === 'SessionEndedRequest') intent = 'SessionEnd';
  else if (request.type === 'IntentRequest') {
    intent = ALEXA_INTENTS.get(request.intent.name) ?? 'Fallback';
    slots = intent === 'Fallback' ? {} : slotsOf(request);
  } else return undefined;
  const accessToken = envelope.context?.System?.user?.accessToken ?? envelope.session?.user?.accessToken;
  return {
    platform: 'alexa',
    locale: resolveLocale(request.locale),
    requestId: request.requestId,
    sessionKey: envelope.session?.sessionId ?? `single:${request.requestId}`,
    ...(accessToken ? { accessToken } : {}),
    intent,
    slots,
    channel: 'voice',
  };
}
