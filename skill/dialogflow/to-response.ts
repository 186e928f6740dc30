/**
 * Reply -> Dialogflow ES WebhookResponse. Output contexts carry names only, never data: the
 * conversation lives in the StateStore.
 */
import type { Reply } from '../../fulfillment/pipeline/reply';

/** The webhook response fields the skill sends. */
export interface WebhookResponse {
  fulfillmentText?: string;
  fulfillmentMessages?: object[];
  outputContexts?: { name: string; lifespanCount: number }[];
  sessionEntityTypes?: { name: string; entityOverrideMode: string; entities: { value: string; synonyms: string[] }[] }[];
  payload?: { google?: object };
}

/** The context that tells Dialogflow the skill is waiting for an answer. */
export const AWAITING_CONTEXT = 'awaiting-answer';

function googlePayload(reply: Reply, speech: string): object {
  const base = {
    expectUserResponse: reply.type === 'ask',
    richResponse: { items: [{ simpleResponse: { textToSpeech: speech } }] },
  };
  if (reply.type !== 'link-account') return base;
  return {
    ...base,
    expectUserResponse: true,
    systemIntent: {
      intent: 'actions.intent.SIGN_IN',
      data: { '@type': 'type.googleapis.com/google.actions.v2.SignInValueSpec', optContext: speech },
    },
  };
}

/** Renders a core reply for the session it answers and the channel it came from. */
export function toResponse(reply: Reply, session: string, source: string | undefined): WebhookResponse {
  const context = { name: `${session}/contexts/${AWAITING_CONTEXT}`, lifespanCount: reply.type === 'ask' ? 2 : 0 };
  if (reply.type === 'end') return { outputContexts: [context] };
  const speech = reply.speech;
  const messages: object[] = [{ text: { text: [speech] } }];
  if (reply.type === 'ask' && reply.choices?.length) {
    messages.push({ quickReplies: { title: speech, quickReplies: [...reply.choices] } });
  }
  const payees = reply.type === 'ask' ? reply.payees : undefined;
  return {
    fulfillmentText: speech,
    fulfillmentMessages: messages,
    outputContexts: [context],
    ...(payees?.length
      ? {
          sessionEntityTypes: [{
            name: `${session}/entityTypes/Payee`,
            entityOverrideMode: 'ENTITY_OVERRIDE_MODE_OVERRIDE',
            entities: payees.map((p) => ({ value: p.name, synonyms: [p.name, ...p.synonyms] })),
          }],
        }
      : {}),
    ...(source === 'google' ? { payload: { google: googlePayload(reply, speech) } } : {}),
  };
}
