/**
 * The MCP server with tokens the account-linking server issued, as an assistant gets them: the
 * discovery chain from the resource's metadata to the authorization server's, a customer linked
 * with PKCE for /mcp (reading, or reading and transfers), an assistant's own client-credentials
 * token, and tokens for the voice webhooks, which /mcp refuses. The SDK's client throughout.
 */
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { Client as McpClient } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Database } from '../../fulfillment/records/sql/database';
import { testDatabase } from '../support/databases';
import { LinkingClient } from '../support/linking-client';
import { startLinkedSkill, type LinkedSkill } from '../support/linked-skill';
import { callTool, INITIALIZE, rpc } from '../support/mcp';
import { TOOLS as MCP_TOOLS } from '../../skill/mcp/tools';

const REDIRECT = 'https://assistant.example/oauth/callback';
const TOOLS = { id: 'assistant-tools', secret: 'assistant-tools-secret-0123456789abcdef' };
const CLIENTS = [
  { id: 'assistant', name: 'Assistant', redirectUrls: [REDIRECT], resource: 'mcp' },
  { id: TOOLS.id, secret: TOOLS.secret, name: 'Assistant tools', resource: 'mcp', clientCredentials: true },
];

let db: Database | undefined;
let skill: LinkedSkill | undefined;
const clients: Client[] = [];
beforeAll(async () => {
  db = await testDatabase('pglite');
  skill = await startLinkedSkill(db, { LINK_CLIENTS: JSON.stringify(CLIENTS) });
}, 60_000);
afterAll(async () => {
  try {
    await Promise.allSettled(clients.map((c) => c.close()));
    await skill?.close();
  } finally {
    await db?.close();
  }
});
const running = () => {
  if (!skill) throw new Error('the skill did not start');
  return skill;
};
const mcp = () => `${running().baseUrl}/mcp`;

/** An MCP client of the SDK with a bearer token. */
async function connect(token: string): Promise<Client> {
  const client = new McpClient({ name: 'assistant', version: '1.0.0' });
  clients.push(client);
  await client.connect(new StreamableHTTPClientTransport(new URL(mcp()), { requestInit: { headers: { authorization: `Bearer ${token}` } } }));
  return client;
}

/** Links a sandbox customer for /mcp with PKCE, as an assistant does, and returns the access token. */
async function linkForMcp(userName: string, pin: string, scope: string): Promise<string> {
  const assistant = new LinkingClient({ baseUrl: running().baseUrl, clientId: 'assistant', redirectUri: REDIRECT, scope });
  const { code, verifier } = await assistant.linkSandbox(userName, pin, { resource: mcp() });
  const tokens = await assistant.redeem(code, verifier);
  if (tokens.status !== 200) throw new Error(`the token endpoint answered ${tokens.status}: ${JSON.stringify(tokens.body)}`);
  return String(tokens.body.access_token);
}

it('leads a client from the resource metadata to the authorization server, which issues client credentials', async () => {
  const challenge = await rpc(running().baseUrl, INITIALIZE);
  expect(challenge.status).toBe(401);
  const metadataUrl = /resource_metadata="([^"]+)"/.exec(challenge.headers.get('www-authenticate') ?? '')?.[1] ?? '';
  const resource = (await (await fetch(metadataUrl)).json()) as { resource: string; authorization_servers: string[] };
  expect(resource.resource).toBe(mcp());
  const issuer = new URL(resource.authorization_servers[0] ?? '');
  const server = (await (await fetch(`${issuer.origin}/.well-known/oauth-authorization-server${issuer.pathname}`)).json()) as { issuer: string; grant_types_supported: string[]; code_challenge_methods_supported: string[] };
  expect(server.issuer).toBe(issuer.href.replace(/\/$/, ''));
  expect(server.grant_types_supported).toEqual(expect.arrayContaining(['authorization_code', 'client_credentials']));
  expect(server.code_challenge_methods_supported).toContain('S256');
});

it("serves a customer linked for /mcp, and moves money only once the bank's app approved it", async () => {
  const assistant = await connect(await linkForMcp('alex', '2468', 'banking:read banking:transfer'));
  expect((await callTool(assistant, 'get_balances', { account: 'checking' })).text).toMatch(/^Your checking account has \$/);
  const books = () => running().runtime.sandbox?.control.books('demo');
  const sent = books()?.transfers.size ?? 0;
  const prepared = await callTool(assistant, 'prepare_transfer', { payee: 'Bob', amount: '42', fromAccount: 'checking' });
  const draftId = (prepared.structured as { draftId: string }).draftId;
  expect((await callTool(assistant, 'confirm_transfer', { draftId })).structured).toMatchObject({ status: 'awaiting-app-approval' });
  const [approval] = running().runtime.sandbox?.control.pendingApprovals() ?? [];
  running().runtime.sandbox?.control.decide(approval?.approval.approvalId ?? '', 'approved');
  expect((await callTool(assistant, 'confirm_transfer', { draftId })).structured).toEqual({ status: 'sent' });
  expect(books()?.transfers.size).toBe(sent + 1);
});

it('lets a reading token read, and refuses it every transfer tool with 403', async () => {
  const reader = await connect(await linkForMcp('oliver', '1357', 'banking:read'));
  expect((await callTool(reader, 'get_balances', { account: 'checking' })).text).toBe('Your checking account has £1,834.62.');
  await expect(callTool(reader, 'prepare_transfer', { payee: 'Tom', amount: '5' })).rejects.toMatchObject({ code: 403 });
});

it("lets an assistant's own token list the tools, and reach no customer", async () => {
  const tools = new LinkingClient({ baseUrl: running().baseUrl, clientId: TOOLS.id, clientSecret: TOOLS.secret, redirectUri: REDIRECT });
  const issued = await tools.token({ grant_type: 'client_credentials', scope: 'mcp:tools', resource: mcp() });
  const own = await connect(String(issued.body.access_token));
  expect((await own.listTools()).tools).toHaveLength(MCP_TOOLS.length);
  await expect(callTool(own, 'get_balances')).rejects.toMatchObject({ code: 403 });
});

it("refuses the voice webhooks' tokens, and unknown ones, with 401", async () => {
  const alexa = new LinkingClient({ baseUrl: running().baseUrl, ...running().alexa });
  const { code, verifier } = await alexa.linkSandbox('lena', '9753');
  const voiceToken = String((await alexa.redeem(code, verifier)).body.access_token);
  for (const token of [voiceToken, 'not-a-token']) {
    const res = await rpc(running().baseUrl, INITIALIZE, { authorization: `Bearer ${token}` });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token"/);
  }
});
