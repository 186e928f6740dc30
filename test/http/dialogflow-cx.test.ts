/**
 * The Dialogflow CX webhook at /dialogflow-cx: Google's real CX requests get well-formed
 * answers; every answer is a WebhookResponse of CX's own protos; the session keeps nothing the
 * customer said (each parameter is deleted with null); a conversation that ends moves the flow
 * to END_SESSION; the webhook secret is checked as for Dialogflow ES, or in a CX header.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cxType, protoProblems } from '../../models/compiler/cx-proto';
import { dialogflowCxRequest } from '../support/requests';
import { startSkill, type TestSkill } from '../support/harness';
import { sharedFiles } from '../support/shared';
import { printSkip } from '../support/skip-reason';

const SECRET = 'a-webhook-secret-of-some-length';
const CX_SECRET = 'a-cx-webhook-secret-of-its-own';
const FLOW = 'projects/test-project/locations/global/agents/test-agent/flows/00000000-0000-0000-0000-000000000000';

/** The problems of a response as a CX WebhookResponse (map fields are JSON objects on the wire). */
const asWebhookResponse = (body: unknown) => protoProblems(cxType('WebhookResponse'), body, 'response', 'objects');

let skill: TestSkill;
beforeEach(() => {
  skill = startSkill();
});

const fixtures = sharedFiles('fixtures/platform/dialogflow-cx', (n) => n.endsWith('.json'));
const requests = 'files' in fixtures ? fixtures.files.filter((f) => f.includes('.request.')).map((f) => [path.basename(f), f] as const) : [];
const withFixtures = 'files' in fixtures ? describe : describe.skip;
if ('missing' in fixtures) printSkip(`real CX payload tests skipped: ${fixtures.missing}`);

withFixtures("Google's real CX webhook requests", () => {
  it.each(requests)('%s gets a well-formed answer', async (_name, file) => {
    const res = await skill.post('/dialogflow-cx', JSON.parse(readFileSync(file, 'utf8')));
    expect(res.status).toBe(200);
    expect(asWebhookResponse(res.body)).toEqual([]);
    expect(res.body.fulfillmentResponse.messages[0].text.text).toEqual([expect.stringMatching(/^Sorry, I didn't catch that\./)]);
  });

  it('answers in the shape of Google\'s own sample answer, in the camelCase CX sends', async () => {
    const sample = JSON.parse(readFileSync(('files' in fixtures ? fixtures.files : []).find((f) => f.endsWith('webhooks.response.json')) ?? '', 'utf8'));
    const ours = (await skill.post('/dialogflow-cx', dialogflowCxRequest('Balance', {}, { token: 'demo' }))).body;
    const shape = (messages: { text: { text: string[] } }[]) => messages.map((m) => Object.keys(m.text).concat(String(m.text.text.length)));
    expect(shape(ours.fulfillmentResponse.messages)).toEqual(shape(sample.fulfillment_response.messages));
  });

  it('found the requests it promises to check', () => {
    expect(requests.length).toBe(3);
  });
});

describe('a conversation on CX', () => {
  it('says the same words as Dialogflow ES, and keeps nothing in the session', async () => {
    const cx = await skill.dialogflowCx('Balance', { account: 'savings' }, { token: 'demo' });
    const es = await skill.dialogflow('Balance', { account: 'savings' }, { token: 'demo' });
    expect(cx.text).toBe(es.text);
    expect(cx.text).toBe('Your savings account has $12,800.00. Is there anything else?');
    expect(cx.body.sessionInfo).toEqual({ parameters: { account: null } });
    expect(cx.body.targetPage).toBeUndefined();
    expect(asWebhookResponse(cx.body)).toEqual([]);
  });

  it('ends the session at the flow\'s END_SESSION page when the reply ends the conversation', async () => {
    await skill.dialogflowCx('Balance', {}, { token: 'demo' });
    const bye = await skill.dialogflowCx('No', {}, { token: 'demo' });
    expect(bye.text).toMatch(/^Goodbye/);
    expect(bye.body.targetPage).toBe(`${FLOW}/pages/END_SESSION`);
    expect(bye.endsSession).toBe(true);
  });

  it('reads amounts, periods as CX resolves them, and languages as CX names them', async () => {
    const spent = await skill.dialogflowCx('Spending', { merchant: 'Starbucks', period: { startDate: '2026-10-01', endDate: '2026-10-31' } }, { token: 'demo' });
    expect(spent.text).toMatch(/^You spent \$[\d.,]+ at Starbucks last month, in \d+ payments\./);
    const british = await skill.dialogflowCx('Balance', { account: 'current' }, { token: 'demo-gb', locale: 'en-GB' });
    expect(british.text).toMatch(/^Your current account has £1,834\.62\./);
    const german = await skill.dialogflowCx('Balance', { account: 'checking' }, { token: 'demo-de', locale: 'de-DE' });
    expect(german.text).toMatch(/^Auf deinem Girokonto sind 2\.310,45\s€\./);
  });

  it('offers quick replies as Messenger chips on a text channel, and none to a caller who speaks', async () => {
    const ask = { amount: { amount: 42, currency: 'USD' }, payee: 'Bob', account: 'checking' };
    const typed = await skill.dialogflowCx('Transfer', ask, { token: 'demo', session: `${FLOW}/sessions/typed` });
    const messages = (spoken: { body: Record<string, unknown> }) => (spoken.body.fulfillmentResponse as { messages: unknown[] }).messages;
    expect(messages(typed)[1]).toEqual({ payload: { richContent: [[{ type: 'chips', options: [{ text: 'Yes' }, { text: 'No' }] }]] } });
    const spoken = await skill.dialogflowCx('Transfer', ask, { token: 'demo', session: `${FLOW}/sessions/spoken`, voice: true });
    expect(messages(spoken)).toHaveLength(1);
    expect(asWebhookResponse(typed.body)).toEqual([]);
  });

  it('asks a caller without an account link to link it, and hears an unknown tag as not understood', async () => {
    expect((await skill.dialogflowCx('Balance')).text).toBe('To do that, please link your bank account first, using the sign-in link in this app.');
    expect((await skill.dialogflowCx('some-other-agents-tag', {}, { token: 'demo' })).text).toMatch(/^Sorry, I didn't catch that\./);
    expect((await skill.dialogflowCx('sys.no-match-default', {}, { token: 'demo' })).text).toMatch(/^Sorry, I didn't catch that\./);
  });

  it("answers whatever session parameters another flow keeps (long, many, lists), and clears them, so one never refuses the session's later turns", async () => {
    const request = dialogflowCxRequest('Balance', { account: 'savings' }, { token: 'demo' }) as { sessionInfo: { session: string; parameters: Record<string, unknown> } };
    const others: Record<string, unknown> = { summary: 'x'.repeat(5000), items: Array.from({ length: 500 }, (_, i) => i), nested: { deep: { list: ['a', 'b'] } } };
    for (let i = 0; i < 150; i += 1) others[`other${i}`] = i;
    const res = await skill.post('/dialogflow-cx', { ...request, sessionInfo: { ...request.sessionInfo, parameters: { ...request.sessionInfo.parameters, ...others } } });
    expect(res.status).toBe(200);
    const body = res.body as { sessionInfo: { parameters: Record<string, unknown> } };
    expect(JSON.stringify(body)).toContain('Your savings account has $12,800.00.');
    expect(body.sessionInfo.parameters).toMatchObject({ account: null, summary: null, items: null, nested: null, other149: null });
  });

  it('refuses a body that is not a CX request', async () => {
    const res = await skill.post('/dialogflow-cx', { sessionInfo: 'not an object' });
    expect(res.status).toBe(400);
  });
});

describe('webhook authentication', () => {
  const body = JSON.stringify(dialogflowCxRequest('Balance', {}, { token: 'demo' }));
  const post = (s: TestSkill, headers: Record<string, string>) => s.postRaw('/dialogflow-cx', body.replace('cx-response', `cx-${Math.random()}`), headers);

  it('takes the Dialogflow secret in the CX header or as a bearer token, and refuses the rest', async () => {
    const guarded = startSkill({ env: { DIALOGFLOW_SECRET: SECRET } });
    expect((await post(guarded, {})).status).toBe(401);
    expect((await post(guarded, { 'x-webhook-secret': 'wrong-secret-of-some-length' })).status).toBe(401);
    expect((await post(guarded, { 'x-webhook-secret': SECRET })).status).toBe(200);
    expect((await post(guarded, { authorization: `Bearer ${SECRET}` })).status).toBe(200);
  });

  it('takes only its own secret when CX has one', async () => {
    const guarded = startSkill({ env: { DIALOGFLOW_SECRET: SECRET, DIALOGFLOW_CX_SECRET: CX_SECRET } });
    expect((await post(guarded, { 'x-webhook-secret': SECRET })).status).toBe(401);
    expect((await post(guarded, { 'x-webhook-secret': CX_SECRET })).status).toBe(200);
    expect((await guarded.postRaw('/dialogflow', JSON.stringify({}), { authorization: `Bearer ${CX_SECRET}` })).status).toBe(401);
  });
});
