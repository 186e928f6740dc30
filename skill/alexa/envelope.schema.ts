/**
 * The shape an Alexa request must have before the skill looks at it. Only what the skill
 * reads is checked; other fields pass through untouched.
 */
import * as z from '../../fulfillment/kit/schema';
import { text } from '../../fulfillment/kit/schema';

const user = z.looseObject({ userId: z.optional(text(2048)), accessToken: z.optional(text(4096)) });

/** A minimal, strict-enough Alexa RequestEnvelope. */
export const alexaEnvelopeSchema = z
  .looseObject({
    version: text(16),
    session: z.optional(z.looseObject({ sessionId: text(512, 1), user: z.optional(z.looseObject({ userId: text(2048), accessToken: z.optional(text(4096)) })) })),
    context: z.optional(z.looseObject({ System: z.looseObject({ user: z.optional(user) }) })),
    request: z.looseObject({
      type: text(128, 1),
      requestId: text(512, 1),
      timestamp: text(64),
      locale: z.optional(text(16)),
      intent: z.optional(
        z.looseObject({
          name: text(200, 1),
          slots: z.optional(z.record(text(200), z.looseObject({ name: text(200), value: z.optional(text(1000)) }))),
        }),
      ),
    }),
  })
  .check(z.refine((e) => e.request.type !== 'IntentRequest' || e.request.intent !== undefined, { message: 'an IntentRequest needs an intent' }));
