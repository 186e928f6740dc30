/**
 * The shape a Dialogflow CX (v3) WebhookRequest must have before the skill reads it: the
 * fields the skill uses, each optional (CX leaves out what a turn lacks, and Google's own
 * samples send partial bodies); unknown fields pass, as Google asks.
 */
import * as z from '../../fulfillment/kit/schema';
import { text } from '../../fulfillment/kit/schema';

const value = z.union([text(1000), z.number(), z.boolean(), z.null(), z.looseObject({}), z.array(z.unknown()).check(z.maxLength(50))]);
/*
 * The session's parameters are any JSON, as many as there are: CX sends every one on every turn,
 * including those other flows or webhooks keep, so one long value would refuse every later turn
 * of the session. The skill reads only their names (to clear them); the body's size is bounded by
 * the server.
 */
const sessionParameters = z.record(z.string(), z.unknown());

/** A minimal CX WebhookRequest. */
export const cxRequestSchema = z.looseObject({
  detectIntentResponseId: z.optional(text(256)),
  text: z.optional(text(1000)),
  transcript: z.optional(text(1000)),
  triggerIntent: z.optional(text(1024)),
  triggerEvent: z.optional(text(256)),
  languageCode: z.optional(text(16)),
  fulfillmentInfo: z.optional(z.looseObject({ tag: z.optional(text(200)) })),
  intentInfo: z.optional(
    z.looseObject({
      displayName: z.optional(text(200)),
      parameters: z.optional(z.record(text(200), z.looseObject({ originalValue: z.optional(text(1000)), resolvedValue: z.optional(value) }))),
      confidence: z.optional(z.number()),
    }),
  ),
  pageInfo: z.optional(
    z.looseObject({
      currentPage: z.optional(text(1024)),
      formInfo: z.optional(
        z.looseObject({
          parameterInfo: z.optional(
            z.array(z.looseObject({ displayName: text(200, 1), state: z.optional(text(40)), value: z.optional(value) })).check(z.maxLength(50)),
          ),
        }),
      ),
    }),
  ),
  sessionInfo: z.optional(z.looseObject({ session: z.optional(text(1024)), parameters: z.optional(sessionParameters) })),
  payload: z.optional(z.looseObject({ user: z.optional(z.looseObject({ accessToken: z.optional(text(4096)) })) })),
});

/** A parsed CX WebhookRequest. */
export type CxRequest = z.infer<typeof cxRequestSchema>;
