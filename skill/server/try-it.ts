/**
 * What `npm start` prints: the bank it answers from, the endpoints it serves, and, where the
 * sandbox's demo customer is there to answer, a curl that returns a spoken balance. It follows the
 * configuration: a real bank, platforms left out, or a webhook secret change what it says.
 */
import { sandboxServes, type Config } from '../config';

const ENDPOINTS: Readonly<Record<Config['PLATFORMS'][number], { readonly path: string; readonly what: string }>> = {
  alexa: { path: '/alexa', what: 'Alexa skill endpoint' },
  dialogflow: { path: '/dialogflow', what: 'Dialogflow ES fulfillment webhook' },
  'dialogflow-cx': { path: '/dialogflow-cx', what: 'Dialogflow CX webhook' },
  mcp: { path: '/mcp', what: 'MCP server for Alexa+ and other assistants' },
};

/** The start-up banner for a server listening at a base URL, as configured. */
export function tryItBanner(baseUrl: string, config: Pick<Config, 'BANK_ADAPTER' | 'PLATFORMS' | 'DIALOGFLOW_SECRET' | 'NODE_ENV' | 'SANDBOX_IN_PRODUCTION'>): string {
  const sandbox = config.BANK_ADAPTER === 'sandbox' && sandboxServes(config);
  const lines = [`Voice banking skill on the ${sandbox ? 'sandbox bank' : `${config.BANK_ADAPTER} bank`} at ${baseUrl}`];
  for (const platform of config.PLATFORMS) {
    const { path, what } = ENDPOINTS[platform];
    const demo = platform === 'mcp' && sandbox ? ' (sandbox bearer token "demo")' : '';
    lines.push(`  POST ${baseUrl}${path}`.padEnd(baseUrl.length + 24) + ` ${what}${demo}`);
  }
  lines.push(`  GET  ${baseUrl}/healthz`.padEnd(baseUrl.length + 24) + ' health check', '');
  if (!sandbox || !config.PLATFORMS.includes('dialogflow')) return lines.join('\n');
  const body = JSON.stringify({
    responseId: 'try-1',
    session: 'projects/demo/agent/sessions/try-it',
    queryResult: { queryText: 'what is my balance', intent: { displayName: 'Balance' }, parameters: {}, languageCode: 'en-US' },
    originalDetectIntentRequest: { source: 'google', payload: { user: { accessToken: 'demo' } } },
  });
  // With a webhook secret set, the request must present it, as Dialogflow does.
  const auth = config.DIALOGFLOW_SECRET ? ` -H "authorization: Bearer $DIALOGFLOW_SECRET"` : '';
  lines.push('Try it (the demo customer, access token "demo"):', `  curl -s ${baseUrl}/dialogflow -H 'content-type: application/json'${auth} -d '${body}'`, '');
  return lines.join('\n');
}
