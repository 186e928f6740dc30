/** Builders for the platform requests tests send: shaped like the real ones in ../shared/fixtures. */

/** Options common to both platforms. */
export interface RequestOptions {
  readonly token?: string;
  readonly locale?: string;
  readonly session?: string;
  readonly requestId?: string;
}

let counter = 0;
const nextId = (prefix: string) => `${prefix}.${Date.now().toString(36)}.${(counter += 1)}`;

/** An Alexa request: 'launch', 'end', or an intent name with slot values. */
export function alexaRequest(
  what: 'launch' | 'end' | { intent: string; slots?: Record<string, string | { value: string; id?: string }> },
  options: RequestOptions = {},
): object {
  const requestId = options.requestId ?? nextId('amzn1.echo-api.request');
  const base = { requestId, timestamp: new Date().toISOString(), locale: options.locale ?? 'en-US' };
  const user = { userId: 'amzn1.ask.account.TESTUSER', ...(options.token ? { accessToken: options.token } : {}) };
  let request: object;
  if (what === 'launch') request = { type: 'LaunchRequest', ...base };
  else if (what === 'end') request = { type: 'SessionEndedRequest', reason: 'USER_INITIATED', ...base };
  else {
    const slots = Object.fromEntries(
      Object.entries(what.slots ?? {}).map(([name, v]) => {
        const slot = typeof v === 'string' ? { value: v } : v;
        const resolutions = slot.id
          ? { resolutionsPerAuthority: [{ authority: 'amzn1.er-authority.echo-sdk.test', status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: slot.value, id: slot.id } }] }] }
          : undefined;
        return [name, { name, value: slot.value, confirmationStatus: 'NONE', ...(resolutions ? { resolutions } : {}) }];
      }),
    );
    request = { type: 'IntentRequest', ...base, dialogState: 'STARTED', intent: { name: what.intent, confirmationStatus: 'NONE', slots } };
  }
  return {
    version: '1.0',
    session: {
      new: what === 'launch',
      sessionId: options.session ?? 'amzn1.echo-api.session.test-1',
      application: { applicationId: 'amzn1.ask.skill.test' },
      user,
      attributes: {},
    },
    context: {
      System: {
        application: { applicationId: 'amzn1.ask.skill.test' },
        user,
        device: { deviceId: 'amzn1.ask.device.TEST', supportedInterfaces: {} },
        apiEndpoint: 'https://api.amazonalexa.com',
      },
    },
    request,
  };
}

/** A Dialogflow ES v2 webhook request for an intent display name and its parameters. */
export function dialogflowRequest(
  displayName: string,
  parameters: Record<string, unknown> = {},
  options: RequestOptions & { source?: string; queryText?: string } = {},
): object {
  const session = options.session ?? 'projects/test-agent/agent/sessions/test-1';
  return {
    responseId: options.requestId ?? nextId('df-response'),
    session,
    queryResult: {
      queryText: options.queryText ?? displayName,
      parameters,
      allRequiredParamsPresent: true,
      intent: { name: 'projects/test-agent/agent/intents/0000', displayName },
      intentDetectionConfidence: 1,
      languageCode: options.locale ?? 'en',
    },
    originalDetectIntentRequest: {
      source: options.source ?? 'google',
      version: '2',
      payload: options.token ? { user: { accessToken: options.token } } : {},
    },
  };
}

/** A Dialogflow CX date object for an ISO date or date-time ("2026-11-19T12:00:00-08:00" is November 19). */
function cxDate(iso: string): { year: number; month: number; day: number } {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/**
 * A parameter as CX resolves it, from the value ES would send: ISO dates and periods become CX
 * date objects; the rest (numbers, amounts, entity values) is resolved as it is.
 */
export function cxResolved(value: unknown): unknown {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}(T|$)/.test(value)) return cxDate(value);
  if (typeof value === 'object' && value !== null && 'startDate' in value && 'endDate' in value) {
    const { startDate, endDate } = value as { startDate: string; endDate: string };
    return { startDate: cxDate(startDate), endDate: cxDate(endDate) };
  }
  return value;
}

/** The CX language code of a locale, as the agent export names it. */
const CX_LANGUAGES: Readonly<Record<string, string>> = { 'en-US': 'en', 'en-GB': 'en-gb', 'de-DE': 'de' };

/**
 * A Dialogflow CX WebhookRequest for a fulfillment tag (the intent's display name, or an event)
 * and its parameters (given as ES would send them), shaped like the ones CX sends: the matched
 * intent, the start page of the one flow, the session, and the access token in the payload.
 */
export function dialogflowCxRequest(
  tag: string,
  parameters: Record<string, unknown> = {},
  options: RequestOptions & { text?: string; voice?: boolean } = {},
): object {
  const agent = 'projects/test-project/locations/global/agents/test-agent';
  const session = options.session ?? `${agent}/sessions/cx-test-1`;
  const intentParameters = Object.fromEntries(
    Object.entries(parameters).map(([name, value]) => [name, { originalValue: typeof value === 'string' ? value : JSON.stringify(value), resolvedValue: cxResolved(value) }]),
  );
  const query = options.voice ? { transcript: options.text ?? tag } : { text: options.text ?? tag };
  return {
    detectIntentResponseId: options.requestId ?? nextId('cx-response'),
    ...query,
    languageCode: CX_LANGUAGES[options.locale ?? 'en-US'] ?? options.locale,
    fulfillmentInfo: { tag },
    ...(tag.startsWith('sys.') ? {} : { intentInfo: { lastMatchedIntent: `${agent}/intents/0000`, displayName: tag, parameters: intentParameters, confidence: 1 } }),
    pageInfo: { currentPage: `${agent}/flows/00000000-0000-0000-0000-000000000000/pages/START_PAGE`, displayName: 'Start Page' },
    sessionInfo: { session, parameters: Object.fromEntries(Object.entries(intentParameters).map(([name, p]) => [name, p.resolvedValue])) },
    ...(options.token ? { payload: { user: { accessToken: options.token } } } : {}),
  };
}
