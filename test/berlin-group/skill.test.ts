/**
 * The whole skill on a Berlin Group bank over nock, on both platforms: balances and
 * transactions spoken from the bank's decimal strings, and every fault of the issue answered
 * with clear words, never a platform error.
 */
import nock from 'nock';
import request from 'supertest';
import type { BankAdapter } from '../../fulfillment/banks/bank-adapter';
import { createBerlinGroupBank } from '../../fulfillment/banks/berlin-group/adapter';
import { fixedClock } from '../../fulfillment/kit/clock';
import type { IntentName } from '../../fulfillment/pipeline/intent-catalog';
import { parseDecimal } from '../../fulfillment/kit/money';
import { formatMoney } from '../../fulfillment/speech/money';
import { PLATFORM_NAMES } from '../../models/source/platform-names';
import { loadConfig } from '../../skill/config';
import { createRuntime } from '../../skill/server/compose';
import { berlinGroupBank, bankScope, bgLinks, BG_BOOKS, BG_CONSENT, BG_ROOT, BG_SESSION, BG_TOKEN, healthyBank, lockDown } from '../support/berlin-group-bank';
import { CaptureLogger } from '../support/capture-logger';
import { ssmlToText, TEST_NOW } from '../support/harness';
import { alexaRequest, dialogflowRequest } from '../support/requests';

beforeAll(lockDown);
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

const euros = (decimal: string) => {
  const m = parseDecimal(decimal, 'EUR');
  if (!m.ok) throw new Error(decimal);
  return formatMoney(m.value, 'en-US');
};

interface Heard {
  readonly status: number;
  readonly text: string;
  readonly linkCard: boolean;
  readonly ms: number;
}

async function say(bank: BankAdapter, platform: 'alexa' | 'dialogflow', intent: IntentName, slots: Record<string, string> = {}): Promise<Heard> {
  const runtime = createRuntime(loadConfig({ NODE_ENV: 'test' }), new CaptureLogger(), { clock: fixedClock(TEST_NOW), bank, links: bgLinks() });
  const names = PLATFORM_NAMES[intent];
  const body =
    platform === 'alexa'
      ? alexaRequest(names.alexa ? { intent: names.alexa, slots } : 'launch', { token: BG_TOKEN })
      : dialogflowRequest(names.dialogflow, slots, { token: BG_TOKEN });
  const started = Date.now();
  const res = await request(runtime.app).post(`/${platform}`).set('content-type', 'application/json').send(JSON.stringify(body));
  const ms = Date.now() - started;
  if (platform === 'alexa') {
    const r = res.body.response ?? {};
    return { status: res.status, text: ssmlToText(r.outputSpeech?.ssml ?? ''), linkCard: r.card?.type === 'LinkAccount', ms };
  }
  return { status: res.status, text: res.body.fulfillmentText ?? '', linkCard: JSON.stringify(res.body.payload ?? {}).includes('SIGN_IN'), ms };
}

const NOT_RESPONDING = "Your bank isn't responding right now. Please try again in a little while.";
const accountsPath = `${BG_ROOT}/v1/accounts`;
const consentOk = () => bankScope().get(`${BG_ROOT}/v1/consents/${BG_CONSENT}/status`).reply(200, { consentStatus: 'valid' });

describe.each(['alexa', 'dialogflow'] as const)('on %s', (platform) => {
  it('speaks every balance from the bank, the one from its own balances call too', async () => {
    healthyBank();
    const heard = await say(berlinGroupBank(), platform, 'Balance');
    expect(heard.status).toBe(200);
    expect(heard.text).toContain(euros(BG_BOOKS.current.interimBooked));
    expect(heard.text).toContain(euros(BG_BOOKS.savings.interimBooked));
  });

  it('reads the latest transactions, the pending one first', async () => {
    healthyBank();
    const heard = await say(berlinGroupBank(), platform, 'RecentTransactions');
    expect(heard.status).toBe(200);
    expect(heard.text).toContain('Rewe');
    expect(heard.text).toContain(euros('7.50'));
    expect(heard.text.indexOf('Rewe')).toBeLessThan(heard.text.indexOf('Spotify'));
  });

  it('reads payees from the trusted beneficiaries, the example format included', async () => {
    healthyBank();
    const heard = await say(berlinGroupBank(), platform, 'ListPayees');
    expect(heard.text).toContain('Anna Schmidt');
    expect(heard.text).toContain('Anna Lee');
  });

  it('answers a 500 (retried once) with "not responding"', async () => {
    const scope = consentOk().get(accountsPath).query(true).times(2).reply(500, 'oops');
    expect((await say(berlinGroupBank(), platform, 'Balance')).text).toBe(NOT_RESPONDING);
    expect(scope.isDone()).toBe(true);
  });

  it('answers a 429 with Retry-After without retrying', async () => {
    const scope = consentOk().get(accountsPath).query(true).once().reply(429, { tppMessages: [{ category: 'ERROR', code: 'ACCESS_EXCEEDED' }] }, { 'Retry-After': '30' });
    expect((await say(berlinGroupBank(), platform, 'Balance')).text).toBe(NOT_RESPONDING);
    expect(scope.isDone()).toBe(true);
  });

  it('speaks the available balance of an account the bank reports no booked balance for, never "no accounts"', async () => {
    consentOk().get(accountsPath).query(true).reply(200, {
      accounts: [{ resourceId: 'a1', iban: 'DE89370400440532013000', currency: 'EUR', cashAccountType: 'CACC', balances: [{ balanceType: 'interimAvailable', balanceAmount: { currency: 'EUR', amount: '812.30' } }] }],
    });
    expect((await say(berlinGroupBank(), platform, 'Balance')).text).toContain(euros('812.30'));
  });

  it('answers malformed JSON', async () => {
    consentOk().get(accountsPath).query(true).reply(200, '{"accounts": [', { 'content-type': 'application/json' });
    expect((await say(berlinGroupBank(), platform, 'Balance')).text).toBe(NOT_RESPONDING);
  });

  it('answers a body that breaks the schema, and never speaks a float', async () => {
    consentOk().get(accountsPath).query(true).reply(200, { accounts: [{ resourceId: 'x', currency: 'EUR', balances: [{ balanceType: 'interimBooked', balanceAmount: { currency: 'EUR', amount: 12.5 } }] }] });
    expect((await say(berlinGroupBank(), platform, 'Balance')).text).toBe(NOT_RESPONDING);
  });

  it('answers a bank that hangs for 10 s at its own 1.5 s timeout, not at the bank\'s pace', async () => {
    consentOk().get(accountsPath).query(true).delay(10_000).reply(200, { accounts: [] });
    const heard = await say(berlinGroupBank({ timeoutMs: 1500 }), platform, 'Balance');
    expect(heard.text).toBe(NOT_RESPONDING);
    // The platform's 4.5 s is the bench's target; this bound only tells the timeout from the hang.
    expect(heard.ms).toBeLessThan(8000);
  });

  it('asks to link again when the consent expired', async () => {
    bankScope().get(`${BG_ROOT}/v1/consents/${BG_CONSENT}/status`).reply(200, { consentStatus: 'expired' });
    const heard = await say(berlinGroupBank(), platform, 'Balance');
    expect(heard.text).toMatch(/link your account again/);
    expect(heard.linkCard).toBe(true);
    expect(heard.text).not.toMatch(/€|\d+\.\d\d/);
  });

  it('asks to link again when the bank refuses the token with CONSENT_EXPIRED', async () => {
    consentOk().get(accountsPath).query(true).reply(401, { tppMessages: [{ category: 'ERROR', code: 'CONSENT_EXPIRED', text: 'consent expired' }] });
    expect((await say(berlinGroupBank(), platform, 'Balance')).text).toMatch(/link your account again/);
  });
});

describe('the circuit breaker', () => {
  it('stops calling a bank that keeps failing, and answers at once until it may try again', async () => {
    const bank = createBerlinGroupBank({
      baseUrl: `https://psd2.bank.example${BG_ROOT}`,
      timeoutMs: 1000,
      readRetries: 0,
      breaker: { failures: 3, halfOpenAfterMs: 60_000 },
      clock: fixedClock(TEST_NOW),
    });
    const failing = bankScope().get(`${BG_ROOT}/v1/consents/${BG_CONSENT}/status`).times(3).reply(503, 'down');
    for (let i = 0; i < 3; i += 1) expect(await bank.identify(BG_SESSION)).toEqual({ ok: false, error: { kind: 'unavailable' } });
    expect(failing.isDone()).toBe(true);
    // Open now: the bank would answer, but no request reaches it and the answer is immediate.
    const healthy = bankScope().get(`${BG_ROOT}/v1/consents/${BG_CONSENT}/status`).reply(200, { consentStatus: 'valid' });
    const started = Date.now();
    expect(await bank.identify(BG_SESSION)).toEqual({ ok: false, error: { kind: 'unavailable' } });
    // Far below the 1 s timeout a call to the bank could take, far above a busy machine's pause.
    expect(Date.now() - started).toBeLessThan(500);
    expect(healthy.isDone()).toBe(false);
  });
});
