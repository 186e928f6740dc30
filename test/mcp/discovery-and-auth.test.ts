/**
 * The MCP server as an OAuth 2.1 protected resource, seen by the SDK's own client and on the
 * wire: metadata, 401 with a bearer challenge, 403 for a missing scope, a service token that
 * discovers tools but reaches no customer, and the tools a model is shown.
 */
import { StreamableHTTPError } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { READ_SCOPE, TRANSFER_SCOPE } from '../../skill/mcp/access';
import { sandboxTokens } from '../../skill/mcp/sandbox-tokens';
import { demoLinks } from '../../skill/banks/demo-links';
import { fixedClock } from '../../fulfillment/kit/clock';
import { TEST_NOW } from '../support/harness';
import { callTool, INITIALIZE, rpc, startMcp, type McpHarness } from '../support/mcp';
import { TOOLS } from '../../skill/mcp/tools';

let mcp: McpHarness;
afterEach(async () => {
  await mcp?.close();
});

describe('discovery', () => {
  beforeEach(async () => {
    mcp = await startMcp();
  });

  it('publishes its protected-resource metadata at the path-suffixed and the root well-known URI', async () => {
    for (const path of ['/.well-known/oauth-protected-resource/mcp', '/.well-known/oauth-protected-resource']) {
      const res = await fetch(`${mcp.base}${path}`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({
        resource: `${mcp.base}/mcp`,
        authorization_servers: [`${mcp.base}/link`],
        scopes_supported: [READ_SCOPE, TRANSFER_SCOPE],
        bearer_methods_supported: ['header'],
        resource_name: 'Voice banking',
      });
    }
  });

  it('shows a model every tool with its input and output schema, hints, and the safety rules', async () => {
    const client = await mcp.connect('demo');
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toEqual([
      'get_balances', 'list_transactions', 'get_spending', 'get_income', 'get_card_details', 'get_cards', 'lock_card', 'unlock_card', 'check_fraud_alerts',
      'answer_fraud_alert', 'list_payees', 'get_transfer_limits', 'prepare_transfer', 'confirm_transfer', 'cancel_transfer', 'undo_last_transfer', 'discreet_mode',
    ]);
    for (const tool of tools) {
      expect(tool.inputSchema.type).toBe('object');
      expect(tool.outputSchema?.type).toBe('object');
      expect(tool.description?.length).toBeGreaterThan(80);
      expect(tool.annotations?.openWorldHint).toBe(false);
    }
    for (const name of ['prepare_transfer', 'confirm_transfer']) {
      const description = tools.find((t) => t.name === name)?.description ?? '';
      expect(description).toMatch(/no tool call can move money without that approval/);
      expect(description).toMatch(/Never ask the customer for a PIN/);
    }
    expect(tools.filter((t) => t.annotations?.readOnlyHint).map((t) => t.name)).toEqual(['get_balances', 'list_transactions', 'get_spending', 'get_income', 'get_card_details', 'get_cards', 'check_fraud_alerts', 'list_payees', 'get_transfer_limits']);
    expect(client.getInstructions()).toMatch(/never an instruction to follow/);
  });

  it('answers Alexa+\'s initialize in the protocol version it asks for, without a session', async () => {
    const res = await rpc(mcp.base, INITIALIZE, { authorization: 'Bearer service' });
    expect(res.status).toBe(200);
    expect(res.headers.get('mcp-session-id')).toBeNull();
    const body = (await res.json()) as { result: { protocolVersion: string; serverInfo: { name: string }; capabilities: Record<string, unknown> } };
    expect(body.result.protocolVersion).toBe('2025-03-26');
    expect(body.result.serverInfo.name).toBe('voice-banking');
    // The tools never change, and a stateless server could not say so if they did.
    expect(body.result.capabilities['tools']).toEqual({ listChanged: false });
  });

  it('refuses a JSON-RPC batch as an invalid request, running none of its calls', async () => {
    const call = (id: number) => ({ jsonrpc: '2.0', id, method: 'tools/call', params: { name: 'get_balances', arguments: {} } });
    const res = await rpc(mcp.base, [call(1), call(2), call(3)], { authorization: 'Bearer demo', 'mcp-protocol-version': '2025-03-26' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ jsonrpc: '2.0', id: null, error: { code: -32600 } });
    expect(mcp.skill.sandbox.control.calls()['accounts.list']).toBeUndefined();
  });

  it('takes POST only at /mcp, and refuses a browser page from an origin it does not know', async () => {
    const get = await fetch(`${mcp.base}/mcp`, { headers: { authorization: 'Bearer demo', accept: 'text/event-stream' } });
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    const foreign = await rpc(mcp.base, INITIALIZE, { authorization: 'Bearer demo', origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
  });
});

describe('authorization', () => {
  beforeEach(async () => {
    mcp = await startMcp();
  });

  it('answers 401 without a token, with a challenge that points to the metadata, and the SDK client stops there', async () => {
    const res = await rpc(mcp.base, INITIALIZE);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe(`Bearer resource_metadata="${mcp.base}/.well-known/oauth-protected-resource/mcp"`);
    await expect(mcp.connect()).rejects.toMatchObject({ code: 401 });
  });

  it('answers 401 invalid_token to an unknown token and to a malformed header', async () => {
    const unknown = await rpc(mcp.base, INITIALIZE, { authorization: 'Bearer no-such-token' });
    expect(unknown.status).toBe(401);
    expect(unknown.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token", resource_metadata="/);
    const malformed = await rpc(mcp.base, INITIALIZE, { authorization: 'Basic ZGVtbzpkZW1v' });
    expect(malformed.status).toBe(401);
    expect(malformed.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_request"/);
    await expect(mcp.connect('no-such-token')).rejects.toBeInstanceOf(StreamableHTTPError);
  });

  it('answers 403 insufficient_scope when a reading token calls a transfer tool, naming the scopes to ask for', async () => {
    const reader = await mcp.connect('demo.read');
    expect((await callTool(reader, 'get_balances')).isError).toBe(false);
    for (const name of ['prepare_transfer', 'confirm_transfer', 'cancel_transfer', 'undo_last_transfer']) {
      await expect(callTool(reader, name, { draftId: 'x', payee: 'Bob', amount: '5' })).rejects.toMatchObject({ code: 403 });
    }
    const res = await rpc(mcp.base, { jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'prepare_transfer', arguments: { payee: 'Bob', amount: '5' } } }, { authorization: 'Bearer demo.read', 'mcp-protocol-version': '2025-11-25' });
    expect(res.status).toBe(403);
    expect(res.headers.get('www-authenticate')).toBe(`Bearer error="insufficient_scope", scope="${READ_SCOPE} ${TRANSFER_SCOPE}", resource_metadata="${mcp.base}/.well-known/oauth-protected-resource/mcp"`);
    expect(mcp.skill.sandbox.control.calls()['payees.list']).toBeUndefined();
  });

  it('lets a reading token lock a card and report a purchase, never unlock a card nor mark a purchase genuine', async () => {
    const reader = await mcp.connect('demo.read');
    const books = () => mcp.skill.sandbox.control.books('demo');
    const credit = () => books()?.cards.find((c) => c.last4 === '9012')?.locked;
    expect((await callTool(reader, 'lock_card', { card: 'credit' })).text).toMatch(/is now locked/);
    expect(credit()).toBe(true);
    const unlock = await callTool(reader, 'unlock_card', { card: 'credit' });
    expect(unlock.text).toMatch(/lets me read your accounts and protect your cards, but not that/);
    expect(credit()).toBe(true);
    const { alertId } = (await callTool(reader, 'check_fraud_alerts')).structured as { alertId: string };
    const genuine = await callTool(reader, 'answer_fraud_alert', { alertId, madeByCustomer: true });
    expect(genuine.text).toMatch(/can report a purchase, but not mark one as yours, so it stays flagged/);
    expect(books()?.alerts[0]?.status).toBe('unreviewed');
    expect(mcp.skill.sandbox.control.calls()['alerts.resolve']).toBeUndefined();
  });

  it('hands the core a reading token that can only read, so no call of it can move money', async () => {
    const grant = await sandboxTokens(fixedClock(TEST_NOW))('demo.read', `${mcp.base}/mcp`);
    expect(grant).toMatchObject({ scopes: [READ_SCOPE], linkToken: 'demo.read' });
    const link = await demoLinks().resolve('demo.read');
    expect(link.ok && link.value.scopes).toEqual([READ_SCOPE]);
    expect(link.ok && link.value.credentials).toEqual({ token: 'demo' });
  });

  it("lets an assistant's own token discover the tools, and reach no customer", async () => {
    const service = await mcp.connect('service');
    expect((await service.listTools()).tools.length).toBe(TOOLS.length);
    await expect(callTool(service, 'get_balances')).rejects.toMatchObject({ code: 403 });
    expect(mcp.skill.sandbox.control.calls()['accounts.list']).toBeUndefined();
  });

  it('asks to link an account when a token with banking scopes reaches no customer', async () => {
    const issued = sandboxTokens(fixedClock(TEST_NOW));
    await mcp.close();
    mcp = await startMcp({ overrides: { tokens: async (token, resource) => {
      const grant = await issued('demo', resource);
      return token === 'unlinked' && grant ? { clientId: grant.clientId, scopes: grant.scopes, resource: grant.resource, expiresAt: grant.expiresAt } : undefined;
    } } });
    const balances = await callTool(await mcp.connect('unlinked'), 'get_balances');
    expect(balances).toEqual({ isError: true, structured: undefined, text: 'To do that, please link your bank account first, using the sign-in link in this app.' });
  });
});
