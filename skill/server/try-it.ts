/** What `npm start` prints: the endpoints and a curl that returns a spoken balance. */

/** The start-up banner for a server listening at a base URL. */
export function tryItBanner(baseUrl: string): string {
  const body = JSON.stringify({
    responseId: 'try-1',
    session: 'projects/demo/agent/sessions/try-it',
    queryResult: { queryText: 'what is my balance', intent: { displayName: 'Balance' }, parameters: {}, languageCode: 'en-US' },
    originalDetectIntentRequest: { source: 'google', payload: { user: { accessToken: 'demo' } } },
  });
  return [
    `Voice banking skill on the sandbox bank at ${baseUrl}`,
    `  POST ${baseUrl}/alexa        Alexa skill endpoint`,
    `  POST ${baseUrl}/dialogflow   Dialogflow ES fulfillment webhook`,
    `  POST ${baseUrl}/dialogflow-cx   Dialogflow CX webhook`,
    `  POST ${baseUrl}/mcp          MCP server for Alexa+ and other assistants (sandbox bearer token "demo")`,
    `  GET  ${baseUrl}/healthz      health check`,
    '',
    'Try it (the demo customer, access token "demo"):',
    `  curl -s ${baseUrl}/dialogflow -H 'content-type: application/json' -d '${body}'`,
    '',
  ].join('\n');
}
