/**
 * Builds the request a platform would send for an understanding: an Alexa RequestEnvelope (slot
 * values as heard, entity resolution ids, AMAZON.DATE values), a Dialogflow ES WebhookRequest
 * (parameters as Dialogflow writes them: entity reference values, @sys.unit-currency
 * {amount, currency}, date periods {startDate, endDate}) or a Dialogflow CX WebhookRequest (the
 * route's tag, each parameter's words and resolved value, dates as {year, month, day}).
 */
import { randomUUID } from 'node:crypto';
import type { Locale } from '../../fulfillment/kit/locale';
import type { SimulatedPlatform } from './understand';
import type { Understanding } from './understand';
import type { FoundValue } from './values/found-value';

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
const BUILTIN = /^(AMAZON\.|@sys\.)/;

/** A month, day or weekday without a year ("XXXX-10", "XXXX-WXX-5"), as Alexa resolves it: the next such one. */
export function alexaDate(timex: string, now: Date): string {
  // A weekday alone ("XXXX-WXX-5", Friday): its next occurrence, today included.
  const weekday = /^XXXX-WXX-([1-7])$/.exec(timex);
  if (weekday) {
    const ahead = (Number(weekday[1]) % 7 - now.getUTCDay() + 7) % 7;
    return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + ahead)).toISOString().slice(0, 10);
  }
  // A day of the month alone ("on the 12th"): that day of this month, or of the last one when it is still to come.
  const dayAlone = /^XXXX-XX-(\d{2})$/.exec(timex);
  if (dayAlone) {
    const date = Number(dayAlone[1]);
    const back = date > now.getUTCDate() ? 1 : 0;
    return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, date)).toISOString().slice(0, 10);
  }
  const m = /^XXXX-(\d{2})(?:-(\d{2}))?$/.exec(timex);
  if (!m) return timex;
  const [month, day] = [Number(m[1]), m[2] ? Number(m[2]) : undefined];
  const today = now.toISOString().slice(0, 10);
  let year = now.getUTCFullYear();
  const candidate = (y: number) => `${y}-${m[1]}${day ? `-${m[2]}` : ''}`;
  if (day ? candidate(year) < today : month < now.getUTCMonth() + 1) year += 1;
  return candidate(year);
}

function alexaSlot(name: string, found: FoundValue | undefined, type: string, now: Date): object {
  if (!found) return { name, confirmationStatus: 'NONE' };
  if (!BUILTIN.test(type)) {
    const resolutions = found.id
      ? { resolutionsPerAuthority: [{ authority: `amzn1.er-authority.echo-sdk.${APPLICATION_ID}.${type}`, status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: found.text, id: found.id } }] }] }
      : { resolutionsPerAuthority: [{ authority: `amzn1.er-authority.echo-sdk.${APPLICATION_ID}.${type}`, status: { code: 'ER_SUCCESS_NO_MATCH' } }] };
    return { name, value: found.text, confirmationStatus: 'NONE', resolutions };
  }
  const value = type === 'AMAZON.DATE' ? alexaDate(found.timex ?? found.value ?? found.text, now) : (found.value ?? found.text);
  return { name, value, confirmationStatus: 'NONE' };
}

/** The Alexa request for an understanding. */
export function alexaRequest(understanding: Understanding, locale: Locale, session: SimulatedSession, now: Date = new Date()): object {
  const base = { requestId: `amzn1.echo-api.request.${randomUUID()}`, timestamp: now.toISOString().replace(/\.\d+Z$/, 'Z'), locale };
  const request = understanding.intent === 'Launch'
    ? { type: 'LaunchRequest', ...base }
    : {
        type: 'IntentRequest',
        ...base,
        dialogState: 'STARTED',
        intent: {
          name: understanding.platformIntent,
          confirmationStatus: 'NONE',
          slots: Object.fromEntries(Object.entries(understanding.slotTypes).map(([n, type]) => [n, alexaSlot(n, understanding.slots[n], type, now)])),
        },
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

/** A parameter as Dialogflow writes it for its entity type; '' when nothing filled it, as Dialogflow sends. */
function parameter(found: FoundValue | undefined, type: string): unknown {
  if (!found) return '';
  if (!type.startsWith('@sys.')) return found.id ?? found.text;
  const value = found.value ?? found.text;
  switch (type) {
    case '@sys.unit-currency':
      return found.currency ? { amount: Number(value), currency: found.currency } : { amount: Number(value) };
    case '@sys.number':
    case '@sys.number-integer':
    case '@sys.ordinal':
      return Number(value);
    case '@sys.number-sequence':
      return value;
    case '@sys.date-time':
    case '@sys.date-period':
      return found.period ? { startDate: `${found.period.start}T00:00:00Z`, endDate: `${found.period.end}T23:59:59Z` } : `${value}T12:00:00Z`;
    case '@sys.date':
      return `${value}T12:00:00Z`;
    default:
      return value;
  }
}

/** The Dialogflow webhook request for an understanding. */
export function dialogflowRequest(understanding: Understanding, text: string, locale: Locale, session: SimulatedSession): object {
  const displayName = understanding.platformIntent;
  const parameters = Object.fromEntries(Object.entries(understanding.slotTypes).map(([n, type]) => [n, parameter(understanding.slots[n], type)]));
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

/** A date as CX resolves it. */
function cxDate(iso: string): { year: number; month: number; day: number } {
  const [year = 0, month = 0, day = 0] = iso.slice(0, 10).split('-').map(Number);
  return { year, month, day };
}

/** A parameter as CX resolves it for its entity type. */
function cxResolved(found: FoundValue, type: string): unknown {
  if (!type.startsWith('@sys.')) return found.id ?? found.text;
  const value = found.value ?? found.text;
  switch (type) {
    case '@sys.date-time':
    case '@sys.date-period':
      return found.period ? { startDate: cxDate(found.period.start), endDate: cxDate(found.period.end) } : cxDate(value);
    case '@sys.date':
      return cxDate(value);
    default:
      return parameter(found, type);
  }
}

/** The Dialogflow CX agent every simulated request comes from; its one flow starts on the start page. */
const CX_AGENT = 'projects/simulator/locations/global/agents/simulator';
const CX_LANGUAGE: Readonly<Record<Locale, string>> = { 'en-US': 'en', 'en-GB': 'en-gb', 'de-DE': 'de' };

/** The Dialogflow CX webhook request for an understanding: the route's tag, and the parameters CX filled. */
export function dialogflowCxRequest(understanding: Understanding, text: string, locale: Locale, session: SimulatedSession): object {
  const tag = understanding.platformIntent;
  const filled = Object.entries(understanding.slotTypes).flatMap(([n, type]) => {
    const found = understanding.slots[n];
    return found ? [[n, { originalValue: found.text, resolvedValue: cxResolved(found, type) }] as const] : [];
  });
  const matched = understanding.intent !== 'Fallback';
  return {
    detectIntentResponseId: randomUUID(),
    text,
    languageCode: CX_LANGUAGE[locale],
    fulfillmentInfo: { tag },
    ...(matched ? { intentInfo: { lastMatchedIntent: `${CX_AGENT}/intents/${tag.replace(/\W+/g, '-').toLowerCase()}`, displayName: tag, parameters: Object.fromEntries(filled), confidence: Math.round(understanding.score * 1000) / 1000 } } : {}),
    pageInfo: { currentPage: `${CX_AGENT}/flows/00000000-0000-0000-0000-000000000000/pages/START_PAGE`, displayName: 'Start Page' },
    sessionInfo: { session: `${CX_AGENT}/sessions/${session.id}`, parameters: Object.fromEntries(filled.map(([n, p]) => [n, p.resolvedValue])) },
    ...(session.token ? { payload: { user: { accessToken: session.token } } } : {}),
  };
}

/** The request for a platform. */
export function platformRequest(platform: SimulatedPlatform, understanding: Understanding, text: string, locale: Locale, session: SimulatedSession, now?: Date): object {
  if (platform === 'alexa') return alexaRequest(understanding, locale, session, now);
  return platform === 'dialogflow' ? dialogflowRequest(understanding, text, locale, session) : dialogflowCxRequest(understanding, text, locale, session);
}
