/**
 * Amazon's certification security checks, as tests: every failure is HTTP 400 with a fixed
 * body, before any handler runs, with a security event in the log and, for a bad certificate
 * URL, no outbound fetch at all.
 */
import { CERT_FAILURE_TTL_MS, CertSource } from '../../skill/alexa/verify/cert-source';
import { checkCertUrl } from '../../skill/alexa/verify/cert-url';
import { alexaRequest } from '../support/requests';
import { CERT_URL, startSignedSkill, testCa, TEST_SKILL_ID, type SignedSkill } from '../support/signed-skill';
import { signBody } from '../support/test-ca';

const launch = (overrides: { timestamp?: string; skillId?: string; requestId?: string } = {}) => {
  const body = alexaRequest('launch', { token: 'demo', ...(overrides.requestId ? { requestId: overrides.requestId } : {}) }) as {
    request: { timestamp: string };
    context: { System: { application: { applicationId: string } } };
    session: { application: { applicationId: string } };
  };
  body.request.timestamp = overrides.timestamp ?? new Date('2026-11-20T15:30:00.000Z').toISOString();
  body.context.System.application.applicationId = overrides.skillId ?? TEST_SKILL_ID;
  body.session.application.applicationId = overrides.skillId ?? TEST_SKILL_ID;
  return JSON.stringify(body);
};

let s: SignedSkill;
beforeEach(() => {
  s = startSignedSkill();
});

const expectRefused = (res: { status: number; body: unknown }) => {
  expect(res.status).toBe(400);
  expect(res.body).toEqual({ error: 'bad request' });
  expect(s.skill.sandbox.control.calls()).toEqual({});
  expect(s.skill.logger.lines.some((l) => l.includes('"security":true'))).toBe(true);
};

it('answers a correctly signed request', async () => {
  const res = await s.postSigned(launch());
  expect(res.status).toBe(200);
  expect(res.body.response.outputSpeech.ssml).toMatch(/Welcome back, Alex/);
  expect(s.fetched).toEqual([CERT_URL]);
});

it('fetches and checks the certificate once, then verifies from the cache', async () => {
  for (let i = 0; i < 3; i += 1) expect((await s.postSigned(launch())).status).toBe(200);
  expect(s.fetched).toHaveLength(1);
});

it.each([
  ['no headers', {}],
  ['no signature', { signaturecertchainurl: CERT_URL }],
  ['no certificate url', { 'signature-256': 'c2lnbmF0dXJl' }],
])('refuses a request with %s', async (_name, headers) => {
  expectRefused(await s.post(launch(), headers));
  expect(s.fetched).toEqual([]);
});

const URL_CASES: [string, boolean][] = [
  ['https://s3.amazonaws.com/echo.api/echo-api-cert.pem', true],
  ['https://s3.amazonaws.com:443/echo.api/echo-api-cert.pem', true],
  ['https://S3.AMAZONAWS.COM/echo.api/echo-api-cert.pem', true],
  ['https://s3.amazonaws.com/echo.api/../echo.api/echo-api-cert.pem', false],
  ['https://s3.amazonaws.com/echo.api/../other/echo-api-cert.pem', false],
  ['https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem', false],
  ['https://s3.amazonaws.com/ECHO.API/echo-api-cert.pem', false],
  ['https://s3.amazonaws.com/invalid.path/echo-api-cert.pem', false],
  ['http://s3.amazonaws.com/echo.api/echo-api-cert.pem', false],
  ['https://notamazon.com/echo.api/echo-api-cert.pem', false],
  ['https://invalid.s3.amazonaws.com/echo.api/echo-api-cert.pem', false],
  ['https://s3.amazonaws.com.evil.example/echo.api/echo-api-cert.pem', false],
  ['https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem', false],
  ['https://s3.amazonaws.com/echo.api%2F..%2Fother/echo-api-cert.pem', false],
  ['https://s3.amazonaws.com/echo.api/%2e%2e/other/echo-api-cert.pem', false],
  ['https://s3.amazonaws.com/echo.api\\..\\other\\echo-api-cert.pem', false],
  ['https://user:pass@s3.amazonaws.com/echo.api/echo-api-cert.pem', false],
  ['https://s3.amazonaws.com/echo.api/echo-api-cert.pem?x=1', false],
  ['https://s3.amazonaws.com/echo.api/echo-api-cert.pem#frag', false],
  ['https://s3.amazonaws.com/echo.api/', false],
  ['ftp://s3.amazonaws.com/echo.api/echo-api-cert.pem', false],
  ['not a url', false],
];

describe('the certificate URL', () => {
  it.each(URL_CASES)('%s is %s', (url, valid) => {
    expect(checkCertUrl(url).ok).toBe(valid);
  });

  it.each(URL_CASES.filter(([, valid]) => !valid))('refuses %s over HTTP without fetching anything', async (url) => {
    const body = launch();
    expectRefused(await s.post(body, { signaturecertchainurl: url, 'signature-256': signBody(body, testCa().good.keyPem) }));
    expect(s.fetched).toEqual([]);
  });
});

describe('the certificate', () => {
  it.each([
    ['expired', () => testCa().expired],
    ['not yet valid', () => testCa().notYetValid],
    ['for another name', () => testCa().wrongName],
    ['self-signed', () => testCa().selfSigned],
  ])('refuses a chain whose leaf is %s', async (_name, pick) => {
    const chain = pick();
    s.serve(chain.chain);
    expectRefused(await s.postSigned(launch(), chain.keyPem));
  });

  it.each([
    ['an end-entity certificate (not a CA, no keyUsage) under the trusted intermediate', () => testCa().byEndEntity, 'not-a-ca'],
    ['a CA whose keyUsage does not allow signing certificates', () => testCa().byNoCertSign, 'not-a-ca'],
  ])('refuses an echo-api leaf issued by %s', async (_name, pick, problem) => {
    const chain = pick();
    s.serve(chain.chain);
    expectRefused(await s.postSigned(launch(), chain.keyPem));
    expect(s.skill.logger.lines.some((l) => l.includes(`"reason":"certificate: ${problem}"`))).toBe(true);
  });

  it('refuses unparsable certificate text', async () => {
    s.serve('-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----');
    expectRefused(await s.postSigned(launch()));
  });

  it('re-checks a cached certificate: once it expires, requests are refused', async () => {
    expect((await s.postSigned(launch())).status).toBe(200);
    s.clock.advance((testCa().goodUntil.getTime() - Date.parse('2026-11-20T15:30:00Z')) / 1000 + 60);
    const later = new Date(s.clock.now()).toISOString();
    const before = s.skill.sandbox.control.calls();
    const res = await s.postSigned(launch({ timestamp: later }));
    expect(res.status).toBe(400);
    expect(s.skill.sandbox.control.calls()).toEqual(before);
    expect(s.fetched).toHaveLength(1);
  });
});

describe('the signature', () => {
  it('refuses a signature by another key', async () => {
    expectRefused(await s.postSigned(launch(), testCa().expired.keyPem));
  });

  it('refuses a body changed after signing, even by one space', async () => {
    const body = launch();
    const signature = signBody(body, testCa().good.keyPem);
    expectRefused(await s.post(`${body} `, { signaturecertchainurl: CERT_URL, 'signature-256': signature }));
  });

  it('refuses a signature that is not base64 of anything', async () => {
    expectRefused(await s.post(launch(), { signaturecertchainurl: CERT_URL, 'signature-256': '!!!' }));
  });
});

describe('the timestamp', () => {
  it.each([
    ['151 seconds old', -151],
    ['151 seconds in the future', 151],
    ['a day old', -86400],
  ])('refuses a request %s', async (_name, seconds) => {
    const at = new Date(Date.parse('2026-11-20T15:30:00Z') + seconds * 1000).toISOString();
    expectRefused(await s.postSigned(launch({ timestamp: at })));
  });

  it.each([-149, 149])('accepts a request %i seconds off', async (seconds) => {
    const at = new Date(Date.parse('2026-11-20T15:30:00Z') + seconds * 1000).toISOString();
    expect((await s.postSigned(launch({ timestamp: at }))).status).toBe(200);
  });
});

describe('the skill id', () => {
  it('refuses another skill', async () => {
    expectRefused(await s.postSigned(launch({ skillId: 'amzn1.ask.skill.someone-else' })));
  });
});

describe('replays', () => {
  it('never executes a request id twice within five minutes', async () => {
    const body = launch({ requestId: 'amzn1.echo-api.request.replayed' });
    expect((await s.postSigned(body)).status).toBe(200);
    const calls = s.skill.sandbox.control.calls().identify;
    expect((await s.postSigned(body)).status).toBe(400);
    expect(s.skill.sandbox.control.calls().identify).toBe(calls);
  });
});

describe('certificate fetches', () => {
  const NOW = Date.parse('2026-11-20T15:30:00.000Z');
  const roots = () => [testCa().root];
  /** A fetcher that answers when told, counting every fetch. */
  const heldFetcher = () => {
    const waiting: ((answer: string | Error) => void)[] = [];
    let count = 0;
    const fetcher = (_url: string) => {
      count += 1;
      return new Promise<string>((resolve, reject) => waiting.push((answer) => (answer instanceof Error ? reject(answer) : resolve(answer))));
    };
    return { fetcher, count: () => count, answer: (a: string | Error) => waiting.splice(0).forEach((w) => w(a)) };
  };

  it('are shared while in flight: ten concurrent first requests fetch the URL once', async () => {
    const held = heldFetcher();
    const certs = new CertSource(held.fetcher, roots);
    const lookups = Array.from({ length: 10 }, () => certs.keyFor(CERT_URL, NOW));
    held.answer(testCa().good.chain);
    const results = await Promise.all(lookups);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(held.count()).toBe(1);
  });

  it.each([
    ['a failed fetch', (): string | Error => new Error('socket hang up'), 'fetch'],
    ['a chain that fails verification', (): string | Error => testCa().byEndEntity.chain, 'not-a-ca'],
  ])('remember %s briefly: refused without a fetch, fetched again afterwards', async (_name, answer, problem) => {
    const held = heldFetcher();
    const certs = new CertSource(held.fetcher, roots);
    const first = Array.from({ length: 5 }, () => certs.keyFor(CERT_URL, NOW));
    held.answer(answer());
    for (const r of await Promise.all(first)) expect(r).toEqual({ ok: false, problem });
    expect(await certs.keyFor(CERT_URL, NOW + CERT_FAILURE_TTL_MS - 1)).toEqual({ ok: false, problem });
    expect(held.count()).toBe(1);

    const later = certs.keyFor(CERT_URL, NOW + CERT_FAILURE_TTL_MS);
    held.answer(testCa().good.chain);
    expect((await later).ok).toBe(true);
    expect(held.count()).toBe(2);
  });

  it('keep no memory of a failure for another URL', async () => {
    const held = heldFetcher();
    const certs = new CertSource(held.fetcher, roots);
    const failing = certs.keyFor(CERT_URL, NOW);
    held.answer(new Error('timeout'));
    await failing;
    const other = certs.keyFor(CERT_URL.replace('test', 'other'), NOW);
    held.answer(testCa().good.chain);
    expect((await other).ok).toBe(true);
    expect(held.count()).toBe(2);
  });
});
