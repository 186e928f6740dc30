/**
 * The Dialogflow ES platform unit: requests are authenticated by the webhook's shared secret,
 * checked against the WebhookRequest schema, translated into a turn, answered by the core and
 * rendered as a WebhookResponse for the session and channel they came from.
 */
import type { Core } from '../../fulfillment/core';
import type { Config } from '../config';
import type { PlatformUnit } from '../platform-unit';
import { toResponse } from './to-response';
import { toTurn } from './to-turn';
import { webhookAuth } from '../webhook-secret';
import { webhookRequestSchema } from './webhook.schema';

/** What the Dialogflow unit is built from. */
export interface DialogflowSetup {
  readonly config: Config;
  readonly core: Core;
}

type Claims = { originalDetectIntentRequest?: { payload?: { user?: { accessToken?: unknown } } }; responseId?: unknown; session?: unknown } | null;
const claimsOf = (body: unknown) => (typeof body === 'object' ? (body as Claims) : null);
const stringOf = (value: unknown) => (typeof value === 'string' && value.length > 0 ? value : undefined);

/** Builds the Dialogflow ES unit. */
export function dialogflowPlatform({ config, core }: DialogflowSetup): PlatformUnit {
  return {
    name: 'dialogflow',
    path: '/dialogflow',
    authenticate: config.DIALOGFLOW_SECRET ? [webhookAuth(config.DIALOGFLOW_SECRET)] : [],
    // The access token of Actions on Google account linking.
    accessToken: (body) => stringOf(claimsOf(body)?.originalDetectIntentRequest?.payload?.user?.accessToken),
    // Dialogflow's response id, unique per webhook call.
    requestId: (body) => stringOf(claimsOf(body)?.responseId),
    sessionId: (body) => stringOf(claimsOf(body)?.session),
    async answer(json) {
      const request = webhookRequestSchema.safeParse(json);
      if (!request.success) {
        const isV1 = typeof json === 'object' && json !== null && 'result' in json && !('queryResult' in json);
        // The first field that does not fit, so the caller can tell what is missing ("session: ...").
        const issue = request.error.issues[0];
        const where = issue ? `: ${issue.path.join('.') || 'the body'} ${issue.message}` : '';
        return { status: 400, error: isV1 ? 'Dialogflow v1 requests are not supported; use the v2 API' : `not a Dialogflow v2 webhook request${where}` };
      }
      // Every v2 webhook call carries its responseId; one without it could be replayed unnoticed.
      if (!request.data.responseId) return { status: 400, error: 'a Dialogflow webhook request carries its responseId' };
      const reply = await core.handle(toTurn(request.data));
      return { status: 200, body: toResponse(reply, request.data.session, request.data.originalDetectIntentRequest?.source) };
    },
  };
}
