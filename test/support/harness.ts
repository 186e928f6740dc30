/** A whole skill in a test: fixed clock, sandbox bank, memory store, captured logs, HTTP via supertest. */
import request from 'supertest';
import { fixedClock } from '../../fulfillment/kit/clock';
import type { SandboxBank } from '../../fulfillment/banks/sandbox/sandbox-bank';
import { loadConfig } from '../../skill/config';
import { createRuntime, type Runtime, type RuntimeOverrides } from '../../skill/server/compose';
import { CaptureLogger } from './capture-logger';
import { alexaRequest, dialogflowCxRequest, dialogflowRequest, type RequestOptions } from './requests';

/** The instant every conversation test runs at. */
export const TEST_NOW = '2026-11-20T15:30:00.000Z';

/** A running skill for tests. */
export interface TestSkill extends Runtime {
  readonly sandbox: SandboxBank;
  readonly logger: CaptureLogger;
  /** Every platform response body this skill sent, for checks over a whole suite. */
  readonly responses: unknown[];
  /** Posts a body to a platform endpoint and returns the HTTP response. */
  post(path: `/${string}`, body: unknown): Promise<request.Response>;
  /** Posts exact bytes with extra headers (signatures, secrets). */
  postRaw(path: `/${string}`, body: string, headers: Record<string, string>): Promise<request.Response>;
  /** Sends an Alexa request and returns what Alexa would say (SSML stripped and unescaped). */
  alexa(what: Parameters<typeof alexaRequest>[0], options?: RequestOptions): Promise<Spoken>;
  /** Sends a Dialogflow request and returns the fulfillment text. */
  dialogflow(intent: string, parameters?: Record<string, unknown>, options?: Parameters<typeof dialogflowRequest>[2]): Promise<Spoken>;
  /** Sends a Dialogflow CX request for a fulfillment tag and returns its text messages. */
  dialogflowCx(tag: string, parameters?: Record<string, unknown>, options?: Parameters<typeof dialogflowCxRequest>[2]): Promise<Spoken>;
}

/** What a platform response said, plus the raw body for shape checks. */
export interface Spoken {
  readonly text: string;
  readonly endsSession: boolean;
  readonly body: Record<string, unknown>;
}

/** Turns SSML back into the plain text it escapes. */
export function ssmlToText(ssml: string): string {
  return ssml
    .replace(/^<speak>|<\/speak>$/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/**
 * Starts a skill on the sandbox bank at TEST_NOW (or another instant). A test that wraps the
 * sandbox in its own adapter passes both: the wrapper as overrides.bank, the sandbox behind it.
 */
export function startSkill(options: { now?: string; env?: Record<string, string>; overrides?: RuntimeOverrides; sandbox?: SandboxBank } = {}): TestSkill {
  const logger = new CaptureLogger();
  const config = loadConfig({ NODE_ENV: 'test', ...options.env });
  const runtime = createRuntime(config, logger, { clock: fixedClock(options.now ?? TEST_NOW), ...options.overrides });
  const sandbox = runtime.sandbox ?? options.sandbox;
  if (!sandbox) throw new Error('startSkill needs the sandbox bank, or the sandbox behind a wrapped bank');
  const responses: unknown[] = [];
  const post = async (path: `/${string}`, body: unknown) => {
    const res = await request(runtime.app).post(path).set('content-type', 'application/json').send(JSON.stringify(body));
    responses.push(res.body);
    return res;
  };
  return {
    ...runtime,
    sandbox,
    logger,
    responses,
    post,
    postRaw: (path, body, headers) => request(runtime.app).post(path).set({ 'content-type': 'application/json', ...headers }).send(body),
    async alexa(what, opts) {
      const res = await post('/alexa', alexaRequest(what, opts));
      if (res.status !== 200) throw new Error(`alexa answered ${res.status}: ${res.text}`);
      const response = res.body.response ?? {};
      const ssml: string = response.outputSpeech?.ssml ?? '';
      return { text: ssmlToText(ssml), endsSession: response.shouldEndSession !== false, body: res.body };
    },
    async dialogflow(intent, parameters = {}, opts = {}) {
      const res = await post('/dialogflow', dialogflowRequest(intent, parameters, opts));
      if (res.status !== 200) throw new Error(`dialogflow answered ${res.status}: ${res.text}`);
      const expects = res.body.payload?.google?.expectUserResponse;
      return { text: res.body.fulfillmentText ?? '', endsSession: expects === false, body: res.body };
    },
    async dialogflowCx(tag, parameters = {}, opts = {}) {
      const res = await post('/dialogflow-cx', dialogflowCxRequest(tag, parameters, opts));
      if (res.status !== 200) throw new Error(`dialogflow-cx answered ${res.status}: ${res.text}`);
      const messages: { text?: { text?: string[] } }[] = res.body.fulfillmentResponse?.messages ?? [];
      const text = messages.flatMap((m) => m.text?.text ?? []).join(' ');
      return { text, endsSession: typeof res.body.targetPage === 'string' && res.body.targetPage.endsWith('/pages/END_SESSION'), body: res.body };
    },
  };
}
