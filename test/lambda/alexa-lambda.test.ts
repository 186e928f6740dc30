/**
 * The Lambda bundle: built with esbuild, free of the Dialogflow tooling, loaded by plain node
 * in a child process and invoked with a real Alexa LaunchRequest (from ../shared/fixtures),
 * then a balance request: the customer hears their balance. Requests for another skill or
 * from long ago are refused.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundleLambda } from '../../tools/bundle-lambda';
import { testDatabase, type TestDatabase } from '../support/databases';
import { LinkingClient } from '../support/linking-client';
import { startLinkedSkill, type LinkedSkill } from '../support/linked-skill';
import { serviceMissing } from '../support/services';
import { sharedDir } from '../support/shared';
import { printSkip } from '../support/skip-reason';

const FIXTURE = 'fixtures/platform/alexa/ask-sdk-nodejs/express-adapter__requestEnvelope.LaunchRequest.json';
const shared = sharedDir();
const missing = 'missing' in shared ? shared.missing : undefined;
if (missing) printSkip(`skipping the Lambda bundle test: ${missing}`);

interface Envelope {
  session: { new: boolean; application: { applicationId: string }; user: Record<string, unknown> };
  context: { System: { user: Record<string, unknown> } };
  request: Record<string, unknown>;
}

/** The real LaunchRequest, linked to the demo customer and sent now. */
function realLaunch(dir: string): Envelope {
  const envelope = JSON.parse(readFileSync(path.join(dir, FIXTURE), 'utf8')) as Envelope;
  envelope.session.user.accessToken = 'demo';
  envelope.context.System.user.accessToken = 'demo';
  envelope.request.timestamp = new Date().toISOString();
  return envelope;
}

function invoke(bundle: string, events: unknown[], env: Record<string, string>): Promise<{ answers: { ok: boolean; response?: { response: { outputSpeech?: { ssml: string } } }; error?: string }[]; requireMs: number; firstInvokeMs: number; wallMs: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [path.join(__dirname, 'invoke-bundle.js'), bundle], { env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => void (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => void (err += c.toString()));
    child.on('exit', (code) => (code === 0 ? resolve({ ...JSON.parse(out), wallMs: performance.now() - started }) : reject(new Error(`exit ${code}: ${err}`))));
    child.stdin.end(JSON.stringify(events));
  });
}

(missing ? describe.skip : describe)('the Alexa Lambda bundle', () => {
  let bundle: { file: string; bytes: number; forbidden: string[] };
  beforeAll(async () => {
    bundle = await bundleLambda(mkdtempSync(path.join(tmpdir(), 'voice-banking-lambda-')));
  }, 30_000);

  it('holds none of the tooling: no @google-cloud code, no simulator, no express', () => {
    expect(bundle.forbidden).toEqual([]);
    expect(readFileSync(bundle.file, 'utf8')).not.toContain('@google-cloud');
  });

  it('answers a real LaunchRequest and then the balance, in a fresh node process', async () => {
    const launch = realLaunch((shared as { dir: string }).dir);
    const balance = {
      ...launch,
      session: { ...launch.session, new: false },
      request: { ...launch.request, type: 'IntentRequest', requestId: 'amzn1.echo-api.request.balance-1', intent: { name: 'BalanceIntent', confirmationStatus: 'NONE', slots: {} } },
    };
    const result = await invoke(bundle.file, [launch, balance], { ALEXA_SKILL_IDS: launch.session.application.applicationId });
    const [opened, told] = result.answers;
    expect(opened?.response?.response.outputSpeech?.ssml).toMatch(/^<speak>Welcome back, Alex\./);
    expect(told?.response?.response.outputSpeech?.ssml).toMatch(/^<speak>Your checking account has \$2,450\.17, your savings account has \$12,800\.00/);
    console.log(
      `Lambda bundle: ${(bundle.bytes / 1024).toFixed(0)} KiB; cold init ${result.wallMs.toFixed(0)} ms from spawn to first answer ` +
        `(require ${result.requireMs.toFixed(0)} ms, first invoke ${result.firstInvokeMs.toFixed(0)} ms)`,
    );
  }, 20_000);

  it('refuses another skill\'s request and a stale one, by throwing', async () => {
    const launch = realLaunch((shared as { dir: string }).dir);
    const stale = { ...launch, request: { ...launch.request, timestamp: new Date(Date.now() - 151_000).toISOString() } };
    const result = await invoke(bundle.file, [launch, stale], { ALEXA_SKILL_IDS: 'amzn1.ask.skill.someone-else' });
    expect(result.answers.map((a) => a.error)).toEqual(['request refused: skill id', 'request refused: timestamp']);
  }, 20_000);
});

const withoutPostgres = missing ?? serviceMissing('postgres');
if (withoutPostgres && !missing) printSkip(`skipping the Lambda with linked customers: ${withoutPostgres}`);

(withoutPostgres ? describe.skip : describe)('the Alexa Lambda with linked customers', () => {
  const opened: { db?: TestDatabase; skill?: LinkedSkill; bundle?: string } = {};
  beforeAll(async () => {
    opened.db = await testDatabase('postgres');
    opened.skill = await startLinkedSkill(opened.db);
    opened.bundle = (await bundleLambda(mkdtempSync(path.join(tmpdir(), 'voice-banking-lambda-')))).file;
  }, 60_000);
  afterAll(async () => {
    await opened.skill?.close();
    await opened.db?.close();
  });

  it('answers with a token the linking server issued, checked in PostgreSQL without oidc-provider', async () => {
    const { db, skill, bundle } = opened;
    if (!db?.url || !skill || !bundle) throw new Error('the test did not start');
    const alexa = new LinkingClient({ baseUrl: skill.baseUrl, ...skill.alexa });
    const { code, verifier } = await alexa.linkSandbox('alex', '2468');
    const token = String((await alexa.redeem(code, verifier)).body.access_token);
    const launch = realLaunch((shared as { dir: string }).dir);
    const asked = (accessToken: string, requestId: string) => ({
      ...launch,
      session: { ...launch.session, new: false, user: { ...launch.session.user, accessToken } },
      context: { ...launch.context, System: { ...launch.context.System, user: { ...launch.context.System.user, accessToken } } },
      request: { ...launch.request, type: 'IntentRequest', requestId, intent: { name: 'BalanceIntent', confirmationStatus: 'NONE', slots: {} } },
    });
    const env = { ALEXA_SKILL_IDS: launch.session.application.applicationId, DATABASE_URL: db.url, PUBLIC_URL: skill.baseUrl };
    const result = await invoke(bundle, [asked(token, 'amzn1.echo-api.request.linked-1'), asked(`${token}x`, 'amzn1.echo-api.request.linked-2')], env);
    const [linked, unknown] = result.answers;
    expect(linked?.response?.response.outputSpeech?.ssml).toMatch(/^<speak>Your checking account has \$2,450\.17/);
    expect(unknown?.response?.response).toMatchObject({ card: { type: 'LinkAccount' } });
  }, 60_000);
});
