/**
 * GET /metrics: requests, turns, bank calls and transfers are counted with the right labels,
 * no label carries a token, an amount, a name or an id, and only allowed scrapers are answered.
 */
import request from 'supertest';
import { metricsAllowed } from '../../skill/server/metrics-route';
import { startSkill, type TestSkill } from '../support/harness';
import { secretsOf } from '../support/privacy';
import { booksOf, speaker } from '../support/speaker';
import { transferSpeaker } from '../support/transfer-speaker';

const scrape = async (skill: TestSkill) => {
  const res = await request(skill.app).get('/metrics');
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toMatch(/^text\/plain/);
  return res.text;
};

/** The value of one sample, found by its name and exact label text. */
const sample = (text: string, series: string) => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : undefined;
};

describe('the metrics a scrape reads', () => {
  let skill: TestSkill;
  let text: string;

  beforeAll(async () => {
    skill = startSkill({ env: { TRANSFER_STEP_UP: 'none' } });
    await speaker(skill, 'alexa')('Balance');
    await speaker(skill, 'alexa')('Balance');
    await speaker(skill, 'dialogflow')('Balance');
    await skill.post('/alexa', { not: 'alexa' });
    const say = transferSpeaker(skill, 'dialogflow', 'USD', { token: 'demo', session: 'metrics-transfer' });
    await say('Transfer', { amount: '42', payee: 'Bob', account: 'checking' });
    await say('Yes');
    text = await scrape(skill);
  });

  it('counts turns and their latency by platform, intent and reply', () => {
    expect(sample(text, 'voicebank_turns_total{platform="alexa",intent="Balance",reply="ask"}')).toBe(2);
    expect(sample(text, 'voicebank_turns_total{platform="dialogflow",intent="Balance",reply="ask"}')).toBe(1);
    expect(sample(text, 'voicebank_turn_duration_seconds_count{platform="alexa",intent="Balance"}')).toBe(2);
    expect(sample(text, 'voicebank_turn_duration_seconds_bucket{le="+Inf",platform="dialogflow",intent="Balance"}')).toBe(1);
  });

  it('counts HTTP requests by route and status', () => {
    expect(sample(text, 'voicebank_http_requests_total{route="/alexa",status="200"}')).toBe(2);
    expect(sample(text, 'voicebank_http_requests_total{route="/alexa",status="400"}')).toBe(1);
    expect(sample(text, 'voicebank_http_request_duration_seconds_count{route="/dialogflow"}')).toBe(3);
  });

  it('counts bank calls and their latency by adapter and operation, and transfers by outcome', () => {
    expect(sample(text, 'voicebank_bank_calls_total{adapter="sandbox",operation="accounts.list",outcome="ok"}')).toBeGreaterThanOrEqual(3);
    expect(sample(text, 'voicebank_bank_call_duration_seconds_count{adapter="sandbox",operation="transfers.submit"}')).toBe(1);
    expect(sample(text, 'voicebank_transfers_total{outcome="pending"}')).toBe(1);
  });

  it('counts a bank failure by its kind', async () => {
    skill.sandbox.control.failNext('accounts.list', 'unavailable');
    await speaker(skill, 'alexa')('Balance');
    expect(sample(await scrape(skill), 'voicebank_bank_calls_total{adapter="sandbox",operation="accounts.list",outcome="unavailable"}')).toBe(1);
  });

  it('has no token, amount, name, account or id in any label', () => {
    // Every label value, less the histogram buckets' own le="..." bounds.
    const values = [...text.matchAll(/(\w+)="([^"]*)"/g)].filter((m) => m[1] !== 'le').map((m) => m[2] ?? '');
    const forbidden = [...secretsOf(booksOf(skill, 'demo')), 'demo', '42', 'Bob', 'TESTUSER', 'session', 'amzn1', 'projects/'];
    const leaks = forbidden.filter((secret) => values.some((v) => v === secret || (secret.length >= 4 && v.includes(secret))));
    expect(leaks).toEqual([]);
    // No figure anywhere but in the HTTP status.
    const statuses = [...text.matchAll(/status="([^"]*)"/g)].map((m) => m[1]);
    expect(statuses.every((s) => /^\d{3}$/.test(s ?? ''))).toBe(true);
    expect(values.filter((v) => /\d/.test(v) && !statuses.includes(v))).toEqual([]);
  });
});

describe('who may scrape', () => {
  it('answers loopback callers outside production, and no one else without a token', () => {
    expect(metricsAllowed({ NODE_ENV: 'development' }, undefined, '127.0.0.1')).toBe(true);
    expect(metricsAllowed({ NODE_ENV: 'development' }, undefined, '::ffff:127.0.0.1')).toBe(true);
    expect(metricsAllowed({ NODE_ENV: 'development' }, undefined, '10.0.0.7')).toBe(false);
    expect(metricsAllowed({ NODE_ENV: 'production' }, undefined, '127.0.0.1')).toBe(false);
  });

  it('asks for the bearer token wherever one is set, production included', async () => {
    const token = 'metrics-token-0123456789';
    expect(metricsAllowed({ NODE_ENV: 'production', METRICS_TOKEN: token }, `Bearer ${token}`, '10.0.0.7')).toBe(true);
    expect(metricsAllowed({ NODE_ENV: 'production', METRICS_TOKEN: token }, 'Bearer wrong', '127.0.0.1')).toBe(false);
    const skill = startSkill({ env: { METRICS_TOKEN: token } });
    expect((await request(skill.app).get('/metrics')).status).toBe(404);
    const res = await request(skill.app).get('/metrics').set('authorization', `Bearer ${token}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('voicebank_turns_total');
  });
});
