/**
 * Dialogflow CX WebhookRequest -> Turn. The route's fulfillment tag names the core intent (an
 * intent's display name, or the event the flow handed over); the matched intent's parameters,
 * and a page form's, are the slots, by their resolved values as on Dialogflow ES (an entity's
 * value: a payee's or merchant's display name, or the words an expanded entity heard), and the
 * words heard when nothing was resolved.
 */
import { randomUUID } from 'node:crypto';
import { resolveLocale } from '../../fulfillment/kit/locale';
import type { SlotValue, Turn } from '../../fulfillment/pipeline/turn';
import { parameterToSlot, withBareAmount } from '../dialogflow-values';
import { DIALOGFLOW_CX_INTENTS } from './intent-names.generated';
import type { CxRequest } from './webhook.schema';

/** A parameter as a slot: its resolved value, else the words heard. */
function slotOf(original: string | undefined, resolved: unknown): SlotValue | undefined {
  return parameterToSlot(resolved) ?? (original?.trim() ? { value: original } : undefined);
}

/** The slots of a request: a form's filled parameters, then the matched intent's. */
export function slotsOf(request: CxRequest): Record<string, SlotValue | undefined> {
  const slots: Record<string, SlotValue | undefined> = {};
  for (const p of request.pageInfo?.formInfo?.parameterInfo ?? []) {
    if (p.state === undefined || p.state === 'FILLED') slots[p.displayName] = slotOf(undefined, p.value);
  }
  for (const [name, p] of Object.entries(request.intentInfo?.parameters ?? {})) slots[name] = slotOf(p.originalValue, p.resolvedValue);
  return slots;
}

/** Translates a webhook request into a turn. An unknown tag becomes the fallback. */
export function toTurn(request: CxRequest): Turn {
  const tag = request.fulfillmentInfo?.tag ?? request.intentInfo?.displayName ?? '';
  const intent = DIALOGFLOW_CX_INTENTS.get(tag) ?? 'Fallback';
  const accessToken = request.payload?.user?.accessToken;
  return {
    platform: 'dialogflow-cx',
    locale: resolveLocale(request.languageCode),
    requestId: request.detectIntentResponseId ?? randomUUID(),
    // Without a session (a partial request), the turn stands alone.
    sessionKey: request.sessionInfo?.session ?? randomUUID(),
    ...(accessToken ? { accessToken } : {}),
    intent,
    slots: intent === 'Fallback' ? {} : withBareAmount(slotsOf(request)),
    channel: request.transcript !== undefined ? 'voice' : 'text',
  };
}
