/**
 * The shape an Alexa request must have before the skill looks at it. Only what the skill
 * reads is checked; other fields pass through untouched.
 */
import { z } from 'zod';

const text = z.string().min(1).max(512);

/** A minimal, strict-enough Alexa RequestEnvelope. */
export const alexaEnvelopeSchema = z.looseObject({
  version: z.string().max(16),
  session: z
    .looseObject({
      sessionId: text,
      user: z.looseObject({ userId: z.string().max(2048), accessToken: z.string().max(4096).optional() }).optional(),
    })
    .optional(),
  context: z
    .looseObject({
      System: z.looseObject({
        user: z.looseObject({ userId: z.string().max(2048).optional(), accessToken: z.string().max(4096).optional() }).optional(),
      }),
    })
    .optional(),
  request: z.looseObject({
    type: z.string().min(1).max(128),
    requestId: text,
    timestamp: z.string().max(64),
    locale: z.string().max(16).optional(),
    intent: z
      .looseObject({
        name: z.string().min(1).max(200),
        slots: z
          .record(
            z.string().max(200),
            z.looseObject({ name: z.string().max(200), value: z.string().max(1000).optional() }),
          )
          .optional(),
      })
      .optional(),
  }),
}).refine((e) => e.request.type !== 'IntentRequest' || e.request.intent !== undefined, {
  message: 'an IntentRequest needs an intent',
});
