import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRecorder } from '../../skill/server/recorder';
import { Redactor } from '../../skill/server/redact';
import { CaptureLogger } from '../support/capture-logger';
import { alexaRequest, dialogflowRequest } from '../support/requests';
import { standaloneDigits } from '../support/standalone-digits';

describe('recording redacts what identifies a person', () => {
  it('replaces tokens and ids in the request, and the same ids in the response', () => {
    const request = dialogflowRequest('Balance', {}, { token: 'secret-oauth-token', session: 'projects/bank/agent/sessions/real-session-42' });
    const response = { outputContexts: [{ name: 'projects/bank/agent/sessions/real-session-42/contexts/awaiting-answer' }] };
    const out = JSON.stringify(new Redactor().redact(request, response));
    expect(out).not.toContain('secret-oauth-token');
    expect(out).not.toContain('real-session-42');
    expect(out).toContain('redacted-token');
    expect(out).toContain('projects/recorded/agent/sessions/session-');
  });

  it('never keeps the PIN that was said: the slot, the parameter and the words become the replay PIN', () => {
    const alexa = JSON.stringify(new Redactor().redact(alexaRequest({ intent: 'PinIntent', slots: { pin: '5678' } }, { token: 'demo' }), {}));
    const dialogflow = JSON.stringify(new Redactor().redact(dialogflowRequest('Pin', { pin: '5678' }, { token: 'demo', queryText: 'my pin is five six seven eight, 5678' }), {}));
    for (const recorded of [alexa, dialogflow]) {
      expect(recorded).not.toMatch(standaloneDigits('5678'));
      expect(recorded).not.toContain('five six');
      expect(recorded).toContain('"1234"');
    }
    // The slot keeps its name: only what was said is replaced.
    expect(alexa).toContain('"name":"pin"');
    // Dialogflow ES repeats the words in a context ("pin.original"); CX holds the PIN as an object in intentInfo.
    const es = { ...dialogflowRequest('Pin', { pin: '9876' }, { token: 'demo' }), queryResult: { queryText: 'nine eight seven six', parameters: { pin: '9876' }, intent: { displayName: 'Pin' }, outputContexts: [{ name: 'projects/p/agent/sessions/s/contexts/awaiting-answer', lifespanCount: 2, parameters: { pin: '9876', 'pin.original': 'nine eight seven six' } }] } };
    const cx = { detectIntentResponseId: 'r-1', text: 'my pin is 9876', intentInfo: { displayName: 'Pin', parameters: { pin: { originalValue: '9876', resolvedValue: 9876 } } }, sessionInfo: { session: 'projects/p/locations/l/agents/a/sessions/s', parameters: { pin: 9876 } } };
    for (const said of [es, cx]) {
      const recorded = JSON.stringify(new Redactor().redact(said, {}));
      expect(recorded).not.toMatch(standaloneDigits('9876', 'nine eight'));
    }
    // A turn without a PIN keeps its words.
    expect(JSON.stringify(new Redactor().redact(dialogflowRequest('Balance', {}, { token: 'demo', queryText: 'what is my balance' }), {}))).toContain('what is my balance');
  });

  it('records as the replay PIN a PIN heard as an amount: to the PIN question, and where the answer says it may have been one', () => {
    const askPin = { version: '1.0', response: { outputSpeech: { type: 'SSML', ssml: '<speak>Please say your four-digit voice PIN.</speak>' }, shouldEndSession: false } };
    const redactor = new Redactor();
    redactor.redact(alexaRequest({ intent: 'AMAZON.YesIntent' }, { token: 'demo' }), askPin);
    const atPin = JSON.stringify(redactor.redact(alexaRequest({ intent: 'ProvideAmountIntent', slots: { amount: '8642' } }, { token: 'demo' }), {}).request);
    expect(atPin).not.toMatch(standaloneDigits('8642'));
    expect(atPin).toContain('"name":"amount"');
    // Said early, to "how much?": the answer speaks of the PIN, and the request is redacted with it.
    const early = new Redactor().redact(dialogflowRequest('ProvideAmount', { amount: { amount: 8642, currency: 'USD' } }, { token: 'demo', queryText: 'eight six four two' }), {
      fulfillmentText: "If that was your PIN, I'll ask for it at the end, before anything is sent.",
    });
    expect(JSON.stringify(early.request)).not.toMatch(standaloneDigits('8642', 'eight six'));
    // An amount in a turn that has nothing to do with the PIN stays as said.
    const plain = new Redactor().redact(dialogflowRequest('ProvideAmount', { amount: { amount: 250, currency: 'USD' } }, { token: 'demo', queryText: 'two hundred fifty dollars' }), { fulfillmentText: 'Okay, $250.00.' });
    expect(JSON.stringify(plain.request)).toContain('two hundred fifty dollars');
    expect(JSON.stringify(plain.request)).toContain('250');
  });

  it("finds the PIN in Google Assistant's raw inputs and in a CX form's parameter, and gives Assistant's conversation id a pseudonym", () => {
    const assistant = {
      ...dialogflowRequest('Pin', { pin: '8642' }, { token: 'demo', queryText: 'my pin is 8642' }),
      originalDetectIntentRequest: { source: 'google', version: '2', payload: { conversation: { conversationId: 'ABwppHF-real-conversation' }, inputs: [{ rawInputs: [{ inputType: 'VOICE', query: 'my pin is 8642' }], arguments: [{ name: 'text', rawText: 'my pin is 8642', textValue: 'my pin is 8642' }] }] } },
    };
    const cx = { detectIntentResponseId: 'r-2', transcript: 'eight six four two', pageInfo: { formInfo: { parameterInfo: [{ displayName: 'pin', required: true, state: 'FILLED', value: '8642' }] } }, sessionInfo: { session: 'projects/p/locations/l/agents/a/sessions/s2', parameters: {} } };
    for (const said of [assistant, cx]) {
      const recorded = JSON.stringify(new Redactor().redact(said, {}).request);
      expect(recorded).not.toMatch(standaloneDigits('8642', 'eight six'));
    }
    expect(JSON.stringify(new Redactor().redact(assistant, {}).request)).not.toContain('ABwppHF-real-conversation');
  });

  it('keeps one pseudonym per id across a conversation', () => {
    const redactor = new Redactor();
    const first = redactor.redact(alexaRequest('launch', { token: 'demo', session: 'amzn1.echo-api.session.REAL' }), {}) as { request: { session: { sessionId: string; user: { userId: string } } } };
    const second = redactor.redact(alexaRequest({ intent: 'BalanceIntent' }, { token: 'demo', session: 'amzn1.echo-api.session.REAL' }), {}) as typeof first;
    expect(second.request.session.sessionId).toBe(first.request.session.sessionId);
    expect(first.request.session.sessionId).not.toContain('REAL');
    expect(first.request.session.user.userId).not.toContain('TESTUSER');
  });

  it('writes nothing for a customer who is not a demo customer, and says so', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'recorded-'));
    const logger = new CaptureLogger();
    const record = createRecorder(dir, logger);
    record({ platform: 'dialogflow', accessToken: 'a-real-customer', sessionId: 'session-1', request: dialogflowRequest('Balance', {}, { token: 'a-real-customer' }), response: { fulfillmentText: 'You have $9,999.99.' } });
    expect(readdirSync(dir)).toEqual([]);
    record({ platform: 'dialogflow', accessToken: 'demo', sessionId: 'session-1', request: dialogflowRequest('Balance', {}, { token: 'demo' }), response: { fulfillmentText: 'ok' } });
    const [file] = readdirSync(dir);
    expect(JSON.parse(readFileSync(path.join(dir, file ?? ''), 'utf8'))).toMatchObject({ platform: 'dialogflow', replayToken: 'demo', exchanges: [{ response: { fulfillmentText: 'ok' } }] });
    expect(logger.lines.join('\n')).toContain('not recorded');
  });
});
