/** Webhook authentication, production rules, input limits, rate limits, SSML injection and safe errors. */
import { Writable } from 'node:stream';
import request from 'supertest';
import type { BankAdapter } from '../../fulfillment/banks/bank-adapter';
import { createSandboxBank } from '../../fulfillment/banks/sandbox/sandbox-bank';
import { fixedClock } from '../../fulfillment/kit/clock';
import { ok } from '../../fulfillment/kit/result';
import { ConfigError, loadConfig } from '../../skill/config';
import { createLogger } from '../../skill/server/logger';
import { startSkill, TEST_NOW } from '../support/harness';
import { PRODUCTION_ENV } from '../support/production-env';
import { alexaRequest, dialogflowRequest } from '../support/requests';
import { standaloneDigits } from '../support/standalone-digits';

const SECRET = 'a-long-webhook-secret-for-tests';

describe('the Dialogflow webhook secret', () => {
  const skill = startSkill({ env: { DIALOGFLOW_SECRET: SECRET } });
  const body = () => JSON.stringify(dialogflowRequest('Balance', {}, { token: 'demo' }));

  it.each([
    ['missing', {}],
    ['wrong', { authorization: 'Bearer not-the-secret-at-all' }],
    ['wrong in basic auth', { authorization: `Basic ${Buffer.from('user:nope').toString('base64')}` }],
    ['of another scheme', { authorization: `Token ${SECRET}` }],
    ['followed by more text', { authorization: `Bearer ${SECRET} trailing` }],
  ])('answers 401 when it is %s, before any bank call', async (_name, headers) => {
    const before = skill.sandbox.control.calls();
    const res = await skill.postRaw('/dialogflow', body(), headers);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: 'unauthorized' });
    expect(res.headers['www-authenticate']).toBe('Bearer realm="webhook", Basic realm="webhook", charset="UTF-8"');
    expect(skill.sandbox.control.calls()).toEqual(before);
  });

  it.each([
    ['a bearer token', `Bearer ${SECRET}`],
    ['basic auth', `Basic ${Buffer.from(`dialogflow:${SECRET}`).toString('base64')}`],
  ])('accepts the secret as %s', async (_name, authorization) => {
    const res = await skill.postRaw('/dialogflow', body(), { authorization });
    expect(res.status).toBe(200);
    expect(res.body.fulfillmentText).toMatch(/^Your checking account has/);
  });
});

describe('production mode', () => {
  const production = { ...PRODUCTION_ENV, DIALOGFLOW_SECRET: SECRET };
  const problems = (env: Record<string, string | undefined>) => {
    try {
      loadConfig(env);
      return [];
    } catch (error) {
      return error instanceof ConfigError ? error.problems : ['not a ConfigError'];
    }
  };

  it('starts with verification, a skill id, a Dialogflow secret and what linking and the records need', () => {
    expect(problems(production)).toEqual([]);
  });

  it('refuses the sandbox and its demo data unless SANDBOX_IN_PRODUCTION=yes says so', () => {
    expect(problems({ ...production, SANDBOX_IN_PRODUCTION: undefined }).join()).toMatch(/BANK_ADAPTER: production refuses the sandbox bank/);
    expect(problems({ ...production, SANDBOX_IN_PRODUCTION: 'no' }).join()).toMatch(/SANDBOX_IN_PRODUCTION=yes/);
  });

  it('asks only for the settings of the platforms it serves', () => {
    const alexaOnly = { ...production, PLATFORMS: 'alexa', DIALOGFLOW_SECRET: undefined };
    expect(problems(alexaOnly)).toEqual([]);
    const dialogflowOnly = { ...production, PLATFORMS: 'dialogflow', ALEXA_SKILL_IDS: undefined, ALEXA_CLIENT_SECRET: undefined, ALEXA_REDIRECT_URLS: undefined };
    expect(problems(dialogflowOnly)).toEqual([]);
    expect(problems({ ...production, PLATFORMS: 'siri' }).join()).toMatch(/PLATFORMS/);
  });

  it('refuses to start without what account linking and the records need', () => {
    for (const name of ['PUBLIC_URL', 'COOKIE_KEYS', 'LINK_KEYS', 'DATABASE_URL', 'ALEXA_CLIENT_SECRET', 'ALEXA_REDIRECT_URLS']) {
      expect(problems({ ...production, [name]: undefined }).join()).toMatch(new RegExp(name));
    }
    expect(problems({ ...production, PUBLIC_URL: 'http://skill.bank.example' }).join()).toMatch(/PUBLIC_URL/);
    expect(problems({ ...production, LINK_KEYS: 'k1:c2hvcnQ=' }).join()).toMatch(/LINK_KEYS: each key is id:base64 of 32 bytes/);
    expect(problems({ ...production, BG_LINKS_FILE: '/etc/links.json' }).join()).toMatch(/BG_LINKS_FILE/);
    expect(problems({ ...production, RECORDS: 'memory' }).join()).toMatch(/RECORDS/);
  });

  it('refuses verification turned off', () => {
    expect(problems({ ...production, ALEXA_VERIFY: 'off' }).join()).toMatch(/ALEXA_VERIFY/);
  });

  it('refuses to start without a skill id', () => {
    expect(problems({ ...production, ALEXA_SKILL_IDS: undefined }).join()).toMatch(/ALEXA_SKILL_IDS/);
  });

  it('refuses to start without a Dialogflow secret', () => {
    expect(problems({ ...production, DIALOGFLOW_SECRET: undefined }).join()).toMatch(/DIALOGFLOW_SECRET/);
  });

  it('refuses development mode on a public address', () => {
    expect(problems({ NODE_ENV: 'development', HOST: '0.0.0.0' }).join()).toMatch(/loopback only/);
    // Test mode verifies no more than development does: it may not listen beyond loopback either.
    expect(problems({ NODE_ENV: 'test', HOST: '0.0.0.0' }).join()).toMatch(/test mode serves unverified requests and listens on loopback only/);
    expect(problems({ NODE_ENV: 'test', HOST: '127.0.0.1' }).join()).not.toMatch(/HOST/);
    expect(problems({ NODE_ENV: 'development', HOST: '127.0.0.1' })).toEqual([]);
  });
});

describe('input limits', () => {
  it('refuses JSON nested deeper than 32 levels', async () => {
    const skill = startSkill();
    const deep = '{"a":'.repeat(40) + '1' + '}'.repeat(40);
    const res = await skill.postRaw('/dialogflow', deep, {});
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: 'body nests too deeply' });
  });

  it('refuses over-long strings in the platform request', async () => {
    const skill = startSkill();
    const res = await skill.post('/dialogflow', dialogflowRequest('Balance', { account: 'x'.repeat(5000) }, { token: 'demo' }));
    expect(res.status).toBe(400);
  });
});

describe('rate limits', () => {
  it('answers 429 with Retry-After past the per-customer limit', async () => {
    const skill = startSkill({ env: { RATE_LIMIT_PER_CUSTOMER: '3' } });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await skill.post('/alexa', alexaRequest({ intent: 'BalanceIntent' }, { token: 'demo' }))).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const res = await skill.post('/alexa', alexaRequest({ intent: 'BalanceIntent' }, { token: 'demo' }));
    expect(res.headers['retry-after']).toBe('60');
    expect((await skill.post('/alexa', alexaRequest({ intent: 'BalanceIntent' }, { token: 'demo-2' }))).status).toBe(200);
  });

  it('answers 429 past the per-address limit', async () => {
    const skill = startSkill({ env: { RATE_LIMIT_PER_IP: '2' } });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await skill.post('/dialogflow', dialogflowRequest('Help'))).status);
    expect(statuses).toEqual([200, 200, 429]);
  });
});

describe('data-derived speech', () => {
  it('speaks a payee named like markup literally, escaped in SSML', async () => {
    const sandbox = createSandboxBank({ clock: fixedClock(TEST_NOW) });
    const hostile = 'Anna</speak><audio src="x"/>';
    const bank: BankAdapter = {
      ...sandbox,
      payees: { list: async (s) => {
        const real = await sandbox.payees?.list(s);
        if (!real) throw new Error('the sandbox has payees');
        return real.ok ? ok(real.value.map((p, i) => (i === 0 ? { ...p, name: hostile } : p))) : real;
      } },
    };
    const skill = startSkill({ overrides: { bank }, sandbox });
    const res = await skill.post('/alexa', alexaRequest({ intent: 'ListPayeesIntent' }, { token: 'demo' }));
    const ssml: string = res.body.response.outputSpeech.ssml;
    expect(ssml).toContain('Anna&lt;/speak&gt;&lt;audio src=&quot;x&quot;/&gt;');
    expect(ssml.match(/<[^>]+>/g)).toEqual(['<speak>', '</speak>']);
  });
});

describe('control characters', () => {
  // eslint-disable-next-line no-control-regex -- looking for them is the point
  const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

  it('in a slot value never reach the SSML', async () => {
    const skill = startSkill();
    const res = await skill.post('/alexa', alexaRequest({ intent: 'TransferIntent', slots: { amount: '5', payee: 'Zed\u0000\u001b[2J\u0007Quux\u0085' } }, { token: 'demo' }));
    const ssml: string = res.body.response.outputSpeech.ssml;
    expect(ssml).toMatch(/Zed/);
    expect(ssml).not.toMatch(CONTROL);
  });

  it('in a payee name from the bank never reach the SSML, and the words they separated stay apart', async () => {
    const sandbox = createSandboxBank({ clock: fixedClock(TEST_NOW) });
    const bank: BankAdapter = {
      ...sandbox,
      payees: { list: async (s) => {
        const real = await sandbox.payees?.list(s);
        if (!real) throw new Error('the sandbox has payees');
        return real.ok ? ok(real.value.map((p, i) => (i === 0 ? { ...p, name: 'Anna\u0000\u000bSchmidt\u001f' } : p))) : real;
      } },
    };
    const skill = startSkill({ overrides: { bank }, sandbox });
    const res = await skill.post('/alexa', alexaRequest({ intent: 'ListPayeesIntent' }, { token: 'demo' }));
    const ssml: string = res.body.response.outputSpeech.ssml;
    expect(ssml).toContain('Anna Schmidt');
    expect(ssml).not.toMatch(CONTROL);
  });
});

describe('logs', () => {
  it('redacts tokens, PINs, IBANs and amounts wherever they appear in a log object', () => {
    let out = '';
    const sink = new Writable({ write(chunk, _enc, done) { out += chunk.toString(); done(); } });
    const logger = createLogger('info', sink);
    logger.info({ accessToken: 'tok-123', pin: '4321', iban: 'DE89370400440532013000', amount: 5000, nested: { accessToken: 'tok-456', pin: '9999' } }, 'x');
    for (const secret of ['tok-123', 'tok-456', 'DE89370400440532013000']) expect(out).not.toContain(secret);
    expect(out).not.toMatch(standaloneDigits('4321', '9999', '5000'));
    expect(out).toContain('[redacted]');
  });

  it('answers a bank adapter that throws as a bank not responding, and logs the fault without its message', async () => {
    const sandbox = createSandboxBank({ clock: fixedClock(TEST_NOW) });
    const bank: BankAdapter = { ...sandbox, accounts: { list: async () => { throw new Error('account 4321 broke at /secret/path'); } } };
    const skill = startSkill({ overrides: { bank }, sandbox });
    const res = await request(skill.app).post('/dialogflow').set('content-type', 'application/json').send(JSON.stringify(dialogflowRequest('Balance', {}, { token: 'demo' })));
    expect(res.status).toBe(200);
    expect(res.body.fulfillmentText).toBe("Your bank isn't responding right now. Please try again in a little while.");
    const logged = skill.logger.lines.join('\n');
    expect(logged).toContain('"event":"bank-adapter-fault"');
    expect(logged).not.toMatch(standaloneDigits('4321'));
    expect(logged).not.toContain('/secret/path');
  });

  it('answers a bug with a generic apology and logs a correlation id, no message or stack', async () => {
    const links = { resolve: async () => { throw new Error('account 4321 broke at /secret/path'); } };
    const skill = startSkill({ overrides: { links } });
    const res = await request(skill.app).post('/dialogflow').set('content-type', 'application/json').send(JSON.stringify(dialogflowRequest('Balance', {}, { token: 'demo' })));
    expect(res.status).toBe(200);
    expect(res.body.fulfillmentText).toBe('Sorry, something went wrong on my side. Please try again.');
    const logged = skill.logger.lines.join('\n');
    expect(logged).toMatch(/"correlationId":"[0-9a-f-]{36}"/);
    expect(logged).not.toMatch(standaloneDigits('4321'));
    expect(logged).not.toContain('/secret/path');
    expect(JSON.stringify(res.body)).not.toContain('secret');
  });
});
