/**
 * Builds the request a platform would send for an understanding: an Alexa RequestEnvelope
 * (slot strings, entity resolution ids for custom types) or a Dialogflow ES WebhookRequest
 * (parameters such as @sys.unit-currency as {amount, currency}).
 */
import { randomUUID } from 'node:crypto';
import type { Locale } from '../../fulfillment/kit/locale';
import type { Platform } from '../../fulfillment/kit/platform';
import { PLATFORM_NAMES } from '../../models/source/platform-names';
import { SLOT_TYPES } from '../../models/source/slot-types';
import type { FoundValue, SlotTypes } from './entities';

export type { SlotTypes } from './entities';
import type { Understanding } from './understand';

/** The conversation a request belongs to. */
export interface SimulatedSession {
  readonly id: string;
  /** True for the first request of the session. */
  readonly isNew: boolean;
  readonly token?: string;
  /** Alexa session attributes the last response returned. */
  readonly attributes?: Record<string, unknown>;
  /** Dialogflow output contexts the last response returned. */
  readonly contexts?: readonly unknown[];
}

const APPLICATION_ID = 'amzn1.ask.skill.simulator';
const DF_PROJECT = 'projects/simulator/agent';


function alexaSlot(name: string, found: FoundValue, types: SlotTypes): object {
  const type = types[found.type];
  const value = type?.kind === 'custom' ? found.text : (found.timex ?? found.value ?? found.text);
  const resolutions = type?.kind === 'custom' && found.id
    ? { resolutionsPerAuthority: [{ authority: `amzn1.er-authority.echo-sdk.${APPLICATION_ID}.${type.alexa}`, status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: found.id, id: found.id } }] }] }
    : undefined;
  return { name, value, confirmationStatus: 'NONE', ...(resolutions ? { resolutions } : {}) };
}

/** The Alexa request for an understanding. */
export function alexaRequest(understanding: Understanding, locale: Locale, session: SimulatedSession, types: SlotTypes = SLOT_TYPES): object {
  const base = { requestId: `amzn1.echo-api.request.${randomUUID()}`, timestamp: new Date().toISOString().replace(/\.\d+Z$/, 'Z'), locale };
  const alexaName = PLATFORM_NAMES[understanding.intent].alexa;
  const request = understanding.intent === 'Launch' || !alexaName
    ? { type: 'LaunchRequest', ...base }
    : {
        type: 'IntentRequest',
        ...base,
        dialogState: 'STARTED',
        intent: { name: alexaName, confirmationStatus: 'NONE', slots: Object.fromEntries(Object.entries(understanding.slots).map(([n, f]) => [n, alexaSlot(n, f, types)])) },
      };
  const user = { userId: 'amzn1.ask.account.SIMULATOR', ...(session.token ? { accessToken: session.token } : {}) };
  const application = { applicationId: APPLICATION_ID };
  return {
    version: '1.0',
    session: { new: session.isNew, sessionId: session.id, application, user, attributes: session.attributes ?? {} },
    context: { System: { application, user, device: { deviceId: 'amzn1.ask.device.SIMULATOR', supportedInterfaces: {} }, apiEndpoint: 'https://api.amazonalexa.com' } },
    request,
  };
}

function parameter(found: FoundValue, types: SlotTypes): unknown {
  const type = types[found.type];
  if (type?.kind === 'custom') return found.id ?? found.text;
  if (found.value === undefined) return found.text;
  if (type?.dialogflow === 'sys.unit-currency') return { amount: Number(found.value), currency: found.currency };
  if (type?.dialogflow.startsWith('sys.number')) return Number(found.value);
  if (type?.dialogflow === 'sys.date-period') return { startDate: found.period?.start ?? found.value, endDate: found.period?.end ?? found.value };
  return found.value;
}

/** The Dialogflow webhook request for an understanding. */
export function dialogflowRequest(understanding: Understanding, text: string, locale: Locale, session: SimulatedSession, types: SlotTypes = SLOT_TYPES): object {
  const displayName = PLATFORM_NAMES[understanding.intent].dialogflow;
  const parameters = Object.fromEntries(Object.entries(understanding.slots).map(([n, f]) => [n, parameter(f, types)]));
  return {
    responseId: randomUUID(),
    session: `${DF_PROJECT}/sessions/${session.id}`,
    queryResult: {
      queryText: text,
      parameters,
      allRequiredParamsPresent: true,
      intent: { name: `${DF_PROJECT}/intents/${displayName.replace(/\W+/g, '-').toLowerCase()}`, displayName },
      intentDetectionConfidence: Math.round(understanding.score * 1000) / 1000,
      languageCode: locale.slice(0, 2) === 'de' ? 'de' : locale.toLowerCase(),
      ...(session.contexts?.length ? { outputContexts: session.contexts } : {}),
    },
    originalDetectIntentRequest: { source: 'google', version: '2', payload: session.token ? { user: { accessToken: session.token } } : {} },
  };
}

/** The request for a platform. */
export function platformRequest(platform: Platform, understanding: Understanding, text: string, locale: Locale, session: SimulatedSession, types: SlotTypes = SLOT_TYPES): object {
  return platform === 'alexa' ? alexaRequest(understanding, locale, session, types) : dialogflowRequest(understanding, text, locale, session, types);
}
