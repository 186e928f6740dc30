/** A checked Alexa request envelope -> Turn. */
import type { IntentName } from '../../fulfillment/pipeline/intent-catalog';
import { resolveLocale } from '../../fulfillment/kit/locale';
import type { SlotValue, Turn } from '../../fulfillment/pipeline/turn';
import { ALEXA_INTENTS } from './intent-names.generated';
import type { AlexaEnvelope, AlexaSlot } from './envelope.schema';

function slotValue(slot: AlexaSlot): SlotValue | undefined {
  const match = slot.resolutions?.resolutionsPerAuthority?.find((r) => r.status?.code === 'ER_SUCCESS_MATCH');
  const id = match?.values?.[0]?.value?.id;
  const value = typeof slot.value === 'string' ? slot.value : '';
  if (!value && !id) return undefined;
  return id ? { value, id } : { value };
}

function slotsOf(slots: Readonly<Record<string, AlexaSlot>> | undefined): Record<string, SlotValue | undefined> {
  const out: Record<string, SlotValue | undefined> = {};
  for (const [name, slot] of Object.entries(slots ?? {})) out[name] = slotValue(slot);
  return out;
}

/**
 * Alexa hears "fifty euros" as a number and a currency word, in two slots; the core reads an
 * amount with its currency, as Dialogflow's unit-currency sends it. A currency word that resolved
 * to none of the model's currencies is passed as heard, so the amount is still refused as foreign.
 * With no amount slot the currency word stays a slot of its own: the number may be in another
 * slot ("no wait, I want to send twenty dollars" heard in the second transfer's), and it is still
 * an amount said with its currency, never digits of a PIN.
 */
function amountWithCurrency(slots: Record<string, SlotValue | undefined>): Record<string, SlotValue | undefined> {
  const { currency, ...rest } = slots;
  const said = currency?.id ?? currency?.value.trim();
  if (!said) return rest;
  if (!rest.amount) return slots;
  return { ...rest, amount: { ...rest.amount, currency: said } };
}

/**
 * Translates the request types the skill answers; returns undefined for the others
 * (AudioPlayer and PlaybackController events, display events...), which get an empty response.
 */
export function toTurn(envelope: AlexaEnvelope): Turn | undefined {
  const request = envelope.request;
  let intent: IntentName;
  let slots: Record<string, SlotValue | undefined> = {};
  if (request.type === 'LaunchRequest') intent = 'Launch';
  else if (request.type === 'SessionEndedRequest') intent = 'SessionEnd';
  else if (request.type === 'IntentRequest' && request.intent) {
    intent = ALEXA_INTENTS.get(request.intent.name) ?? 'Fallback';
    slots = intent === 'Fallback' ? {} : amountWithCurrency(slotsOf(request.intent.slots));
  } else return undefined;
  const accessToken = envelope.context?.System.user?.accessToken ?? envelope.session?.user?.accessToken;
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
