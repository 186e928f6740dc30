/** Malformed or hostile input gets a clear 4xx or a spoken fallback, never a 500. */
import request from 'supertest';
import { alexaRequest, dialogflowRequest } from '../support/requests';
import { startSkill } from '../support/harness';

const skill = startSkill();
const paths = ['/alexa', '/dialogflow'] as const;

describe.each(paths)('POST %s', (path) => {
  it('answers 400 to malformed JSON', async () => {
    const res = await request(skill.app).post(path).set('content-type', 'application/json').send('{"version": "1.0", ');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: 'body is not valid JSON' });
  });

  it('answers 415 to a body that is not JSON', async () => {
    const res = await request(skill.app).post(path).set('content-type', 'text/plain').send('what is my balance');
    expect(res.status).toBe(415);
  });

  it('answers 413 to a 2 MB body without reading it all', async () => {
    const huge = JSON.stringify({ padding: 'x'.repeat(2 * 1024 * 1024) });
    const res = await request(skill.app).post(path).set('content-type', 'application/json').send(huge);
    expect(res.status).toBe(413);
    expect(res.body).toEqual({ error: 'body too large' });
  });

  it('answers 400 to valid JSON of the wrong shape', async () => {
    const res = await skill.post(path, { hello: 'world' });
    expect(res.status).toBe(400);
  });

  it('answers 400 to an empty body', async () => {
    const res = await request(skill.app).post(path).set('content-type', 'application/json').send('');
    expect(res.status).toBe(400);
  });
});

describe('a Dialogflow request missing a field', () => {
  it('names the field that is missing', async () => {
    const { session, ...withoutSession } = dialogflowRequest('Balance', {}, { token: 'demo' }) as Record<string, unknown>;
    expect(session).toBeDefined();
    const res = await skill.post('/dialogflow', withoutSession);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/^not a Dialogflow v2 webhook request: session /);
  });
});

describe('unknown intents and unusable slots', () => {
  it('speaks the fallback for an Alexa intent the skill does not have', async () => {
    const reply = await skill.alexa({ intent: 'OrderPizzaIntent', slots: { topping: 'ham' } }, { token: 'demo' });
    expect(reply.text).toMatch(/^Sorry, I didn't catch that\./);
  });

  it('speaks the fallback for a Dialogflow intent the skill does not have', async () => {
    const reply = await skill.dialogflow('OrderPizza', { topping: 'ham' }, { token: 'demo' });
    expect(reply.text).toMatch(/^Sorry, I didn't catch that\./);
  });

  it('names the real accounts when a slot holds something the skill cannot use', async () => {
    const alexa = await skill.alexa({ intent: 'BalanceIntent', slots: { account: '<script>' } }, { token: 'demo' });
    expect(alexa.text).toMatch(/^I couldn't find an account called <script>\. You have your checking account/);
    expect(alexa.body.response).toMatchObject({ outputSpeech: { ssml: expect.stringContaining('&lt;script&gt;') } });
    const df = await skill.dialogflow('Balance', { account: { unexpected: ['structure'] } }, { token: 'demo' });
    expect(df.text).toMatch(/^Your checking account has/);
  });

  it('does not fail on an Alexa IntentRequest without an intent', async () => {
    const body = alexaRequest({ intent: 'BalanceIntent' }, { token: 'demo' }) as { request: Record<string, unknown> };
    delete body.request.intent;
    const res = await skill.post('/alexa', body);
    expect(res.status).toBe(400);
  });

  it('does not fail on a Dialogflow request with a parameter of every JSON type', async () => {
    const res = await skill.post('/dialogflow', dialogflowRequest('Balance', { a: 1, b: true, c: null, d: [], e: {}, account: ['savings'] }, { token: 'demo' }));
    expect(res.status).toBe(200);
    expect(res.body.fulfillmentText).toMatch(/^Your savings account has/);
  });
});

describe('other routes', () => {
  it('reports health', async () => {
    const res = await request(skill.app).get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('answers 404 with a JSON body elsewhere', async () => {
    const res = await request(skill.app).get('/admin');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: 'not found' });
  });
});
