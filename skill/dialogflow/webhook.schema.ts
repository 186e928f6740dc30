/**
 * The shape a Dialogflow ES v2 WebhookRequest must have before the skill reads it. Only the
 * fields the skill uses are checked; a v1 request (no queryResult) does not pass.
 */
import { z } from 'zod';

const parameterValue = z.union([
  z.string().max(1000),
  z.number(),
  z.boolean(),
  z.null(),
  z.looseObject({}),
  z.array(z.unknown()).max(50),
]);

/** A minimal Dialogflow ES v2 WebhookRequest. */
export const webhookRequestSchema = z.looseObject({
  responseId: z.string().max(256).optional(),
  session: z.string().min(1).max(1024),
  queryResult: z.looseObject({
    queryText: z.string().max(1000).optional(),
    languageCode: z.string().max(16).optional(),
    parameters: z.record(z.string().max(200), parameterValue).optional(),
    intent: z.looseObject({ displayName: z.string().max(200).optional(), name: z.string().max(1024).optional() }).optional(),
    outputContexts: z.array(z.looseObject({ name: z.string().max(1024) })).max(100).optional(),
  }),
  originalDetectIntentRequest: z
    .looseObject({
      source: z.string().max(64).optional(),
      payload: z
        .looseObject({
          user: z.looseObject({ accessToken: z.string().max(4096).optional() }).optional(),
        })
        .optional(),
    })
    .optional(),
});

/** A parsed WebhookRequest. */
export type WebhookRequest = z.infer<typeof webhookRequestSchema>;
