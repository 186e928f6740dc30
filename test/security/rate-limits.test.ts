/**
 * Rate limits that junk cannot turn against customers: requests refused by authentication are
 * counted apart from authenticated ones, every route counts its own, and behind a trusted proxy
 * each client is counted by its forwarded address.
 */
import request from 'supertest';
import { ConfigError, loadConfig } from '../../skill/config';
import { startSkill } from '../support/harness';
import { alexaRequest, dialogflowRequest } from '../support/requests';
import { CERT_URL, startSignedSkill, TEST_SKILL_ID } from '../support/signed-skill';

const SECRET = 'a-long-webhook-secret-for-tests';
const LIMIT = 20;

/** An Alexa launch for the demo customer, as the skill id and the clock expect it. */
function launch(): string {
  const body = alexaRequest('launch', { token: 'demo' }) as {
    request: { timestamp: string };
    context: { System: { application: { applicationId: string } } };
    session: { application: { applicationId: string } };
  };
  body.request.timestamp = '2026-11-20T15:30:00.000Z';
  body.context.System.application.applicationId = TEST_SKILL_ID;
  body.session.application.applicationId = TEST_SKILL_ID;
  return JSON.stringify(body);
}

describe('junk traffic', () => {
  it('past the limit of refused requests, gets 429 while signed Alexa and Dialogflow requests from the same address still get answers', async () => {
    const s = startSignedSkill({ DIALOGFLOW_SECRET: SECRET, RATE_LIMIT_PER_IP: String(LIMIT) });
    // A serving instance has Alexa's certificate: the first signed request fetched it.
    expect((await s.postSigned(launch())).status).toBe(200);
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 10; i += 1) statuses.push((await s.post(launch(), {})).status);
    expect(statuses.slice(0, LIMIT).every((st) => st === 400)).toBe(true);
    expect(statuses.slice(LIMIT)).toEqual(Array<number>(10).fill(429));

    const alexa = await s.postSigned(launch());
    expect(alexa.status).toBe(200);
    expect(alexa.body.response.outputSpeech.ssml).toMatch(/Welcome back, Alex/);
    const dialogflow = await s.skill.postRaw('/dialogflow', JSON.stringify(dialogflowRequest('Balance', {}, { token: 'demo' })), { authorization: `Bearer ${SECRET}` });
    expect(dialogflow.status).toBe(200);
    expect(dialogflow.body.fulfillmentText).toMatch(/^Your checking account has/);
  });

  it('with a wrong Dialogflow secret is counted on its own route, not against Alexa', async () => {
    const s = startSignedSkill({ DIALOGFLOW_SECRET: SECRET, RATE_LIMIT_PER_IP: String(LIMIT) });
    const junk = JSON.stringify(dialogflowRequest('Balance', {}, { token: 'demo' }));
    for (let i = 0; i < LIMIT; i += 1) expect((await s.skill.postRaw('/dialogflow', junk, { authorization: 'Bearer wrong-secret-wrong-secret' })).status).toBe(401);
    expect((await s.skill.postRaw('/dialogflow', junk, { authorization: 'Bearer wrong-secret-wrong-secret' })).status).toBe(429);
    expect((await s.postSigned(launch())).status).toBe(200);
  });

  it("counts in minutes of the skill's clock, whatever the machine's clock does meanwhile; the next minute allows again", async () => {
    const s = startSignedSkill({ RATE_LIMIT_PER_IP: String(LIMIT) });
    // The machine's clock crosses into a new minute in the middle of the burst, as it may on a
    // busy machine: a count kept by it would start again there and let twice the limit through.
    let machine = Date.parse('2030-01-01T00:00:59.000Z');
    const now = jest.spyOn(Date, 'now').mockImplementation(() => (machine += 50));
    try {
      for (let i = 0; i < LIMIT; i += 1) expect((await s.post(launch(), {})).status).toBe(400);
      expect((await s.post(launch(), {})).status).toBe(429);
    } finally {
      now.mockRestore();
    }
    s.clock.advance(60);
    expect((await s.post(launch(), {})).status).toBe(400);
  });

  it('past the limit starts no certificate fetch, whatever new certificate URL it names', async () => {
    const s = startSignedSkill({ RATE_LIMIT_PER_IP: String(LIMIT) });
    expect((await s.postSigned(launch())).status).toBe(200);
    const fetchedBefore = s.fetched.length;
    for (let i = 0; i < LIMIT + 10; i += 1) {
      const junkUrl = CERT_URL.replace('.pem', `-${i}.pem`);
      await s.post(launch(), { signaturecertchainurl: junkUrl, 'signature-256': 'c2lnbmF0dXJl' });
    }
    expect(s.fetched.length - fetchedBefore).toBe(LIMIT);
    expect((await s.postSigned(launch())).status).toBe(200);
  });
});

describe('authenticated traffic', () => {
  it('is limited per route: a busy Dialogflow address leaves Alexa its own allowance', async () => {
    const skill = startSkill({ env: { RATE_LIMIT_PER_IP: '2' } });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await skill.post('/dialogflow', dialogflowRequest('Help'))).status);
    expect(statuses).toEqual([200, 200, 429]);
    expect((await skill.post('/alexa', alexaRequest({ intent: 'AMAZON.HelpIntent' }))).status).toBe(200);
  });
});

describe('TRUST_PROXY', () => {
  const fromClient = (skill: ReturnType<typeof startSkill>, client: string) =>
    request(skill.app).post('/dialogflow').set({ 'content-type': 'application/json', 'x-forwarded-for': client }).send(JSON.stringify(dialogflowRequest('Help')));

  it('counts each forwarded client on its own behind a trusted proxy', async () => {
    const skill = startSkill({ env: { RATE_LIMIT_PER_IP: '2', TRUST_PROXY: 'loopback' } });
    expect([(await fromClient(skill, '203.0.113.7')).status, (await fromClient(skill, '203.0.113.7')).status, (await fromClient(skill, '203.0.113.7')).status]).toEqual([200, 200, 429]);
    expect((await fromClient(skill, '198.51.100.9')).status).toBe(200);
  });

  it('takes a hop count as express does', async () => {
    const skill = startSkill({ env: { RATE_LIMIT_PER_IP: '1', TRUST_PROXY: '1' } });
    expect((await fromClient(skill, '203.0.113.7')).status).toBe(200);
    expect((await fromClient(skill, '198.51.100.9')).status).toBe(200);
  });

  it('ignores X-Forwarded-For when unset, since any client can write it', async () => {
    const skill = startSkill({ env: { RATE_LIMIT_PER_IP: '2' } });
    const statuses = [];
    for (const client of ['203.0.113.1', '203.0.113.2', '203.0.113.3']) statuses.push((await fromClient(skill, client)).status);
    expect(statuses).toEqual([200, 200, 429]);
  });

  it('refuses a value it cannot read at start-up', () => {
    expect(() => loadConfig({ NODE_ENV: 'test', TRUST_PROXY: 'not-an-address' })).toThrow(ConfigError);
  });
});
