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
