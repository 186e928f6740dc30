/**
 * Reply -> Dialogflow CX WebhookResponse. One text message per reply (a message's `text` list
 * holds variants, not sentences); quick replies as Dialogflow Messenger chips on text channels.
 * Every parameter the turn brought is deleted from the session (null), so that the session
 * keeps nothing the customer said: the conversation lives in the StateStore. A reply that ends
 * the conversation moves the flow to its END_SESSION page.
 */
import type { Reply } from '../../fulfillment/pipeline/reply';
import type { CxRequest } from './webhook.schema';

/** The webhook response fields the skill sends. */
export interface CxResponse {
  fulfillmentResponse?: { messages: object[]; mergeBehavior: 'REPLACE' };
  sessionInfo?: { parameters: Record<string, null> };
  targetPage?: string;
}

/** The END_SESSION page of the flow the request is in, when the request names its page. */
function endOfSession(request: CxRequest): string | undefined {
  const page = request.pageInfo?.currentPage;
  const flow = page ? /^(projects\/[^/]+\/locations\/[^/]+\/agents\/[^/]+\/flows\/[^/]+)\/pages\/[^/]+$/.exec(page)?.[1] : undefined;
  return flow ? `${flow}/pages/END_SESSION` : undefined;
}

/** The parameters to delete: every one the request carried. */
function forgotten(request: CxRequest): Record<string, null> {
  const names = [...Object.keys(request.intentInfo?.parameters ?? {}), ...Object.keys(request.sessionInfo?.parameters ?? {})];
  return Object.fromEntries(names.map((n) => [n, null]));
}

/** Renders a core reply for the request it answers. */
export function toResponse(reply: Reply, request: CxRequest, channel: 'voice' | 'text' | 'assistant'): CxResponse {
  const forget = forgotten(request);
  const session = Object.keys(forget).length > 0 ? { sessionInfo: { parameters: forget } } : {};
  const end = reply.type === 'ask' ? undefined : endOfSession(request);
  const target = end ? { targetPage: end } : {};
  if (reply.type === 'end') return { ...session, ...target };
  const messages: object[] = [{ text: { text: [reply.speech] } }];
  if (reply.type === 'ask' && reply.choices?.length && channel === 'text') {
    messages.push({ payload: { richContent: [[{ type: 'chips', options: reply.choices.map((text) => ({ text })) }]] } });
  }
  return { fulfillmentResponse: { messages, mergeBehavior: 'REPLACE' }, ...session, ...target };
}
