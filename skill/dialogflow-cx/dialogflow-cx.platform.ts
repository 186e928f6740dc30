/**
 * The Dialogflow CX platform unit: requests are authenticated by the webhook's shared secret
 * (Dialogflow's, or one of CX's own), checked against the WebhookRequest schema, translated
 * into a turn, answered by the core and rendered as a WebhookResponse.
 */
import type { Core } from '../../fulfillment/core';
import type { Config } from '../config';
import type { PlatformUnit } from '../platform-unit';
import { webhookAuth } from '../webhook-secret';
import { toResponse } from './to-response';
import { toTurn } from './to-turn';
import { cxRequestSchema } from './webhook.schema';

/** The custom request header a CX webhook may carry the secret in. */
export const SECRET_HEADER = 'x-webhook-secret';

/** What the Dialogflow CX unit is built from. */
export interface DialogflowCxSetup {
  readonly config: Config;
  readonly core: Core;
}

type Claims = { payload?: { user?: { accessToken?: unknown } }; detectIntentResponseId?: unknown; sessionInfo?: { session?: unknown } } | null;
const claimsOf = (body: unknown) => (typeof body === 'object' ? (body as Claims) : null);
const stringOf = (value: unknown) => (typeof value === 'string' && value.length > 0 ? value : undefined);

/** Builds the Dialogflow CX unit. */
export function dialogflowCxPlatform({ config, core }: DialogflowCxSetup): PlatformUnit {
  const secret = config.DIALOGFLOW_CX_SECRET ?? config.DIALOGFLOW_SECRET;
  return {
    name: 'dialogflow-cx',
    path: '/dialogflow-cx',
    authenticate: secret ? [webhookAuth(secret, SECRET_HEADER)] : [],
    // The channel puts the account-linking token in the query's payload.
    accessToken: (body) => stringOf(claimsOf(body)?.payload?.user?.accessToken),
    requestId: (body) => stringOf(claimsOf(body)?.detectIntentResponseId),
    sessionId: (body) => stringOf(claimsOf(body)?.sessionInfo?.session),
    async answer(json) {
      const request = cxRequestSchema.safeParse(json);
      if (!request.success) return { status: 400, error: 'not a Dialogflow CX webhook request' };
      const turn = toTurn(request.data);
      return { status: 200, body: toResponse(await core.handle(turn), request.data, turn.channel) };
    },
  };
}
