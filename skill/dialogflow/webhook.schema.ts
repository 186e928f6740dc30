/**
 * The shape a Dialogflow ES v2 WebhookRequest must have before the skill reads it. Only the
 * fields the skill uses are checked; a v1 request (no queryResult) does not pass.
 */
import * as z from '../../fulfillment/kit/schema';
import { text } from '../../fulfillment/kit/schema';

const parameterValue = z.union([text(1000), z.number(), z.boolean(), z.null(), z.looseObject({}), z.array(z.unknown()).check(z.maxLength(50))]);

/** A minimal Dialogflow ES v2 WebhookRequest. */
export const webhookRequestSchema = z.looseObject({
  responseId: z.optional(text(256)),
  session: text(1024, 1),
  queryResult: z.looseObject({
    queryText: z.optional(text(1000)),
    languageCode: z.optional(text(16)),
    parameters: z.optional(z.record(text(200), parameterValue)),
    intent: z.optional(z.looseObject({ displayName: z.optional(text(200)), name: z.optional(text(1024)) })),
    outputContexts: z.optional(z.array(z.looseObject({ name: text(1024) })).check(z.maxLength(100))),
  }),
  originalDetectIntentRequest: z.optional(
    z.looseObject({
      source: z.optional(text(64)),
      payload: z.optional(z.looseObject({ user: z.optional(z.looseObject({ accessToken: z.optional(text(4096)) })) })),
    }),
  ),
});

/** A parsed WebhookRequest. */
export type WebhookRequest = z.infer<typeof webhookRequestSchema>;
