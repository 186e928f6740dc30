/** The platforms the skill runs on: voice platforms, and AI assistants through MCP. */
export type Platform = 'alexa' | 'dialogflow' | 'dialogflow-cx' | 'mcp';
