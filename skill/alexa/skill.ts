/**
 * The ask-sdk-core skill: one request handler that translates, asks the core, and renders.
 * Request types the skill does not answer get an empty, valid response.
 */
import { SkillBuilders, type HandlerInput, type Skill } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Core } from '../../fulfillment/core';
import type { Logger } from '../../fulfillment/kit/logger';
import { toResponse } from './to-response';
import { toTurn } from './to-turn';

/** The Alexa side of the skill, ready to invoke with a parsed request envelope. */
export interface AlexaSkill {
  invoke(envelope: RequestEnvelope): Promise<ResponseEnvelope>;
}

/** Builds the ask-sdk skill around the core. */
export function createAlexaSkill(core: Core, logger: Logger): AlexaSkill {
  const skill: Skill = SkillBuilders.custom()
    .addRequestHandlers({
      canHandle: () => true,
      handle: async (input: HandlerInput) => {
        // Nothing travels in session attributes, not even what a request sent in.
        input.attributesManager.setSessionAttributes({});
        const turn = toTurn(input.requestEnvelope);
        if (!turn) return input.responseBuilder.getResponse();
        return toResponse(await core.handle(turn), input.responseBuilder);
      },
    })
    .addErrorHandlers({
      canHandle: () => true,
      handle: (input: HandlerInput, error: Error) => {
        logger.error({ platform: 'alexa', error: error.name }, 'alexa handler failed');
        return input.responseBuilder.speak('Sorry, something went wrong. Please try again.').withShouldEndSession(true).getResponse();
      },
    })
    .create();
  return { invoke: (envelope) => skill.invoke(envelope) };
}
