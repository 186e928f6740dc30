/** Reply -> Alexa Response. Session attributes stay empty: the platform learns only speech. */
import type { ResponseBuilder } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { Reply } from '../../fulfillment/reply';
import { toSsml } from './ssml';

/** Renders a core reply with ask-sdk's response builder. */
export function toResponse(reply: Reply, builder: ResponseBuilder): Response {
  switch (reply.type) {
    case 'tell':
      return builder.speak(toSsml(reply.speech)).withShouldEndSession(true).getResponse();
    case 'ask':
      return builder.speak(toSsml(reply.speech)).reprompt(toSsml(reply.reprompt)).withShouldEndSession(false).getResponse();
    case 'link-account':
      return builder.speak(toSsml(reply.speech)).withLinkAccountCard().withShouldEndSession(true).getResponse();
    case 'end':
      return builder.getResponse();
  }
}
