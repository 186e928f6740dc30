/** Reply -> Alexa Response. Session attributes stay empty: the platform learns only speech. */
import { ResponseFactory } from 'ask-sdk-core';
import type { Directive, Response, ResponseEnvelope } from 'ask-sdk-model';
import type { PayeeEntity, Reply } from '../../fulfillment/pipeline/reply';
import { toSsml } from './ssml';

/** Replaces the PAYEE slot type's values for this session with the customer's payees. */
function payeeDirective(payees: readonly PayeeEntity[]): Directive {
  return {
    type: 'Dialog.UpdateDynamicEntities',
    updateBehavior: 'REPLACE',
    types: [{
      name: 'PAYEE',
      values: payees.map((p) => ({ id: p.id, name: { value: p.name, synonyms: [...p.synonyms] } })),
    }],
  } as Directive;
}

/** Renders a core reply with ask-sdk's response builder. */
export function toResponse(reply: Reply | undefined): Response {
  const builder = ResponseFactory.init();
  if (!reply) return builder.getResponse();
  switch (reply.type) {
    case 'tell':
      return builder.speak(toSsml(reply.speech)).withShouldEndSession(true).getResponse();
    case 'ask':
      if (reply.payees?.length) builder.addDirective(payeeDirective(reply.payees));
      return builder.speak(toSsml(reply.speech)).reprompt(toSsml(reply.reprompt)).withShouldEndSession(false).getResponse();
    case 'link-account':
      return builder.speak(toSsml(reply.speech)).withLinkAccountCard().withShouldEndSession(true).getResponse();
    case 'end':
      return builder.getResponse();
  }
}

/**
 * The envelope around a response. A request in a session gets empty session attributes back:
 * nothing travels there, not even what the request sent in. A request outside a session (an
 * AudioPlayer event) gets none.
 */
export function toEnvelope(response: Response, inSession: boolean): ResponseEnvelope {
  return inSession ? { version: '1.0', sessionAttributes: {}, response } : { version: '1.0', response };
}
