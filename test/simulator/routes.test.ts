/** The web simulator's routes: served in development only, and they drive the real endpoints. */
import request from 'supertest';
import { simulatorRoutes } from '../../skill/simulator/routes';
import { startSkill } from '../support/harness';
import { PRODUCTION_ENV } from '../support/production-env';

const json = (app: Parameters<typeof request>[0], path: string, body: unknown) => request(app).post(path).set('content-type', 'application/json').send(JSON.stringify(body));

describe('the web simulator', () => {
  it('is not served outside development: no page, no understanding, no bank app', async () => {
    // Production refuses to start without its settings: all of them, on the sandbox said so.
    const production = PRODUCTION_ENV;
    for (const env of [production, { NODE_ENV: 'test' }]) {
      const { app } = startSkill({ env, overrides: { simulator: simulatorRoutes } });
      expect((await request(app).get('/')).status).toBe(404);
      expect((await json(app, '/simulator/understand', { text: 'balance' })).status).toBe(404);
      expect((await request(app).get('/simulator/approvals')).status).toBe(404);
    }
  });

  it('serves its page at / in development', async () => {
    const { app } = startSkill({ env: { NODE_ENV: 'development' }, overrides: { simulator: simulatorRoutes } });
    const page = await request(app).get('/');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Voice banking simulator');
  });

  it('turns typed text into the Dialogflow request, which the real endpoint answers', async () => {
    const skill = startSkill({ env: { NODE_ENV: 'development' }, overrides: { simulator: simulatorRoutes } });
    const understood = await json(skill.app, '/simulator/understand', { text: 'what is my savings balance', platform: 'dialogflow', locale: 'en-US', token: 'demo', session: { id: 's-1', isNew: true } });
    expect(understood.body).toMatchObject({ intent: 'Balance', request: { queryResult: { intent: { displayName: 'Balance' }, parameters: { account: 'savings' } } } });
    const answer = await skill.post('/dialogflow', understood.body.request);
    expect(answer.body.fulfillmentText).toMatch(/^Your savings account has \$12,800\.00/);
  });

  it('says how it understood the line: the platform intent, its confidence and its slots', async () => {
    const skill = startSkill({ env: { NODE_ENV: 'development' }, overrides: { simulator: simulatorRoutes } });
    const understood = await json(skill.app, '/simulator/understand', { text: 'send 50 dollars to anna lee', platform: 'alexa', locale: 'en-US', token: 'demo', session: { id: 's-2', isNew: true } });
    expect(understood.body).toMatchObject({ intent: 'Transfer', platformIntent: 'TransferIntent', slots: { amount: { value: '50' }, payee: { text: 'anna lee' } } });
    expect(understood.body.summary).toMatch(/^TransferIntent [01]\.\d\d amount=50 USD payee=payee-\d currency=USD$/);
  });

  it('reports whether the understanding is trained yet, and trains it when asked', async () => {
    const { app } = startSkill({ env: { NODE_ENV: 'development' }, overrides: { simulator: simulatorRoutes } });
    expect((await request(app).get('/simulator/status')).body).toEqual({ ready: false, trained: 0, of: 9, warming: false });
    expect((await request(app).post('/simulator/warm-up')).status).toBe(202);
    let status = (await request(app).get('/simulator/status')).body as { ready: boolean };
    for (let i = 0; i < 480 && !status.ready; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      status = (await request(app).get('/simulator/status')).body as { ready: boolean };
    }
    expect(status).toMatchObject({ ready: true, trained: 9 });
  }, 180_000);

  it('turns typed text into the Dialogflow CX request, which the real endpoint answers', async () => {
    const skill = startSkill({ env: { NODE_ENV: 'development' }, overrides: { simulator: simulatorRoutes } });
    const understood = await json(skill.app, '/simulator/understand', { text: 'what is my savings balance', platform: 'dialogflow-cx', locale: 'en-GB', token: 'demo-gb', session: { id: 's-cx', isNew: true } });
    expect(understood.body).toMatchObject({ intent: 'Balance', request: { fulfillmentInfo: { tag: 'Balance' }, languageCode: 'en-gb', intentInfo: { parameters: { account: { resolvedValue: 'savings' } } } } });
    const answer = await skill.post('/dialogflow-cx', understood.body.request);
    expect(answer.body.fulfillmentResponse.messages[0].text.text[0]).toMatch(/^Your savings account has £5,400\.00/);
  });

  it("calls the skill's MCP tools as an assistant would, showing the JSON-RPC on both sides", async () => {
    const { app } = startSkill({ env: { NODE_ENV: 'development' }, overrides: { simulator: simulatorRoutes } });
    const listed = await json(app, '/simulator/mcp', { method: 'tools/list', token: 'demo', locale: 'en-US' });
    expect(listed.body.request).toMatchObject({ jsonrpc: '2.0', method: 'tools/list' });
    expect(listed.body.response.result.tools.map((t: { name: string }) => t.name)).toContain('prepare_transfer');
    const called = await json(app, '/simulator/mcp', { method: 'tools/call', name: 'get_balances', arguments: { account: 'savings' }, token: 'demo', locale: 'en-US' });
    expect(called.body.response.result).toMatchObject({ content: [{ type: 'text', text: 'Your savings account has $12,800.00.' }], structuredContent: { accounts: [{ kind: 'savings' }] } });
    const reader = await json(app, '/simulator/mcp', { method: 'tools/call', name: 'prepare_transfer', arguments: { payee: 'Bob', amount: '5' }, token: 'demo.read', locale: 'en-US' });
    expect(reader.body.status).toBe(403);
  });

  it('answers bad input with 400, not a crash', async () => {
    const { app } = startSkill({ env: { NODE_ENV: 'development' }, overrides: { simulator: simulatorRoutes } });
    expect((await json(app, '/simulator/understand', { text: '', platform: 'alexa' })).status).toBe(400);
    expect((await json(app, '/simulator/approvals/nope', { decision: 'maybe' })).status).toBe(400);
    expect((await json(app, '/simulator/mcp', { method: 'tools/call', token: 'demo', locale: 'en-US' })).status).toBe(400);
    expect((await json(app, '/simulator/approvals/nope', { decision: 'approved' })).status).toBe(404);
    expect((await request(app).get('/simulator/accounts?token=nobody')).status).toBe(404);
  });

  it('shows the demo customer balances in the bank app panel', async () => {
    const { app } = startSkill({ env: { NODE_ENV: 'development' }, overrides: { simulator: simulatorRoutes } });
    const res = await request(app).get('/simulator/accounts?token=demo-de&locale=de-DE');
    expect(res.body.customer).toBe('Lena');
    expect(res.body.accounts.map((a: { balance: string }) => a.balance.replace(/\s/g, ' '))).toContain('2.310,45 €');
  });
});
