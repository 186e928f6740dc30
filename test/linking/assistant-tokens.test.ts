/**
 * Tokens for more than Alexa, as the MCP server will take them: clients from LINK_CLIENTS (a
 * public assistant with PKCE only, a confidential one with client credentials for listing its
 * tools), tokens bound to a resource (RFC 8707), scopes that separate reading from moving money,
 * and a client_credentials token that reaches no customer's data. Also: a new link replaces the
 * customer's earlier one for the same client.
 */
import type { Database } from '../../fulfillment/records/sql/database';
import { testDatabase } from '../support/databases';
import { ssmlToText } from '../support/harness';
import { LinkingClient } from '../support/linking-client';
import { startLinkedSkill, type LinkedSkill } from '../support/linked-skill';
import { alexaRequest } from '../support/requests';

const ASSISTANT_REDIRECT = 'https://assistant.example/oauth/callback';
const TOOLS = { id: 'assistant-tools', secret: 'assistant-tools-secret-0123456789abcdef' };
const clients = [
  { id: 'assistant-public', name: 'Assistant', redirectUrls: [ASSISTANT_REDIRECT], resource: 'mcp' },
  { id: TOOLS.id, secret: TOOLS.secret, name: 'Assistant tools', resource: 'mcp', clientCredentials: true },
];

let db: Database | undefined;
let skill: LinkedSkill | undefined;
beforeAll(async () => {
  db = await testDatabase('pglite');
  skill = await startLinkedSkill(db, { LINK_CLIENTS: JSON.stringify(clients) });
}, 60_000);
afterAll(async () => {
  await skill?.close();
  await db?.close();
});
const running = () => {
  if (!skill) throw new Error('the skill did not start');
  return skill;
};
const mcp = () => `${running().baseUrl}/mcp`;

async function alexa(token: string, what: Parameters<typeof alexaRequest>[0] = { intent: 'BalanceIntent' }, session = 'assistant-tests'): Promise<{ text: string; linkCard: boolean }> {
  const res = await fetch(`${running().baseUrl}/alexa`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(alexaRequest(what, { token, session })) });
  const body = (await res.json()) as { response: { outputSpeech?: { ssml?: string }; card?: { type?: string } } };
  return { text: ssmlToText(body.response.outputSpeech?.ssml ?? ''), linkCard: body.response.card?.type === 'LinkAccount' };
}

describe('an assistant of the MCP server', () => {
  it('links with PKCE alone, and gets a token for /mcp that the voice webhooks refuse', async () => {
    const assistant = new LinkingClient({ baseUrl: running().baseUrl, clientId: 'assistant-public', redirectUri: ASSISTANT_REDIRECT, scope: 'banking:read' });
    const { code, verifier } = await assistant.linkSandbox('alex', '2468', { resource: mcp() });
    const tokens = await assistant.redeem(code, verifier);
    expect(tokens).toMatchObject({ status: 200, body: { scope: 'banking:read' } });
    const access = String(tokens.body.access_token);
    expect(await running().runtime.linking?.verifyAccessToken(access, 'mcp')).toMatchObject({ subject: 'link', clientId: 'assistant-public', scopes: ['banking:read'], resource: mcp() });
    expect(await running().runtime.linking?.verifyAccessToken(access, 'skill')).toBeUndefined();
    expect((await alexa(access)).linkCard).toBe(true);
    // A public client's refresh token rotates: the old one is spent.
    const refreshed = await assistant.token({ grant_type: 'refresh_token', refresh_token: String(tokens.body.refresh_token) });
    expect(refreshed.body.refresh_token).not.toBe(tokens.body.refresh_token);
  });

  it('lists its tools with a client_credentials token, which names no customer and reaches no account', async () => {
    const tools = new LinkingClient({ baseUrl: running().baseUrl, clientId: TOOLS.id, clientSecret: TOOLS.secret, redirectUri: ASSISTANT_REDIRECT });
    const issued = await tools.token({ grant_type: 'client_credentials', scope: 'mcp:tools', resource: mcp() });
    expect(issued).toMatchObject({ status: 200, body: { scope: 'mcp:tools', token_type: 'Bearer' } });
    const token = String(issued.body.access_token);
    expect(await running().runtime.linking?.verifyAccessToken(token, 'mcp')).toEqual({ subject: 'client', clientId: TOOLS.id, scopes: ['mcp:tools'], resource: mcp(), expiresAt: expect.any(Number) });
    expect((await alexa(token)).linkCard).toBe(true);
    // Neither may it ask for a customer's scopes without a customer.
    const customerScope = await tools.token({ grant_type: 'client_credentials', scope: 'banking:read', resource: mcp() });
    expect(customerScope.body.scope).toBeUndefined();
  });
});

describe('scopes and links', () => {
  it('lets a token without banking:transfer read but move no money', async () => {
    const readOnly = new LinkingClient({ baseUrl: running().baseUrl, ...running().alexa, scope: 'banking:read' });
    const { code, verifier } = await readOnly.linkSandbox('oliver', '1357');
    const token = String((await readOnly.redeem(code, verifier)).body.access_token);
    expect((await alexa(token)).text).toMatch(/^Your checking account has £/);
    expect((await alexa(token, { intent: 'TransferIntent', slots: { amount: '20', payee: 'Anna Smith' } }, 'read-only')).text).toBe("I can't do that with this bank yet.");
  });

  it('replaces a customer\'s earlier link for the same client, and audits it', async () => {
    const first = new LinkingClient({ baseUrl: running().baseUrl, ...running().alexa });
    const one = await first.linkSandbox('lena', '9753');
    const earlier = String((await first.redeem(one.code, one.verifier)).body.access_token);
    expect((await alexa(earlier)).linkCard).toBe(false);
    const second = new LinkingClient({ baseUrl: running().baseUrl, ...running().alexa });
    const two = await second.linkSandbox('lena', '9753');
    const later = String((await second.redeem(two.code, two.verifier)).body.access_token);
    expect((await alexa(earlier)).linkCard).toBe(true);
    expect((await alexa(later)).linkCard).toBe(false);
    const trail = await running().runtime.records.audit.read();
    expect(trail.filter((e) => e.customerId === 'cust-lena').map((e) => `${e.action}:${e.outcome}`)).toEqual(['pin-set:completed', 'link:completed', 'pin-set:completed', 'unlink:superseded', 'link:completed']);
  });
});
