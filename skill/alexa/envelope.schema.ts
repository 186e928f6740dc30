/**
 * The shape an Alexa request must have before the skill looks at it, and the type the rest of
 * the Alexa unit reads. Only what the skill reads is checked; other fields pass through
 * untouched. A slot's entity resolutions that do not have the documented shape are dropped,
 * not refused: the words heard still count.
 */
import * as z from '../../fulfillment/kit/schema';
import { text } from '../../fulfillment/kit/schema';

const user = z.looseObject({ userId: z.optional(text(2048)), accessToken: z.optional(text(4096)) });

const resolutions = z.looseObject({
  resolutionsPerAuthority: z.optional(
    z
      .array(
        z.looseObject({
          status: z.optional(z.looseObject({ code: z.optional(text(64)) })),
          values: z.optional(z.array(z.looseObject({ value: z.optional(z.looseObject({ id: z.optional(text(200)), name: z.optional(text(1000)) })) })).check(z.maxLength(50))),
        }),
      )
      .check(z.maxLength(10)),
  ),
});

const slot = z.looseObject({ name: text(200), value: z.optional(text(1000)), resolutions: z.catch(z.optional(resolutions), undefined) });

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
      intent: z.optional(z.looseObject({ name: text(200, 1), slots: z.optional(z.record(text(200), slot)) })),
    }),
  })
  .check(z.refine((e) => e.request.type !== 'IntentRequest' || e.request.intent !== undefined, { message: 'an IntentRequest needs an intent' }));

/** An Alexa request as the skill has checked it. */
export type AlexaEnvelope = z.infer<typeof alexaEnvelopeSchema>;

/** One slot of an intent request, as checked. */
export type AlexaSlot = z.infer<typeof slot>;
