/** The platforms the skill runs on. */
export type Platform = 'alexa' | 'dialogflow';
