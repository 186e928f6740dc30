/**
 * Record mode: the skill configured for a Berlin Group bank with BG_RECORD_DIR writes every
 * exchange without tokens, consent ids or IBANs, and the recording replays as a test.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import nock from 'nock';
import { fixedClock } from '../../fulfillment/kit/clock';
import { loadConfig } from '../../skill/config';
import { createRuntime } from '../../skill/server/compose';
import { replayRecording } from '../support/bank-recording';
import { BG_BOOKS, BG_CONSENT, BG_OAUTH, BG_ORIGIN, BG_ROOT, BG_TOKEN, healthyBank, lockDown } from '../support/berlin-group-bank';
import { CaptureLogger } from '../support/capture-logger';
import { ssmlToText, TEST_NOW } from '../support/harness';
import { alexaRequest } from '../support/requests';
import request from 'supertest';

beforeAll(lockDown);
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

function skillOn(dir: string, consentId: string, record: boolean) {
  const links = path.join(dir, `links-${consentId}.json`);
  writeFileSync(links, JSON.stringify({ [BG_TOKEN]: { customerId: 'bg-lena', firstName: 'Lena', oauthToken: BG_OAUTH, consentId } }));
  const env = { NODE_ENV: 'test', BANK_ADAPTER: 'berlin-group', BG_BASE_URL: `${BG_ORIGIN}${BG_ROOT}`, BG_LINKS_FILE: links, ...(record ? { BG_RECORD_DIR: path.join(dir, 'recorded') } : {}) };
  return createRuntime(loadConfig(env), new CaptureLogger(), { clock: fixedClock(TEST_NOW) });
}

async function balance(app: Parameters<typeof request>[0]): Promise<string> {
  const res = await request(app).post('/alexa').set('content-type', 'application/json').send(JSON.stringify(alexaRequest({ intent: 'BalanceIntent' }, { token: BG_TOKEN })));
  return ssmlToText(res.body.response.outputSpeech.ssml);
}

it('records a conversation with the bank, redacted, and replays it with the same answer', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bg-record-'));
  healthyBank();
  const live = await balance(skillOn(dir, BG_CONSENT, true).app);
  expect(live).toContain('€2,450.17');

  const file = path.join(dir, 'recorded', 'berlin-group.jsonl');
  const recorded = readFileSync(file, 'utf8');
  expect(recorded.trim().split('\n').length).toBeGreaterThanOrEqual(3);
  for (const secret of [BG_OAUTH, BG_CONSENT, BG_BOOKS.current.iban, BG_BOOKS.savings.iban, BG_TOKEN]) expect(recorded).not.toContain(secret);
  expect(recorded).toContain('recorded-consent-1');

  nock.cleanAll();
  const replay = replayRecording(file, BG_ORIGIN);
  expect(await balance(skillOn(dir, 'recorded-consent-1', false).app)).toBe(live);
  expect(replay.isDone()).toBe(true);
});
